import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { MAX_BODY_JSON_BYTES, parseArticleBody } from './article-body';
import { renderArticleBody } from './render-article-body';

const doc = (...content: unknown[]) => ({ type: 'doc', content });
const p = (...content: unknown[]) => ({ type: 'paragraph', content });
const text = (value: string, marks?: unknown[]) => ({ type: 'text', text: value, ...(marks && { marks }) });
const link = (href: string) => text('click', [{ type: 'link', attrs: { href } }]);

function problemsOf(json: unknown): string[] {
  try {
    parseArticleBody(json);
    return [];
  } catch (error) {
    if (error instanceof AppError && error.code === 'BAD_REQUEST') return error.details.problems ?? [];
    throw error;
  }
}

/** Every dangerous construct either is refused, or renders with nothing executable left. */
function assertInert(html: string) {
  expect(html).not.toMatch(/<script|<style|<iframe|<svg|<object|<embed|<math/i);
  expect(html).not.toMatch(/<[^>]*\son\w+\s*=/i);
  expect(html).not.toMatch(/<[^>]*(javascript:|vbscript:|data:)/i);
  expect(html).not.toMatch(/<[^>]*\sstyle\s*=/i);
}

describe('XSS corpus', () => {
  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0001javascript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    '//evil.example/x',
    '/relative/path',
    'ftp://example.com',
  ])('refuses the link %j', (href) => {
    expect(problemsOf(doc(p(link(href))))).toEqual([
      `The link “${href.slice(0, 80)}” is not allowed: links must start with https://, http:// or mailto:`,
    ]);
  });

  it.each([
    'javascript:alert(1)',
    'data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+',
    'http://insecure.example/a.jpg',
    '/media/../../etc/passwd',
    '/media/x.svg',
  ])('refuses the image source %j', (src) => {
    expect(problemsOf(doc({ type: 'figureImage', attrs: { src, alt: '', caption: '', credit: '' } }))).toEqual([
      'An image in the body does not come from the media library or an https address',
    ]);
  });

  it.each([
    ['a script node', doc({ type: 'script', content: [text('alert(1)')] })],
    ['an iframe node', doc({ type: 'iframe', attrs: { src: 'https://evil.example' } })],
    ['an svg node', doc({ type: 'svg' })],
    ['a code block (not allowed here)', doc({ type: 'codeBlock', content: [text('x')] })],
    ['an h1', doc({ type: 'heading', attrs: { level: 1 }, content: [text('Big')] })],
    ['an unknown mark', doc(p(text('x', [{ type: 'textStyle', attrs: { style: 'background:url(javascript:x)' } }])))],
    ['an underline mark (not in the list)', doc(p(text('x', [{ type: 'underline' }])))],
    ['text directly in the document', doc(text('loose'))],
    ['a document that is not one', { type: 'paragraph' }],
    ['nothing', null],
  ])('refuses %s', (_name, json) => {
    expect(problemsOf(json).length).toBeGreaterThan(0);
  });

  it('escapes markup typed as text', () => {
    const { html } = renderArticleBody(
      parseArticleBody(doc(p(text('<img src=x onerror=alert(1)><script>alert(1)</script><svg onload=alert(1)>')))),
    );
    expect(html).toBe(
      '<p>&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;svg onload=alert(1)&gt;</p>',
    );
  });

  it('drops attributes smuggled onto allowed nodes', () => {
    const json = doc(
      { type: 'paragraph', attrs: { onclick: 'alert(1)', style: 'color:red' }, content: [text('x')] },
      { type: 'figureImage', attrs: { src: '/media/a1.jpg', alt: 'a', caption: '"><script>alert(1)</script>', credit: 'c', onerror: 'alert(1)' } },
      { type: 'attributedQuote', attrs: { source: '<img src=x onerror=alert(1)>' }, content: [p(text('q'))] },
    );
    const { html } = renderArticleBody(parseArticleBody(json));
    assertInert(html);
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('Quote from &lt;img src=x onerror=alert(1)&gt;');
  });

  it('refuses oversized and deeply nested documents', () => {
    const huge = doc(p(text('x'.repeat(MAX_BODY_JSON_BYTES))));
    expect(problemsOf(huge)[0]).toMatch(/^The body is too large/);
    let nested: unknown = p(text('deep'));
    for (let i = 0; i < 30; i++) nested = { type: 'bulletList', content: [{ type: 'listItem', content: [nested] }] };
    expect(problemsOf(doc(nested))).toEqual(['The body is nested too deeply']);
  });
});

describe('rendering every allowed node and mark', () => {
  it('renders the newsroom toolkit', () => {
    const json = doc(
      { type: 'heading', attrs: { level: 2 }, content: [text('Two')] },
      { type: 'heading', attrs: { level: 3 }, content: [text('Three')] },
      p(text('b', [{ type: 'bold' }]), text('i', [{ type: 'italic' }]), text('s', [{ type: 'strike' }]), { type: 'hardBreak' }, link('https://isw.org'), text(' '), text('mail', [{ type: 'link', attrs: { href: 'mailto:desk@example.com' } }])),
      { type: 'bulletList', content: [{ type: 'listItem', content: [p(text('one'))] }] },
      { type: 'orderedList', attrs: { start: 1 }, content: [{ type: 'listItem', content: [p(text('first'))] }] },
      { type: 'horizontalRule' },
      { type: 'figureImage', attrs: { src: '/media/ship-1.jpg', alt: 'A ship', caption: 'At sea', credit: 'Stock photo: Getty Images' } },
      { type: 'attributedQuote', attrs: { source: 'ISW' }, content: [p(text('"Quoted."'))] },
    );
    const rendered = renderArticleBody(parseArticleBody(json));
    expect(rendered.html).toBe(
      '<h2>Two</h2><h3>Three</h3>' +
        '<p><strong>b</strong><em>i</em><s>s</s><br /><a rel="noopener noreferrer nofollow" href="https://isw.org">click</a> <a rel="noopener noreferrer nofollow" href="mailto:desk@example.com">mail</a></p>' +
        '<ul><li><p>one</p></li></ul><ol><li><p>first</p></li></ol><hr />' +
        '<figure data-type="figure-image"><img src="/media/ship-1.jpg" alt="A ship" /><figcaption><span data-caption>At sea</span> <span class="credit">Stock photo: Getty Images</span></figcaption></figure>' +
        '<figure class="attributed-quote"><blockquote><p>"Quoted."</p></blockquote><figcaption>Quote from ISW</figcaption></figure>',
    );
    assertInert(rendered.html);
    expect(rendered.text.split('\n')).toEqual(['Two', 'Three', 'bisclick mail', 'one', 'first', 'At sea Stock photo: Getty Images', '"Quoted."', 'Quote from ISW']);
  });

  it('counts words and reading time (230 words a minute, at least one)', () => {
    expect(renderArticleBody(parseArticleBody(doc(p())))).toMatchObject({ wordCount: 0, readingMinutes: 0 });
    expect(renderArticleBody(parseArticleBody(doc(p(text('three short words')))))).toMatchObject({ wordCount: 3, readingMinutes: 1 });
    const long = Array.from({ length: 690 }, () => 'word').join(' ');
    expect(renderArticleBody(parseArticleBody(doc(p(text(long)))))).toMatchObject({ wordCount: 690, readingMinutes: 3 });
  });
});
