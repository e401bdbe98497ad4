import { describe, expect, it } from 'vitest';
import { ARTICLE_STATES } from '../workflow/states';
import { addressKind } from './article-at-address';

describe('what an address answers, decided from one row', () => {
  it('live when published now, whether or not it ever was before', () => {
    expect(addressKind({ state: 'PUBLISHED', publishedAt: new Date() })).toBe('live');
  });

  it('withdrawn (410) only when published once and not now; missing (404) when never published or nothing there', () => {
    for (const state of ARTICLE_STATES.filter((s) => s !== 'PUBLISHED' && s !== 'TAKEN_DOWN')) {
      expect(addressKind({ state, publishedAt: new Date('2026-11-01T08:00:00Z') })).toBe('withdrawn');
      expect(addressKind({ state, publishedAt: null })).toBe('missing');
    }
    expect(addressKind(null)).toBe('missing');
  });

  it('taken down (451 or 410 with its notice) whenever the article is taken down', () => {
    expect(addressKind({ state: 'TAKEN_DOWN', publishedAt: new Date('2026-11-01T08:00:00Z') })).toBe('takenDown');
  });
});
