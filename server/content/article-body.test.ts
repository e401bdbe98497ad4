import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { EMPTY_ARTICLE_BODY, parseArticleBody } from './article-body';
import { MAX_BODY_DEPTH, MAX_BODY_JSON_BYTES } from './body-checks';
import { doc, link, p, problemsOf, text } from './test-documents';

describe('parseArticleBody', () => {
  it('accepts an empty body, the state of every new draft', () => {
    expect(parseArticleBody(EMPTY_ARTICLE_BODY)).toEqual(EMPTY_ARTICLE_BODY);
    expect(parseArticleBody({ type: 'doc' })).toEqual(EMPTY_ARTICLE_BODY);
    expect(parseArticleBody({ type: 'doc', content: [] })).toEqual(EMPTY_ARTICLE_BODY);
  });

  it('returns the document as the editor stores it, so parsing it again changes nothing', () => {
    const parsed = parseArticleBody(
      doc(
        p(link('https://isw.org')),
        { type: 'orderedList', content: [{ type: 'listItem', content: [p(text('one'))] }] },
        { type: 'figureImage', attrs: { src: '/media/a1.jpg' } },
      ),
    );
    expect(parsed.content?.[0]?.content?.[0]?.marks).toEqual([{ type: 'link', attrs: { href: 'https://isw.org' } }]);
    expect(parsed.content?.[1]?.attrs).toEqual({ start: 1, type: null });
    expect(parsed.content?.[2]?.attrs).toEqual({ src: '/media/a1.jpg', alt: '', caption: '', credit: '' });
    expect(parseArticleBody(parsed)).toEqual(parsed);
  });

  it('names every problem, with the block it is in', () => {
    const error = (() => {
      try {
        parseArticleBody(doc(p(text('fine')), { type: 'table' }, p(link('javascript:alert(1)'), text('x', [{ type: 'underline' }]))));
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringMatching(/^The article body cannot be saved: Block 2: /) as unknown,
      details: {
        problems: [
          'Block 2: “table” is not something an article body can contain',
          'Block 3: The link “javascript:alert(1)” is not allowed: links must start with https://, http:// or mailto:',
          'Block 3: The “underline” formatting is not allowed',
        ],
      },
    });
  });

  it('lists at most 20 problems, and says how many more there are', () => {
    const problems = problemsOf(doc(...Array.from({ length: 25 }, () => p(link('ftp://example.com')))));
    expect(problems).toHaveLength(21);
    expect(problems.at(-1)).toBe('…and 5 more');
  });

  it('refuses content in the wrong place', () => {
    const cases = [
      doc(text('loose text in the document')),
      doc({ type: 'listItem', content: [p(text('an item outside a list'))] }),
      doc({ type: 'attributedQuote', attrs: { source: 'ISW' }, content: [{ type: 'heading', attrs: { level: 2 }, content: [text('x')] }] }),
      doc({ type: 'attributedQuote', attrs: { source: 'ISW' } }),
      doc(p(p(text('a paragraph in a paragraph')))),
      doc({ type: 'paragraph', marks: [{ type: 'bold' }], content: [text('a bold block')] }),
      doc(p({ type: 'text', text: '' })),
      doc(p({ type: 'text' })),
    ];
    for (const json of cases) expect(problemsOf(json)[0], JSON.stringify(json)).toMatch(/^Something in the body is out of place \(/);
  });

  it('refuses what is wrong by omission: an H1 (the default level), a link without an address', () => {
    expect(problemsOf(doc({ type: 'heading', content: [text('x')] }))).toEqual([
      'Block 1: Headings must be level 2 or 3 (the headline is the only level 1)',
    ]);
    expect(problemsOf(doc(p(text('x', [{ type: 'link' }]))))).toEqual([
      'Block 1: The link “(none)” is not allowed: links must start with https://, http:// or mailto:',
    ]);
  });

  it('refuses things that are not a document at all', () => {
    for (const json of [null, 'doc', [], { type: 'paragraph' }, { type: 'doc', content: 'text' }, { type: 'doc', content: [null] }]) {
      expect(problemsOf(json).length, JSON.stringify(json)).toBe(1);
    }
    expect(problemsOf({ type: 'doc', marks: [{ type: 'bold' }], content: [p(text('x'))] })).toEqual([
      'The document as a whole cannot be formatted',
    ]);
  });

  it(`refuses a body over ${MAX_BODY_JSON_BYTES / 1000} KB of JSON, counting bytes rather than characters`, () => {
    const overhead = JSON.stringify(doc(p(text('')))).length;
    expect(problemsOf(doc(p(text('x'.repeat(MAX_BODY_JSON_BYTES - overhead)))))).toEqual([]);
    expect(problemsOf(doc(p(text('x'.repeat(MAX_BODY_JSON_BYTES - overhead + 1)))))).toEqual([
      'The body is too large (501 KB; the limit is 500 KB)',
    ]);
    // "ї" is two bytes in UTF-8: the same number of characters is twice the size.
    expect(problemsOf(doc(p(text('ї'.repeat(MAX_BODY_JSON_BYTES / 2 + 1)))))).toHaveLength(1);
  });

  it(`refuses a body nested more than ${MAX_BODY_DEPTH} levels deep`, () => {
    const nestedLists = (levels: number) => {
      let node: unknown = p(text('deep'));
      for (let i = 0; i < levels; i++) node = { type: 'bulletList', content: [{ type: 'listItem', content: [p(text('item')), node] }] };
      return doc(node);
    };
    // doc > (bulletList > listItem) × 9 > paragraph > text: 20 levels below the document.
    expect(problemsOf(nestedLists(9))).toEqual([]);
    expect(problemsOf(nestedLists(10))).toEqual(['The body is nested too deeply']);
    // So deep that JSON.stringify itself runs out of stack: still a clear refusal, not a crash.
    let abyss: unknown = p();
    for (let i = 0; i < 200_000; i++) abyss = { type: 'bulletList', content: [abyss] };
    expect(problemsOf(doc(abyss))).toEqual(['The body is nested too deeply']);
  });
});
