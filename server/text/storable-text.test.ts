import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findUnstorableText, unstorableTextProblem } from './storable-text';

describe('unstorableTextProblem', () => {
  it.each([
    ['plain text', 'Kyiv, 27 November'],
    ['an emoji (a surrogate pair)', 'Breaking 🚨 news'],
    ['other scripts and combining marks', 'Київ · 東京 · e\u0301'],
    ['other control characters a form can send', 'tab\tnewline\n'],
    ['the empty string', ''],
  ])('accepts %s', (_what, text) => {
    expect(unstorableTextProblem(text)).toBeNull();
  });

  it.each([
    ['a NUL byte', 'head\u0000line', 'NUL'],
    ['a lone high surrogate', 'head\uD800line', 'surrogate'],
    ['a lone low surrogate', 'head\uDC00line', 'surrogate'],
    ['a high surrogate at the end', 'headline\uD83D', 'surrogate'],
    ['two high surrogates', '\uD83D\uD83D', 'surrogate'],
    ['a pair the wrong way round', '\uDE00\uD83D', 'surrogate'],
  ])('refuses %s', (_what, text, word) => {
    expect(unstorableTextProblem(text)).toContain(word);
  });

  it('agrees with the platform: a string is storable exactly when it is well-formed and has no NUL', () => {
    fc.assert(
      fc.property(fc.string({ unit: codeUnit, maxLength: 8 }), (text) => {
        return (unstorableTextProblem(text) === null) === (encodeURIComponentSafely(text) && !text.includes('\u0000'));
      }),
      { numRuns: 2_000 },
    );
  });
});

/** Any UTF-16 code unit, weighted so NULs and surrogates come up often. */
const codeUnit = fc.oneof(
  fc.constantFrom('\u0000', '\uD83D', '\uDE00', 'a'),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((unit) => String.fromCharCode(unit)),
  fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit)),
);

/** encodeURIComponent throws URIError on a lone surrogate: an independent well-formedness check. */
function encodeURIComponentSafely(text: string): boolean {
  try {
    encodeURIComponent(text);
    return true;
  } catch {
    return false;
  }
}

describe('findUnstorableText', () => {
  it('finds bad text anywhere in an input, with its path', () => {
    const body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'ok' }, { type: 'text', text: 'bad\u0000' }] }] };
    expect(findUnstorableText({ id: 'x', content: { headline: 'Fine', body } })).toEqual({
      path: ['content', 'body', 'content', 0, 'content', 1, 'text'],
      problem: 'contains a NUL character',
    });
    expect(findUnstorableText(['a', ['b', '\uD800']])?.path).toEqual([1, 1]);
    const badKey = findUnstorableText({ ['key\u0000']: 1 });
    expect(badKey?.path).toEqual(['key\u0000']);
    expect(badKey?.problem).toContain('field name');
  });

  it('passes clean inputs and values without text', () => {
    expect(findUnstorableText({ headline: 'Fine 🚨', tags: ['a'], at: new Date(0), n: 1, none: null, flag: true })).toBeNull();
    expect(findUnstorableText(undefined)).toBeNull();
  });
});
