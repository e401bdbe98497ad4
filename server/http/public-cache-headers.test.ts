import { describe, expect, it } from 'vitest';
import { hasSessionCookie, publicCacheHeaders } from './public-cache-headers';

describe('publicCacheHeaders', () => {
  it('a reader’s GET of a public page may be kept by a shared cache, under its tags', () => {
    expect(publicCacheHeaders({ method: 'GET', pathname: '/articles/x', signedIn: false })).toEqual({
      'Cache-Control': 'public, max-age=0, s-maxage=300, stale-while-revalidate=60, stale-if-error=86400',
      xkey: 'site navigation article:x',
    });
  });

  it('a signed-in person’s answer is private, with no tags', () => {
    expect(publicCacheHeaders({ method: 'GET', pathname: '/articles/x', signedIn: true })).toEqual({ 'Cache-Control': 'private, no-store' });
  });

  it.each([
    ['GET', '/desk'],
    ['GET', '/preview/token'],
    ['GET', '/signin'],
    ['GET', '/api/trpc/session.me'],
    ['POST', '/articles/x'],
  ])('%s %s gets nothing from here', (method, pathname) => {
    expect(publicCacheHeaders({ method, pathname, signedIn: false })).toEqual({});
  });
});

describe('hasSessionCookie', () => {
  it.each([
    [['next-auth.session-token'], true],
    [['__Secure-next-auth.session-token'], true],
    [['next-auth.session-token.0', 'next-auth.session-token.1'], true],
    [['next-auth.csrf-token', 'next-auth.callback-url'], false],
    [[], false],
  ])('%j: %s', (names, expected) => {
    expect(hasSessionCookie(names)).toBe(expected);
  });
});
