'use client';

import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { describeError, type DescribedError } from '@/components/desk/error-message';
import { useTRPC } from '@/components/providers/trpc';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { instantToWallTime } from '@/server/text/newsroom-wall-time';
import { ErrorBox } from './error-box';

/**
 * Publish time and optional take-down time, both on the newsroom's clock. Schedules an approved article
 * or moves a scheduled one (from the article screen or the calendar): the same workflow procedures, so
 * the server checks the times, the rules and the version either way.
 */
export function ScheduleDialog({
  article,
  action,
  timeZone,
  onClose,
  onDone,
}: {
  article: { id: string; version: number; headline: string; publishAt: Date | null; unpublishAt: Date | null };
  action: 'schedule' | 'reschedule';
  timeZone: string;
  onClose: () => void;
  onDone: (result: { version: number }) => void;
}) {
  const trpc = useTRPC();
  const [publishAt, setPublishAt] = useState(article.publishAt ? instantToWallTime(article.publishAt, timeZone) : '');
  const [unpublishAt, setUnpublishAt] = useState(article.unpublishAt ? instantToWallTime(article.unpublishAt, timeZone) : '');
  const [error, setError] = useState<DescribedError | null>(null);
  const options = { onSuccess: onDone, onError: (caught: unknown) => setError(describeError(caught)) };
  const schedule = useMutation(trpc.article.schedule.mutationOptions(options));
  const reschedule = useMutation(trpc.article.reschedule.mutationOptions(options));
  const mutation = action === 'schedule' ? schedule : reschedule;
  const title = action === 'schedule' ? 'Schedule' : 'Reschedule';

  return (
    <Dialog open onOpenChange={(open) => !open && onClose()} title={title} description={article.headline || 'Untitled draft'}>
      <form
        className="space-y-3"
        onSubmit={(event) => {
          event.preventDefault();
          setError(null);
          mutation.mutate({ id: article.id, expectedVersion: article.version, publishAt, unpublishAt });
        }}
      >
        <div className="space-y-1.5">
          <Label htmlFor="publish-at">Publish at ({timeZone} time)</Label>
          <Input id="publish-at" type="datetime-local" step={1} required value={publishAt} onChange={(event) => setPublishAt(event.target.value)} />
        </div>
        <div className="space-y-1.5">
          <Label htmlFor="unpublish-at">Take down at (optional)</Label>
          <Input
            id="unpublish-at"
            type="datetime-local"
            step={1}
            aria-describedby="unpublish-at-hint"
            value={unpublishAt}
            onChange={(event) => setUnpublishAt(event.target.value)}
          />
          <p id="unpublish-at-hint" className="text-xs text-muted">
            Leave empty to keep it online. Embargoed or time-limited pieces come down on their own.
          </p>
        </div>
        {error && <ErrorBox error={error} />}
        <div className="flex justify-end gap-2">
          <Button type="button" variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" disabled={mutation.isPending}>
            {title}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
