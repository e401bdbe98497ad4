import type { Db } from '../../server/db/client';
import type { Prisma } from '../../server/db/generated/client';

/**
 * An approved, complete article by a demo journalist in World, made directly in the database of a
 * running app, for the tests that watch it go live through the app's caches. `extra` may schedule it or tag it.
 */
export async function approvedArticle(
  db: Db,
  { headline, slug, authorEmail, extra = {} }: { headline: string; slug: string; authorEmail: string; extra?: Pick<Prisma.ArticleUncheckedCreateInput, 'state' | 'publishAt' | 'tags'> },
) {
  const [author, world] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { email: authorEmail } }),
    db.section.findUniqueOrThrow({ where: { name: 'World' } }),
  ]);
  return db.article.create({
    data: {
      slug,
      headline,
      body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Cached copy.' }] }] },
      bodyHtml: '<p>Cached copy.</p>',
      bodyText: 'Cached copy.',
      state: 'APPROVED',
      sectionId: world.id,
      bylines: { create: [{ position: 0, userId: author.id }] },
      ...extra,
    },
  });
}
