import type { Tx } from '../db/client';
import type { ArticleContentInput } from './article.schema';

type StoredByline = { userId: string | null; contributorName: string | null };
type Credit = { key: string; userId: string | null; name: string | null };

function creditsOf(bylines: (StoredByline | ArticleContentInput['bylines'][number])[]): Credit[] {
  return bylines.map((byline) => {
    const userId = 'userId' in byline ? byline.userId : null;
    const contributorName = 'contributorName' in byline ? byline.contributorName : null;
    return userId
      ? { key: `staff:${userId}`, userId, name: null }
      : { key: `contributor:${contributorName ?? ''}`, userId: null, name: contributorName };
  });
}

/**
 * Who a save takes off and puts on the byline, by name, or null when the same people stay credited (a new
 * order is not a change of who). A byline change is a content change the timeline names on its own:
 * "Byline: Dana Petrenko removed, Kateryna Outside added".
 */
export async function describeBylineChange(
  tx: Tx,
  { before, after }: { before: StoredByline[]; after: ArticleContentInput['bylines'] },
): Promise<{ removed: string[]; added: string[]; comment: string } | null> {
  const [was, is] = [creditsOf(before), creditsOf(after)];
  const removed = was.filter((credit) => !is.some((other) => other.key === credit.key));
  const added = is.filter((credit) => !was.some((other) => other.key === credit.key));
  if (removed.length === 0 && added.length === 0) return null;
  const staffIds = [...removed, ...added].flatMap((credit) => (credit.userId ? [credit.userId] : []));
  const users = await tx.user.findMany({ where: { id: { in: staffIds } }, select: { id: true, name: true } });
  const nameOf = (credit: Credit) => credit.name ?? users.find((user) => user.id === credit.userId)?.name ?? 'Former staff member';
  const [removedNames, addedNames] = [removed.map(nameOf), added.map(nameOf)];
  const parts = [
    ...(removedNames.length ? [`${removedNames.join(', ')} removed`] : []),
    ...(addedNames.length ? [`${addedNames.join(', ')} added`] : []),
  ];
  return { removed: removedNames, added: addedNames, comment: `Byline: ${parts.join(', ')}` };
}
