import { describe, expect, it } from 'vitest';
import { publicAnswerTags } from './public-answer-tags';

describe('publicAnswerTags', () => {
  it.each([
    ['/', ['site', 'navigation', 'home']],
    ['/articles/a-slug', ['site', 'navigation', 'article:a-slug']],
    ['/sections/world', ['site', 'navigation', 'sections', 'section:world']],
    ['/sections/world/rss.xml', ['site', 'sections', 'section:world']],
    ['/tags/cache-check', ['site', 'navigation', 'tag:cache-check']],
    ['/authors/sam', ['site', 'navigation', 'author:sam']],
    ['/rss.xml', ['site', 'feed']],
    ['/sitemap.xml', ['site', 'sitemap']],
    ['/news-sitemap.xml', ['site', 'sitemap']],
  ])('%s is tagged like its cached reads', (path, tags) => {
    expect(publicAnswerTags(path)).toEqual(tags);
  });

  it.each(['/desk', '/desk/articles', '/signin', '/preview/abc', '/api/trpc/x', '/media/a.png', '/articles/a/b', '/tags/x/rss.xml', '/articles/%C3%A9', '/articles/a%20b', '/no-such-page'])(
    '%s is not for a shared cache',
    (path) => {
      expect(publicAnswerTags(path)).toBeNull();
    },
  );
});
