import { describe, expect, it } from 'vitest';
import { cacheTags } from '../site/cache-tags';
import { PRIVATE_PATHS, surrogateKeyHeaderValue, surrogateKeysForPath } from './surrogate-keys';

describe('the surrogate keys of public answers', () => {
  it('are the cache tags of the reads behind each public page and feed', () => {
    expect(surrogateKeysForPath('/')).toEqual(['site', 'navigation', 'home']);
    expect(surrogateKeysForPath('/articles/a-slug')).toEqual(['site', 'navigation', cacheTags.article('a-slug')]);
    expect(surrogateKeysForPath('/sections/world')).toEqual(['site', 'navigation', 'sections', 'section-fronts', cacheTags.section('world')]);
    expect(surrogateKeysForPath('/sections/world/rss.xml')).toEqual(['site', 'sections', cacheTags.section('world')]);
    expect(surrogateKeysForPath('/tags/kyiv')).toEqual(['site', 'navigation', cacheTags.tag('kyiv')]);
    expect(surrogateKeysForPath('/authors/sam')).toEqual(['site', 'navigation', cacheTags.author('sam')]);
    expect(surrogateKeysForPath('/rss.xml')).toEqual(['site', 'feed']);
    expect(surrogateKeysForPath('/sitemap.xml')).toEqual(['site', 'sitemap']);
    expect(surrogateKeysForPath('/news-sitemap.xml')).toEqual(['site', 'sitemap']);
  });

  it('are none for what is not a public page', () => {
    for (const path of ['/desk', '/desk/articles/x', '/api/trpc/x', '/preview/token', '/signin', '/media/a.png', '/articles/a/b', '/articles/', '/rss.xmlx', '/tags/x/rss.xml', '/articles/%C3%A9', '/articles/a%20b', '/no-such-page']) {
      expect(surrogateKeysForPath(path), path).toBeNull();
    }
  });

  it('never overlap the private paths', () => {
    const privatePath = new RegExp(PRIVATE_PATHS);
    for (const path of ['/desk', '/desk/x', '/api/auth/csrf', '/signin', '/preview/x', '/reset-password/x', '/two-factor/setup']) expect(privatePath.test(path), path).toBe(true);
    for (const path of ['/', '/articles/desk', '/sections/api', '/designs']) expect(privatePath.test(path), path).toBe(false);
  });

  it('are written as one space-separated header value, each once', () => {
    expect(surrogateKeyHeaderValue(['site', 'home', 'site'])).toBe('site home');
  });
});
