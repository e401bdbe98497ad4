'use client';

import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { describeError, type DescribedError } from '@/components/desk/error-message';
import { useTRPC } from '@/components/providers/trpc';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { instantToWallTime } from '@/server/text/newsroom-wall-time';
import { embargoHolds } from '@/server/workflow/embargo';
import { EmbargoBadge } from './embargo-badge';
import { ErrorBox } from './error-box';
import { FoldingPanel } from './folding-panel';

/**
 * The embargo: until when nobody outside the desk may see the article (no publication, no schedule before
 * it, no preview link). Setting, moving and lifting it is an editor's act, logged in the timeline; the
 * server decides (workflow/embargo.ts) and says why not.
 */
export function EmbargoPanel({
  article,
  version,
  timeZone,
  onDone,
}: {
  article: { id: string; embargoUntil: Date | null; canEmbargo: boolean };
  version: number;
  timeZone: string;
  onDone: (result: { version: number }) => void;
}) {
  const trpc = useTRPC();
  const holds = embargoHolds(article.embargoUntil, new Date());
  const [until, setUntil] = useState(holds && article.embargoUntil ? instantToWallTime(article.embargoUntil, timeZone) : '');
  const [error, setError] = useState<DescribedError | null>(null);
  const setEmbargo = useMutation(trpc.article.setEmbargo.mutationOptions({ onSuccess: (result) => { setError(null); onDone(result); }, onError: (e) => setError(describeError(e)) }));
  if (!article.canEmbargo && !holds) return null;
  return (
    <FoldingPanel id="embargo" title="Embargo" testId="embargo-panel">
      {holds ? <EmbargoBadge until={article.embargoUntil} timeZone={timeZone} /> : <p className="text-sm text-muted">No embargo.</p>}
      {article.canEmbargo && (
        <form
          className="mt-3 space-y-2"
          onSubmit={(event) => {
            event.preventDefault();
            setEmbargo.mutate({ id: article.id, expectedVersion: version, until });
          }}
        >
          <Label htmlFor="embargo-until">Embargoed until ({timeZone} time)</Label>
          <Input id="embargo-until" type="datetime-local" step={1} required value={until} onChange={(event) => setUntil(event.target.value)} />
          <div className="flex flex-wrap gap-2">
            <Button type="submit" size="sm" variant="secondary" disabled={setEmbargo.isPending}>
              {holds ? 'Move embargo' : 'Set embargo'}
            </Button>
            {holds && (
              <Button type="button" size="sm" variant="secondary" disabled={setEmbargo.isPending} onClick={() => setEmbargo.mutate({ id: article.id, expectedVersion: version, until: null })}>
                Lift embargo
              </Button>
            )}
          </div>
        </form>
      )}
      {error && <ErrorBox error={error} />}
    </FoldingPanel>
  );
}
