import { describe, expect, it } from 'vitest';
import { addressProblem } from './address-problem';

describe('addressProblem', () => {
  it.each([
    ['/articles/%00', '', 'NUL'],
    ['/articles/%E0%A4%A', '', 'malformed'],
    ['/articles/%ED%A0%80', '', 'malformed'], // UTF-8 for a lone surrogate is not valid UTF-8
    ['/sections/%00/rss.xml', '', 'NUL'],
    ['/media/x%00.png', '', 'NUL'],
    ['/tags/%', '', 'malformed'],
    ['/desk/articles', '?q=%00', 'query'],
    ['/desk/articles', '?q%00=x', 'query'],
  ])('refuses %s%s', (pathname, search, words) => {
    expect(addressProblem(pathname, search)).toContain(words);
  });

  it.each([
    ['/', ''],
    ['/articles/russia-and-china', ''],
    ['/articles/%D0%BA%D0%B8%D1%97%D0%B2', ''], // Cyrillic, well-formed
    ['/media/2026/ab/cd.webp', ''],
    ['/desk/articles', '?q=%E0%A4%A&status=DRAFT'], // lenient query decoding: searched for as typed
    ['/articles/50%25-off', ''],
  ])('lets %s%s through', (pathname, search) => {
    expect(addressProblem(pathname, search)).toBeNull();
  });
});
