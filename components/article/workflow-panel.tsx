'use client';

import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { createPortal } from 'react-dom';
import { describeError, type DescribedError } from '@/components/desk/error-message';
import { useTRPC } from '@/components/providers/trpc';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Label } from '@/components/ui/label';
import { Textarea } from '@/components/ui/textarea';
import type { WorkflowAction } from '@/server/workflow/states';
import { ErrorBox } from './error-box';
import { ScheduleDialog } from './schedule-dialog';
import { TakedownDialog } from './takedown-dialog';
import { StepButton } from './step-button';

type Action = { action: WorkflowAction; label: string; needs: 'comment' | 'reason' | 'publishAt' | 'takedown' | null; blockedBecause: string | null };

/**
 * The workflow buttons: exactly the actions the server says this user may take on this article now
 * (article.get computes them with the same rules the procedures enforce).
 */
export function WorkflowPanel({
  article,
  version,
  actions,
  hasUnsavedChanges,
  unsavedHint = 'Save your changes first',
  timeZone,
  mainActionTarget,
  onDone,
}: {
  /** Its current plan pre-fills the schedule dialog. */
  article: { id: string; headline: string; publishAt: Date | null; unpublishAt: Date | null };
  version: number;
  actions: Action[];
  hasUnsavedChanges: boolean;
  /** Why the buttons wait while there are unsaved changes (co-editing stores them by itself in a moment). */
  unsavedHint?: string;
  /** The newsroom's zone: publish times are entered in it. */
  timeZone: string;
  /** Where the main action's button goes (the screen's header, top right), so it is in view from the start. */
  mainActionTarget: HTMLElement | null;
  onDone: (result: { version: number }) => void;
}) {
  const trpc = useTRPC();
  const [asking, setAsking] = useState<Action | null>(null);
  const [text, setText] = useState('');
  const [error, setError] = useState<DescribedError | null>(null);

  const options = {
    onSuccess: (result: { version: number }) => {
      setAsking(null);
      setText('');
      setError(null);
      onDone(result);
    },
    onError: (e: unknown) => setError(describeError(e)),
  };
  const mutations = {
    submit: useMutation(trpc.article.submit.mutationOptions(options)),
    approve: useMutation(trpc.article.approve.mutationOptions(options)),
    unschedule: useMutation(trpc.article.unschedule.mutationOptions(options)),
    publish: useMutation(trpc.article.publish.mutationOptions(options)),
    republish: useMutation(trpc.article.republish.mutationOptions(options)),
    archive: useMutation(trpc.article.archive.mutationOptions(options)),
    restore: useMutation(trpc.article.restore.mutationOptions(options)),
    requestChanges: useMutation(trpc.article.requestChanges.mutationOptions(options)),
    unpublish: useMutation(trpc.article.unpublish.mutationOptions(options)),
    reinstate: useMutation(trpc.article.reinstate.mutationOptions(options)),
  };
  const pending = Object.values(mutations).some((m) => m.isPending);
  const step = { id: article.id, expectedVersion: version };

  function run(action: Action) {
    setError(null);
    switch (action.action) {
      case 'requestChanges':
        return mutations.requestChanges.mutate({ ...step, comment: text });
      case 'unpublish':
      case 'reinstate':
        return mutations[action.action].mutate({ ...step, reason: text });
      case 'submit':
      case 'approve':
      case 'unschedule':
      case 'publish':
      case 'republish':
      case 'archive':
      case 'restore':
        return mutations[action.action].mutate(step);
      default:
        return undefined; // scheduling and takedowns have their own dialogs; scheduler-only actions never reach a person
    }
  }

  // Computed for this staff member by the server, so the scheduler's own steps never appear here.
  const staffActions = actions;
  const main = mainAction(staffActions);
  const choose = (action: Action) => (action.needs ? setAsking(action) : run(action));
  return (
    <section aria-labelledby="workflow-heading" className="rounded-lg border border-line bg-paper p-4">
      <h2 id="workflow-heading" className="text-sm font-semibold">Workflow</h2>
      {staffActions.length === 0 && <p className="mt-2 text-sm text-muted">Nothing for you to do on this article now.</p>}
      {main && mainActionTarget && <p className="mt-2 text-sm text-muted">Next step: {main.label}, at the top right.</p>}
      {hasUnsavedChanges && staffActions.length > 0 && <p className="mt-2 text-sm text-amber-800">{unsavedHint}.</p>}
      <div className="mt-3 flex flex-col gap-2">
        {/* The main action is at the top of the screen instead (once its slot is there): each button once. */}
        {staffActions.filter((action) => !(mainActionTarget && action === main)).map((action) => (
          <StepButton
            key={action.action}
            id={action.action}
            label={action.label}
            primary={action.action === 'publish' || action.action === 'approve'}
            disabled={pending || hasUnsavedChanges}
            blockedBecause={action.blockedBecause}
            onClick={() => choose(action)}
          />
        ))}
      </div>
      {error && !asking && <ErrorBox error={error} />}
      {main &&
        mainActionTarget &&
        createPortal(
          <Button
            data-testid="main-action"
            disabled={pending || hasUnsavedChanges}
            title={hasUnsavedChanges ? unsavedHint : undefined}
            onClick={() => choose(main)}
          >
            {main.label}
          </Button>,
          mainActionTarget,
        )}

      {(asking?.action === 'schedule' || asking?.action === 'reschedule') && (
        <ScheduleDialog
          article={{ ...article, version }}
          action={asking.action}
          timeZone={timeZone}
          onClose={() => setAsking(null)}
          onDone={options.onSuccess}
        />
      )}
      {asking?.action === 'takeDown' && (
        <TakedownDialog article={{ id: article.id, version }} onClose={() => setAsking(null)} onDone={options.onSuccess} />
      )}
      <Dialog open={asking?.needs === 'comment' || asking?.needs === 'reason'} onOpenChange={(open) => !open && setAsking(null)} title={asking?.label ?? ''}>
        <form
          className="space-y-3"
          onSubmit={(event) => {
            event.preventDefault();
            if (asking) run(asking);
          }}
        >
          <div className="space-y-1.5">
            <Label htmlFor="workflow-text">{asking?.needs === 'reason' ? 'Reason' : 'What needs to change?'}</Label>
            <Textarea id="workflow-text" required value={text} onChange={(event) => setText(event.target.value)} />
          </div>
          {error && <ErrorBox error={error} />}
          <div className="flex justify-end gap-2">
            <Button type="button" variant="secondary" onClick={() => setAsking(null)}>Cancel</Button>
            <Button type="submit" disabled={pending}>{asking?.label}</Button>
          </div>
        </form>
      </Dialog>
    </section>
  );
}

/** The step that moves the article on, in the order a desk takes them; the first this person may take now. */
const MAIN_ACTION_ORDER: WorkflowAction[] = ['approve', 'publish', 'submit', 'schedule', 'republish', 'reschedule', 'restore'];

function mainAction(actions: Action[]): Action | undefined {
  const open = actions.filter((action) => action.blockedBecause === null);
  return MAIN_ACTION_ORDER.flatMap((name) => open.filter((action) => action.action === name))[0];
}
