import { describe, expect, it } from 'vitest';
import { MATCH_END as E, MATCH_START as S, parseMarkedText } from './highlighted-text';

describe('parseMarkedText', () => {
  it('splits marked text into plain and matching pieces', () => {
    expect(parseMarkedText(`Navy ${S}ships${E} sail with ${S}ship${E}s`)).toEqual([
      { text: 'Navy ', match: false },
      { text: 'ships', match: true },
      { text: ' sail with ', match: false },
      { text: 'ship', match: true },
      { text: 's', match: false },
    ]);
  });

  it('keeps markup-like text as text', () => {
    expect(parseMarkedText(`<script>${S}alert${E}(1)</script>`)).toEqual([
      { text: '<script>', match: false },
      { text: 'alert', match: true },
      { text: '(1)</script>', match: false },
    ]);
  });

  it('returns no pieces for empty text, and one for unmarked text', () => {
    expect(parseMarkedText('')).toEqual([]);
    expect(parseMarkedText('plain')).toEqual([{ text: 'plain', match: false }]);
  });
});
