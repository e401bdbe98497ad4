import { describe, expect, it } from 'vitest';
import type { PublicArticleFacts } from './public-article-facts';
import { tagsTouchedByArticleChange, tagsTouchedByProfileChange } from './tags-touched';

const live: PublicArticleFacts = {
  slug: 'ceasefire-talks',
  state: 'PUBLISHED',
  publishedAt: new Date('2026-11-01T08:00:00Z'),
  sectionSlug: 'world',
  tagSlugs: ['ukraine', 'diplomacy'],
  authorSlugs: ['olha-hlushchenko'],
};
const draft: PublicArticleFacts = { ...live, state: 'DRAFT', publishedAt: null };
const withdrawn: PublicArticleFacts = { ...live, state: 'UNPUBLISHED' };

const everyListingOf = (facts: PublicArticleFacts) => [
  `article:${facts.slug}`,
  ...facts.authorSlugs.map((slug) => `author:${slug}`),
  // The corrections page names live articles (headline, address) beside their notes.
  'corrections',
  'feed',
  'home',
  ...(facts.sectionSlug ? [`section:${facts.sectionSlug}`] : []),
  // Any section's front may show it (an editor chose it there).
  'section-fronts',
  'sitemap',
  ...facts.tagSlugs.map((slug) => `tag:${slug}`),
];

describe('the cache tags an article change touches', () => {
  it('publishing: its page and every listing it joins', () => {
    expect(tagsTouchedByArticleChange({ ...live, state: 'APPROVED', publishedAt: null }, live)).toEqual(everyListingOf(live).sort());
  });

  it('unpublishing: every listing it leaves, and its page (now 410)', () => {
    expect(tagsTouchedByArticleChange(live, withdrawn)).toEqual(everyListingOf(live).sort());
  });

  it('a correction to a live article: the same pages', () => {
    expect(tagsTouchedByArticleChange(live, live)).toEqual(everyListingOf(live).sort());
  });

  it('moving a live article between sections touches both sections', () => {
    const tags = tagsTouchedByArticleChange(live, { ...live, sectionSlug: 'politics' });
    expect(tags).toContain('section:world');
    expect(tags).toContain('section:politics');
  });

  it('a new slug frees the old address and takes the new one', () => {
    const tags = tagsTouchedByArticleChange(live, { ...live, slug: 'ceasefire-talks-collapse' });
    expect(tags).toContain('article:ceasefire-talks');
    expect(tags).toContain('article:ceasefire-talks-collapse');
  });

  it('tags and authors removed or added are both touched', () => {
    const tags = tagsTouchedByArticleChange(live, { ...live, tagSlugs: ['ukraine', 'energy'], authorSlugs: ['sam-rivera'] });
    expect(tags).toEqual(expect.arrayContaining(['tag:ukraine', 'tag:diplomacy', 'tag:energy', 'author:olha-hlushchenko', 'author:sam-rivera']));
  });

  it('an article without a section lists no section', () => {
    expect(tagsTouchedByArticleChange(draft, { ...live, sectionSlug: null }).filter((tag) => tag.startsWith('section:'))).toEqual([]);
  });

  it('a draft that was never live touches nothing, whatever changes in it', () => {
    expect(tagsTouchedByArticleChange(draft, { ...draft, slug: 'other', sectionSlug: 'politics', state: 'IN_REVIEW' })).toEqual([]);
  });

  it('a withdrawn article changing its slug moves its 410 page and lists nothing', () => {
    expect(tagsTouchedByArticleChange(withdrawn, { ...withdrawn, slug: 'renamed' })).toEqual(['article:ceasefire-talks', 'article:renamed']);
  });

  it('republishing a withdrawn article: back in every listing', () => {
    expect(tagsTouchedByArticleChange(withdrawn, live)).toEqual(everyListingOf(live).sort());
  });
});

describe('the cache tags a profile change touches', () => {
  const olha = { name: 'Olha Hlushchenko', slug: 'olha-hlushchenko' };
  it('a new bio, title or photo: the author page only', () => {
    expect(tagsTouchedByProfileChange(olha, olha)).toEqual(['author:olha-hlushchenko']);
  });
  it('a new name: every byline, so the whole site', () => {
    expect(tagsTouchedByProfileChange(olha, { ...olha, name: 'Olha H.' })).toEqual(['site']);
  });
});
