import { describe, expect, it } from 'vitest';
import { articleListHref, articleListInputFromUrl } from './article-list-url';

const section = '0196f1c2-7b3a-7cc1-9d2e-1f2a3b4c5d6e';

describe('the article list in the URL', () => {
  it('round-trips every filter, leaving defaults and empty values out', () => {
    const input = { q: 'navy "Black Sea"', state: 'PUBLISHED', sectionId: section, dateField: 'published', from: '2026-11-01', to: '2026-11-25', sort: 'headline' } as const;
    const href = articleListHref({ ...input, tagId: undefined, cursor: '' });
    expect(href).toBe(`/desk/articles?q=navy+%22Black+Sea%22&state=PUBLISHED&section=${section}&date=published&from=2026-11-01&to=2026-11-25&sort=headline`);
    expect(articleListInputFromUrl(Object.fromEntries(new URL(href, 'http://x').searchParams))).toEqual(input);
    expect(articleListHref({ sort: 'updated', dateField: 'updated', q: '' })).toBe('/desk/articles');
  });

  it('drops a bad parameter instead of failing the page', () => {
    expect(articleListInputFromUrl({ state: 'LOST', section: 'not-a-uuid', from: '2026-13-45', sort: ['headline', 'updated'], q: 'ships' })).toEqual({
      sort: 'headline',
      q: 'ships',
    });
  });
});
