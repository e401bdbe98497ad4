import { can, ROLES } from '../auth/permissions';
import type { Tx } from '../db/client';

type WorkflowNotice = {
  action: string;
  article: { id: string; headline: string };
  /** Null for the scheduler. */
  actor: { id: string; name: string } | null;
  bylineUserIds: string[];
  /** Who wrote what the step is about, beside the byline: an update's writers, a live-blog entry's author. */
  writerIds?: string[];
  comment?: string | null;
};

/** Who hears about each step, and what they are told. Steps not listed notify nobody. */
const notices: Record<string, { to: 'reviewers' | 'authors'; says: (who: string, headline: string) => string }> = {
  submit: { to: 'reviewers', says: (who, h) => `${who} submitted “${h}” for review` },
  requestChanges: { to: 'authors', says: (who, h) => `${who} sent “${h}” back with changes requested` },
  approve: { to: 'authors', says: (who, h) => `${who} approved “${h}”` },
  schedule: { to: 'authors', says: (who, h) => `${who} scheduled “${h}”` },
  publish: { to: 'authors', says: (who, h) => `${who} published “${h}”` },
  republish: { to: 'authors', says: (who, h) => `${who} republished “${h}”` },
  publishScheduled: { to: 'authors', says: (_who, h) => `“${h}” went live as scheduled` },
  holdScheduled: { to: 'reviewers', says: (_who, h) => `“${h}” was NOT published at its scheduled time` },
  unpublish: { to: 'authors', says: (who, h) => `${who} unpublished “${h}”` },
  submitUpdate: { to: 'reviewers', says: (who, h) => `${who} submitted an update to “${h}” for review` },
  requestUpdateChanges: { to: 'authors', says: (who, h) => `${who} sent the update to “${h}” back with changes requested` },
  publishUpdate: { to: 'authors', says: (who, h) => `${who} published the update to “${h}”` },
  discardUpdate: { to: 'authors', says: (who, h) => `${who} discarded the update to “${h}”` },
  liveBlogEntryQueued: { to: 'reviewers', says: (who, h) => `${who} sent an entry to the live blog “${h}” for approval` },
  liveBlogEntryApproved: { to: 'authors', says: (who, h) => `${who} posted your entry to the live blog “${h}”` },
  liveBlogEntryRejected: { to: 'authors', says: (who, h) => `${who} turned down your entry to the live blog “${h}”` },
};

const reviewerRoles = ROLES.filter((role) => can(role, 'article.review'));

/** Writes the in-app notifications for a workflow step, in the step's own transaction. */
export async function notifyWorkflowStep(tx: Tx, notice: WorkflowNotice): Promise<void> {
  await notifyWorkflowSteps(tx, [notice]);
}

/** The notifications for many steps (the scheduler's batches), in one statement. */
export async function notifyWorkflowSteps(tx: Tx, steps: readonly WorkflowNotice[]): Promise<void> {
  let reviewers: string[] | null = null;
  const data: { userId: string; articleId: string; kind: string; message: string }[] = [];
  for (const notice of steps) {
    const rule = notices[notice.action];
    if (!rule) continue;
    if (rule.to === 'reviewers') {
      reviewers ??= (await tx.user.findMany({ where: { active: true, role: { in: reviewerRoles } }, select: { id: true } })).map((user) => user.id);
    }
    const recipients = rule.to === 'authors' ? [...notice.bylineUserIds, ...(notice.writerIds ?? [])] : reviewers ?? [];
    const message = rule.says(notice.actor?.name ?? 'The scheduler', notice.article.headline || 'Untitled') +
      (notice.comment ? `: ${notice.comment}` : '');
    const userIds = [...new Set(recipients)].filter((id) => id !== notice.actor?.id);
    data.push(...userIds.map((userId) => ({ userId, articleId: notice.article.id, kind: notice.action, message })));
  }
  if (data.length > 0) await tx.notification.createMany({ data });
}
