import { cacheTags } from './cache-tags';
import type { PublicArticleFacts } from './public-article-facts';

/**
 * The cache tags a change to one article touches, from what was true before and after it. Both sides
 * count: an article moved from World to Politics leaves World's page and joins Politics'; a slug change
 * frees one address and takes another. An article that was never live and still is not touches nothing:
 * readers could not see it, and its address answered 404 before and after.
 */
export function tagsTouchedByArticleChange(before: PublicArticleFacts, after: PublicArticleFacts): string[] {
  const tags = new Set<string>();
  for (const facts of [before, after]) {
    const live = facts.state === 'PUBLISHED';
    // Its page answers something other than 404: the article (live) or 410 Gone (withdrawn).
    if (live || facts.publishedAt !== null) tags.add(cacheTags.article(facts.slug));
    if (!live) continue;
    tags.add(cacheTags.home).add(cacheTags.sectionFronts).add(cacheTags.feed).add(cacheTags.sitemap).add(cacheTags.corrections);
    if (facts.sectionSlug) tags.add(cacheTags.section(facts.sectionSlug));
    for (const slug of facts.tagSlugs) tags.add(cacheTags.tag(slug));
    for (const slug of facts.authorSlugs) tags.add(cacheTags.author(slug));
  }
  return [...tags].sort();
}

export type SectionChange = 'create' | 'update' | 'reorder' | 'archive' | 'delete';

/**
 * The cache tags a change to a section touches. A rename or new description shows wherever the section's
 * name does (navigation, teasers on every listing, article pages, feeds): the whole site. The others only
 * change which sections exist or the order they are shown in.
 */
export const TAGS_TOUCHED_BY_SECTION_CHANGE = {
  create: [cacheTags.navigation, cacheTags.home, cacheTags.sitemap, cacheTags.sectionPages],
  update: [cacheTags.site],
  reorder: [cacheTags.navigation, cacheTags.home],
  // Archiving only takes it out of navigation (and so off the home page); its page and articles stay.
  archive: [cacheTags.navigation, cacheTags.home],
  // Only an empty section can be deleted, so no article page or feed showed it.
  delete: [cacheTags.navigation, cacheTags.home, cacheTags.sitemap, cacheTags.sectionPages],
} as const satisfies Record<SectionChange, readonly string[]>;

/** The newsroom's name is on every page and its time zone in every date shown. */
export const TAGS_TOUCHED_BY_SETTINGS_CHANGE = [cacheTags.site] as const;

/**
 * The cache tags a staff member's profile change touches: their author page; and, when the name changes,
 * every page that shows it in a byline (articles, listings, feeds), which is simplest said as the site.
 */
export function tagsTouchedByProfileChange(before: { name: string; slug: string }, after: { name: string; slug: string }): string[] {
  return before.name === after.name ? [cacheTags.author(after.slug)] : [cacheTags.site];
}
