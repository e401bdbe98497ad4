'use client';

import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { describeError, type DescribedError } from '@/components/desk/error-message';
import { useTRPC } from '@/components/providers/trpc';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Label } from '@/components/ui/label';
import { selectClassName } from '@/components/ui/select-class-name';
import { Textarea } from '@/components/ui/textarea';
import type { TakedownGround } from '@/server/workflow/workflow-types';
import { ErrorBox } from './error-box';

/**
 * A takedown: the reason (kept in the desk's history), the ground (a legal order answers 451, safety 410)
 * and, optionally, the notice readers see at the address instead of the article.
 */
export function TakedownDialog({
  article,
  onClose,
  onDone,
}: {
  article: { id: string; version: number };
  onClose: () => void;
  onDone: (result: { version: number }) => void;
}) {
  const trpc = useTRPC();
  const [reason, setReason] = useState('');
  const [ground, setGround] = useState<TakedownGround>('LEGAL');
  const [notice, setNotice] = useState('');
  const [error, setError] = useState<DescribedError | null>(null);
  const takeDown = useMutation(trpc.article.takeDown.mutationOptions({ onSuccess: onDone, onError: (caught) => setError(describeError(caught)) }));

  return (
    <Dialog open onOpenChange={(open) => !open && onClose()} title="Take down" description="Only an admin can undo a takedown.">
      <form
        className="space-y-3"
        onSubmit={(event) => {
          event.preventDefault();
          setError(null);
          takeDown.mutate({ id: article.id, expectedVersion: article.version, reason, ground, notice });
        }}
      >
        <div className="space-y-1.5">
          <Label htmlFor="takedown-ground">Ground</Label>
          <select id="takedown-ground" className={selectClassName} value={ground} onChange={(event) => setGround(event.target.value as TakedownGround)}>
            <option value="LEGAL">Legal order (answers 451)</option>
            <option value="SAFETY">Safety (answers 410)</option>
          </select>
        </div>
        <div className="space-y-1.5">
          <Label htmlFor="takedown-reason">Reason (for the desk)</Label>
          <Textarea id="takedown-reason" required value={reason} onChange={(event) => setReason(event.target.value)} />
        </div>
        <div className="space-y-1.5">
          <Label htmlFor="takedown-notice">Public notice (optional)</Label>
          <Textarea id="takedown-notice" value={notice} onChange={(event) => setNotice(event.target.value)} />
        </div>
        {error && <ErrorBox error={error} />}
        <div className="flex justify-end gap-2">
          <Button type="button" variant="secondary" onClick={onClose}>Cancel</Button>
          <Button type="submit" disabled={takeDown.isPending}>Take down</Button>
        </div>
      </form>
    </Dialog>
  );
}
