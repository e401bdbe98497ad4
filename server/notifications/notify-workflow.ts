import { can, ROLES } from '../auth/permissions';
import type { Tx } from '../db/client';

type WorkflowNotice = {
  action: string;
  article: { id: string; headline: string };
  /** Null for the scheduler. */
  actor: { id: string; name: string } | null;
  bylineUserIds: string[];
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
};

const reviewerRoles = ROLES.filter((role) => can(role, 'article.review'));

/** Writes the in-app notifications for a workflow step, in the step's own transaction. */
export async function notifyWorkflowStep(tx: Tx, notice: WorkflowNotice): Promise<void> {
  const rule = notices[notice.action];
  if (!rule) return;
  const recipients =
    rule.to === 'authors'
      ? notice.bylineUserIds
      : (await tx.user.findMany({ where: { active: true, role: { in: reviewerRoles } }, select: { id: true } })).map(
          (user) => user.id,
        );
  const message = rule.says(notice.actor?.name ?? 'The scheduler', notice.article.headline || 'Untitled') +
    (notice.comment ? `: ${notice.comment}` : '');
  const userIds = [...new Set(recipients)].filter((id) => id !== notice.actor?.id);
  if (userIds.length === 0) return;
  await tx.notification.createMany({
    data: userIds.map((userId) => ({ userId, articleId: notice.article.id, kind: notice.action, message })),
  });
}
