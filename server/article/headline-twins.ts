import { z } from 'zod';
import type { Actor } from '../auth/actor';
import type { DbOrTx } from '../db/client';
import { toSlug } from '../text/slug';
import { ARTICLE_STATES } from '../workflow/states';
import { articleWhereForActor } from './article-scope';
import { articleIdSchema } from './article.schema';

export const headlineTwinsInputSchema = z.object({ id: articleIdSchema, headline: z.string().max(500) });

export const headlineTwinsSchema = z.object({
  /** Another article has the address this headline makes: saving would add a suffix to this one's slug. */
  slugTaken: z.boolean(),
  slug: z.string(),
  /** Articles with the same headline (or address) that this person may see, at most three. */
  matches: z.array(z.object({ id: z.string(), headline: z.string(), state: z.enum(ARTICLE_STATES) })),
});

/**
 * Whether a headline, as typed, repeats another article's: the desk warns before the slug made from it
 * gets a suffix. That the address is taken is said to anyone (it is no secret that a URL exists); which
 * articles match is listed only within the reader's scope, so a journalist learns no colleague's draft.
 */
export async function headlineTwins(db: DbOrTx, { actor, articleId, headline }: { actor: Actor; articleId: string; headline: string }) {
  const slug = toSlug(headline);
  const trimmed = headline.trim();
  if (!slug || !trimmed) return { slugTaken: false, slug, matches: [] };
  const owner = await db.article.findUnique({ where: { slug }, select: { id: true } });
  const matches = await db.article.findMany({
    where: {
      AND: [
        { id: { not: articleId } },
        { OR: [{ headline: { equals: trimmed, mode: 'insensitive' } }, { slug }] },
        articleWhereForActor(actor),
      ],
    },
    orderBy: { updatedAt: 'desc' },
    take: 3,
    select: { id: true, headline: true, state: true },
  });
  return { slugTaken: owner !== null && owner.id !== articleId, slug, matches };
}
