'use client';

import { useMutation } from '@tanstack/react-query';
import { useTRPC } from '@/components/providers/trpc';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';

/** Makes a 48-hour preview link for someone without an account (a source checking a quote, say). */
export function SharePreview({ articleId }: { articleId: string }) {
  const trpc = useTRPC();
  const link = useMutation(trpc.article.createPreviewLink.mutationOptions());
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <Button size="sm" variant="secondary" onClick={() => link.mutate({ id: articleId, hours: 48 })} disabled={link.isPending}>
        Create a 48-hour preview link
      </Button>
      {link.data && <Input readOnly aria-label="Preview link" value={link.data.url} className="h-8 max-w-xl font-mono text-xs" onFocus={(e) => e.target.select()} />}
    </div>
  );
}
