import { describe, expect, it } from 'vitest';
import { safeCallbackUrl } from './safe-callback-url';

const ORIGIN = 'https://news.example';
const safe = (value: string | string[] | undefined) => safeCallbackUrl(value, { origin: ORIGIN });

describe('safeCallbackUrl', () => {
  it.each([
    ['/desk', '/desk'],
    ['/desk/articles?status=DRAFT#top', '/desk/articles?status=DRAFT#top'],
    ['/desk/articles/abc', '/desk/articles/abc'],
    // The site's own absolute address comes back as a path.
    ['https://news.example/desk/calendar', '/desk/calendar'],
    // Dot segments are resolved as the browser will, and stay on this site.
    ['/desk/../../evil.example/', '/evil.example/'],
    // Browsers read a same-scheme address without slashes as a relative path.
    ['https:evil.example', '/evil.example'],
  ])('keeps a same-site address: %j → %j', (value, expected) => {
    expect(safe(value)).toBe(expected);
  });

  it.each([
    // What browsers strip or fold before parsing turns these into another host (//evil.example/).
    ['a tab', '/\t/evil.example/'],
    ['a newline', '/\n/evil.example/'],
    ['a carriage return', '/\r/evil.example/'],
    ['a backslash', '/\\evil.example/'],
    ['two backslashes', '\\\\evil.example/'],
    ['a backslash after a tab', '/\t\\evil.example/'],
    ['protocol-relative', '//evil.example/'],
    ['protocol-relative with three slashes', '///evil.example/'],
    ['another origin', 'https://evil.example/desk'],
    ['the same host over another scheme', 'http://news.example/desk'],
    ['the same host on another port', 'https://news.example:8443/desk'],
    ['userinfo before another host', 'https://news.example@evil.example/'],
    ['userinfo, protocol-relative', '//news.example@evil.example/'],
    ['a javascript: address', 'javascript:alert(1)'],
    ['a data: address', 'data:text/html,<script>alert(1)</script>'],
    ['leading spaces', '  //evil.example/'],
    ['an unparsable address', 'http://[::1'],
    ['a path that resolves to two slashes', '/x/../\t/evil.example'],
    ['a path that resolves to a slash and a backslash', '/x/..//\\evil.example'],
  ])('refuses %s', (_what, value) => {
    expect(safe(value)).toBe('/desk');
  });

  it('refuses encoded forms once the page decodes them (the router hands us the decoded value)', () => {
    // `/signin?callbackUrl=/%09/evil.example/` reaches the page as "/\t/evil.example/".
    expect(safe(decodeURIComponent('/%09/evil.example/'))).toBe('/desk');
    expect(safe(decodeURIComponent('/%5Cevil.example/'))).toBe('/desk');
    expect(safe(decodeURIComponent('%2F%2Fevil.example/'))).toBe('/desk');
    // Still encoded (a double-encoded value), it is an odd path on this site, not another host.
    expect(safe('/%2F%2Fevil.example/')).toBe('/%2F%2Fevil.example/');
  });

  it('uses the fallback for nothing, several values are read by their first', () => {
    expect(safe(undefined)).toBe('/desk');
    expect(safe('')).toBe('/desk');
    expect(safe(['/desk/calendar', '//evil.example/'])).toBe('/desk/calendar');
    expect(safeCallbackUrl('//evil.example/', { origin: ORIGIN, fallback: '/' })).toBe('/');
  });

  it('never hands back a value that leaves this origin when a browser resolves it', () => {
    const tricky = ['/\t/evil.example/', '/\\evil.example/', '/%09/evil.example/', '/x/../\t/evil.example'];
    for (const value of tricky) expect(new URL(safe(value), ORIGIN).origin).toBe(ORIGIN);
  });
});
