import type { DbOrTx } from '../db/client';
import { publishedScope } from '../site/published-articles';
import { listNavigationSections } from '../site/site-pages';
import { buildFrontPage, loadFrontLayout } from './read-front';
import { homeFront, sectionFront, type FrontTarget } from './front-target';

/** The front editor's data: the layout and its version, the preview, and what its pickers offer. */
export async function getFrontForEditing(db: DbOrTx, target: FrontTarget) {
  const { layout, version } = await loadFrontLayout(db, target);
  const ids = [layout.lead, ...layout.top].flatMap((slot) => (slot.articleId ? [slot.articleId] : []));
  const [preview, chosen, sections, tags] = await Promise.all([
    buildFrontPage(db, target, layout),
    ids.length === 0 ? [] : db.article.findMany({ where: { id: { in: ids } }, select: { id: true, headline: true, state: true } }),
    listNavigationSections(db),
    db.tag.findMany({ orderBy: { name: 'asc' }, select: { slug: true, name: true } }),
  ]);
  return {
    ref: target.ref,
    title: target.title,
    href: target.href,
    isHome: target.sectionId === null,
    version,
    layout,
    preview,
    chosen: chosen.map((story) => ({ id: story.id, headline: story.headline, live: story.state === publishedScope.state })),
    sections: sections.map((section) => ({ id: section.id, name: section.name })),
    tags,
  };
}

/** The fronts there are: the home page, then each section's in navigation order, with their saved versions. */
export async function listFronts(db: DbOrTx) {
  const [sections, saved] = await Promise.all([listNavigationSections(db), db.front.findMany({ select: { key: true, version: true } })]);
  const versionOf = new Map(saved.map((front) => [front.key, front.version]));
  return [homeFront(), ...sections.map(sectionFront)].map((target) => ({ ref: target.ref, title: target.title, href: target.href, version: versionOf.get(target.key) ?? 0 }));
}
