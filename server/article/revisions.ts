import { diffWords } from 'diff';
import { z } from 'zod';
import type { Actor } from '../auth/actor';
import { renderArticleBody } from '../content/render-article-body';
import type { DbOrTx } from '../db/client';
import { AppError } from '../errors';
import { articleWhereForActor } from './article-scope';
import { articleContentSchema, type ArticleContentInput } from './article.schema';

/** A revision's snapshot, read back through the same schema the save validated it with. */
export function snapshotContent(snapshot: unknown): ArticleContentInput {
  return articleContentSchema.parse(snapshot);
}

export async function assertCanSee(db: DbOrTx, actor: Actor, articleId: string) {
  const visible = await db.article.findFirst({ where: { AND: [{ id: articleId }, articleWhereForActor(actor)] }, select: { id: true } });
  if (!visible) throw new AppError('NOT_FOUND', 'This article does not exist, or you cannot see it.');
}

/** The steps that put a text before someone: the history shows which revision each acted on. */
const STEPS_SHOWN = ['submit', 'approve', 'schedule', 'reschedule', 'publish', 'republish', 'publishScheduled', 'submitUpdate', 'publishUpdate'] as const;

export const revisionRowSchema = z.object({
  id: z.string(),
  authorName: z.string(),
  reason: z.string(),
  articleVersion: z.number(),
  createdAt: z.date(),
  updatedAt: z.date(),
  /** Workflow steps taken on exactly this text ("what was approved", "what went live"), oldest first. */
  steps: z.array(z.object({ action: z.enum(STEPS_SHOWN), actorName: z.string(), at: z.date() })),
  /** Readers saw this text: a step put it live (publication, republication, a published update). */
  wentLive: z.boolean(),
  /** The live version before this one, to show what the update changed; null for the first. */
  previousLiveId: z.string().nullable(),
});

/** Steps that put a revision's text before readers. */
const GOES_LIVE: readonly string[] = ['publish', 'republish', 'publishScheduled', 'publishUpdate'];

/** The article's history, newest first, each revision with the steps that acted on it. */
export async function listRevisions(db: DbOrTx, { actor, articleId }: { actor: Actor; articleId: string }) {
  await assertCanSee(db, actor, articleId);
  const rows = await db.articleRevision.findMany({
    where: { articleId },
    orderBy: { createdAt: 'desc' },
    select: { id: true, reason: true, articleVersion: true, createdAt: true, updatedAt: true, author: { select: { name: true } } },
  });
  const events = await db.articleEvent.findMany({
    where: { articleId, action: { in: [...STEPS_SHOWN] } },
    orderBy: { createdAt: 'asc' },
    select: { action: true, actorId: true, data: true, createdAt: true, actor: { select: { name: true } } },
  });
  const steps = events.map((event) => ({
    revisionId: revisionIdOf(event.data),
    action: event.action as (typeof STEPS_SHOWN)[number],
    actorName: event.actor?.name ?? (event.actorId ? 'Former staff member' : 'the scheduler'),
    at: event.createdAt,
  }));
  const listed = rows.map(({ author, ...row }) => {
    const own = steps.flatMap(({ revisionId, ...step }) => (revisionId === row.id ? [step] : []));
    return { ...row, authorName: author?.name ?? (row.reason === 'snapshot' ? 'the desk' : 'Former staff member'), steps: own, wentLive: own.some((step) => GOES_LIVE.includes(step.action)) };
  });
  // Newest first: each live version's predecessor is the next live one down the list.
  return listed.map((row, index) => ({ ...row, previousLiveId: row.wentLive ? (listed.slice(index + 1).find((older) => older.wentLive)?.id ?? null) : null }));
}

export function revisionIdOf(data: unknown): string | null {
  const parsed = z.object({ revisionId: z.string() }).safeParse(data);
  return parsed.success ? parsed.data.revisionId : null;
}

export const revisionDiffSchema = z.array(
  z.object({
    field: z.enum(['Headline', 'Standfirst', 'Body']),
    parts: z.array(z.object({ value: z.string(), change: z.enum(['added', 'removed', 'same']) })),
  }),
);

/** A readable, word-level comparison of two revisions: headline, standfirst and body text. */
export async function diffRevisions(
  db: DbOrTx,
  { actor, articleId, fromId, toId }: { actor: Actor; articleId: string; fromId: string; toId: string },
) {
  await assertCanSee(db, actor, articleId);
  const revisions = await db.articleRevision.findMany({ where: { articleId, id: { in: [fromId, toId] } }, select: { id: true, snapshot: true } });
  const from = revisions.find((r) => r.id === fromId);
  const to = revisions.find((r) => r.id === toId);
  if (!from || !to) throw new AppError('NOT_FOUND', 'One of these revisions does not belong to this article.');
  const [a, b] = [snapshotContent(from.snapshot), snapshotContent(to.snapshot)];
  return diffTexts(textsOf(a), textsOf(b));
}

type Texts = { headline: string; standfirst: string; bodyText: string };

/** The texts a comparison reads from a revision's content (the body as the plain text stored beside it). */
export function textsOf(content: ArticleContentInput): Texts {
  return { headline: content.headline, standfirst: content.standfirst, bodyText: renderArticleBody(content.body).text };
}

/** Word by word: headline, standfirst and body text. */
export function diffTexts(a: Texts, b: Texts) {
  const fields = [
    ['Headline', a.headline, b.headline],
    ['Standfirst', a.standfirst, b.standfirst],
    ['Body', a.bodyText, b.bodyText],
  ] as const;
  return fields.map(([field, before, after]) => ({
    field,
    parts: diffWords(before, after).map((part) => ({
      value: part.value,
      change: part.added ? ('added' as const) : part.removed ? ('removed' as const) : ('same' as const),
    })),
  }));
}
