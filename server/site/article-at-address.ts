import type { DbOrTx } from '../db/client';
import type { ArticleState } from '../workflow/states';
import { articlePageSelect, publishedScope, toArticlePage } from './published-articles';

export type AddressKind = 'live' | 'withdrawn' | 'takenDown' | 'missing';

type ArticlePage = Awaited<ReturnType<typeof toArticlePage>>;

/**
 * What an address answers, from one row: live when the article there is published now; withdrawn (410
 * Gone) when it was published once and is not now, so search engines drop it for good; otherwise missing
 * (404), which is also what a draft's address answers: nothing about an unpublished piece may leak.
 * Taken down (legal or safety): 451 or 410, with the newsroom's notice if it gave one.
 *
 * Both facts must come from the same read. Asked in two queries ("published now?", then "ever
 * published?"), an article going live between them looked withdrawn: readers got 410 for a piece that was
 * just being published, and that answer was cached.
 */
export function addressKind(row: { state: ArticleState; publishedAt: Date | null } | null): AddressKind {
  if (!row) return 'missing';
  if (row.state === publishedScope.state) return 'live';
  if (row.state === 'TAKEN_DOWN') return 'takenDown';
  return row.publishedAt ? 'withdrawn' : 'missing';
}

export type AddressAnswer =
  | { kind: 'live'; article: ArticlePage }
  | { kind: 'takenDown'; legal: boolean; notice: string | null }
  | { kind: 'moved'; slug: string }
  | { kind: 'withdrawn' | 'missing' };

/**
 * What /articles/<slug> answers (see addressKind), with the article when it is live; one query decides.
 * An address no article has now but one had before (its slug was changed) has moved: it answers 301 to
 * the article's current address, whatever that answers.
 */
export async function articleAtAddress(db: DbOrTx, slug: string): Promise<AddressAnswer> {
  const row = await db.article.findUnique({ where: { slug }, select: { ...articlePageSelect, state: true, takedownGround: true, takedownNotice: true } });
  if (!row) {
    const former = await db.articleSlugRedirect.findUnique({ where: { slug }, select: { article: { select: { slug: true } } } });
    return former ? { kind: 'moved', slug: former.article.slug } : { kind: 'missing' };
  }
  const kind = addressKind(row);
  if (kind === 'takenDown') return { kind, legal: row.takedownGround === 'LEGAL', notice: row.takedownNotice };
  if (kind !== 'live') return { kind };
  return { kind, article: await toArticlePage(db, row) };
}
