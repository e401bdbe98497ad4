'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useTRPC } from '@/components/providers/trpc';
import { Button } from '@/components/ui/button';

export function NewArticleButton() {
  const trpc = useTRPC();
  const router = useRouter();
  const create = useMutation(
    trpc.article.create.mutationOptions({ onSuccess: (article) => router.push(`/desk/articles/${article.id}`) }),
  );
  return (
    <Button onClick={() => create.mutate({ headline: '', sectionId: null })} disabled={create.isPending}>
      {create.isPending ? 'Starting…' : 'New article'}
    </Button>
  );
}
