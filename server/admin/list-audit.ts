import type { DbOrTx } from '../db/client';
import type { AuditCursor, AuditEntry, AuditPage, listAuditSchema } from './audit.schema';
import type { z } from 'zod';

type Filters = z.output<typeof listAuditSchema>;

/**
 * The audit log: admin AuditEvents and workflow ArticleEvents, merged newest first. Keyset pagination on
 * (createdAt, id), which both tables share: each source is read up to limit+1 past the cursor, the two
 * runs merged, and the page cut at limit. Ids are UUIDv7 strings; PostgreSQL orders uuid values byte by
 * byte, which is the order of their lower-case text, so the merge compares them as strings.
 */
export async function listAudit({ db, filters }: { db: DbOrTx; filters: Filters }): Promise<AuditPage> {
  const { actorId, articleId, action, from, to, cursor, limit } = filters;
  const createdAt = from || to ? { ...(from && { gte: from }), ...(to && { lt: to }) } : undefined;
  const after = cursor ? { OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }] } : {};
  const order = [{ createdAt: 'desc' as const }, { id: 'desc' as const }];
  // The filters both logs share; only how an article is named differs between them.
  const shared = { ...after, ...(actorId && { actorId }), ...(action && { action }), ...(createdAt && { createdAt }) };

  const [adminEvents, articleEvents] = await Promise.all([
    db.auditEvent.findMany({
      where: { ...shared, ...(articleId && { targetType: 'article', targetId: articleId }) },
      orderBy: order,
      take: limit + 1,
      select: {
        id: true,
        createdAt: true,
        action: true,
        targetType: true,
        targetId: true,
        before: true,
        after: true,
        actor: { select: { id: true, name: true } },
      },
    }),
    db.articleEvent.findMany({
      where: { ...shared, ...(articleId && { articleId }) },
      orderBy: order,
      take: limit + 1,
      select: {
        id: true,
        createdAt: true,
        action: true,
        articleId: true,
        fromState: true,
        toState: true,
        comment: true,
        data: true,
        actor: { select: { id: true, name: true } },
        article: { select: { headline: true } },
      },
    }),
  ]);

  const labels = await targetLabels(db, adminEvents);
  const merged: AuditEntry[] = [
    ...adminEvents.map((event) => ({
      source: 'admin' as const,
      id: event.id,
      createdAt: event.createdAt,
      actor: event.actor,
      action: event.action,
      targetType: event.targetType,
      targetId: event.targetId,
      targetLabel: (event.targetId && labels.get(`${event.targetType}:${event.targetId}`)) ?? null,
      before: event.before,
      after: event.after,
      fromState: null,
      toState: null,
      comment: null,
    })),
    ...articleEvents.map((event) => ({
      source: 'article' as const,
      id: event.id,
      createdAt: event.createdAt,
      actor: event.actor,
      action: event.action,
      targetType: 'article',
      targetId: event.articleId,
      targetLabel: event.article.headline || 'Untitled article',
      before: null,
      after: event.data,
      fromState: event.fromState,
      toState: event.toState,
      comment: event.comment,
    })),
  ].sort(newestFirst);

  const entries = merged.slice(0, limit);
  const last = entries.at(-1);
  const nextCursor: AuditCursor | null = merged.length > limit && last ? { createdAt: last.createdAt, id: last.id } : null;
  return { entries, nextCursor };
}

function newestFirst(a: { createdAt: Date; id: string }, b: { createdAt: Date; id: string }): number {
  const byTime = b.createdAt.getTime() - a.createdAt.getTime();
  if (byTime !== 0) return byTime;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

/** Current names of the users, sections, fronts, articles and images admin events point at (deleted ones have none). */
async function targetLabels(db: DbOrTx, events: { targetType: string; targetId: string | null }[]): Promise<Map<string, string>> {
  const idsOf = (type: string) => [...new Set(events.filter((e) => e.targetType === type && e.targetId).map((e) => e.targetId!))];
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
  const [users, sections, articles, images] = await Promise.all([
    db.user.findMany({ where: { id: { in: idsOf('user').filter((id) => uuid.test(id)) } }, select: { id: true, name: true } }),
    // A section's front is keyed by the section's id: one lookup names both.
    db.section.findMany({ where: { id: { in: [...idsOf('section'), ...idsOf('front')].filter((id) => uuid.test(id)) } }, select: { id: true, name: true } }),
    db.article.findMany({ where: { id: { in: idsOf('article').filter((id) => uuid.test(id)) } }, select: { id: true, headline: true } }),
    db.mediaAsset.findMany({ where: { id: { in: idsOf('media').filter((id) => uuid.test(id)) } }, select: { id: true, originalName: true, caption: true } }),
  ]);
  return new Map([
    ...users.map((user) => [`user:${user.id}`, user.name] as const),
    ...sections.map((section) => [`section:${section.id}`, section.name] as const),
    ...sections.map((section) => [`front:${section.id}`, `${section.name} front`] as const),
    ...articles.map((article) => [`article:${article.id}`, article.headline] as const),
    ...images.map((image) => [`media:${image.id}`, image.originalName || image.caption || 'Image'] as const),
    ['settings:1', 'Newsroom settings'] as const,
    ['front:home', 'Home front'] as const,
  ]);
}
