import sanitizeHtml from 'sanitize-html';
import { describe, expect, it } from 'vitest';
import { parseArticleBody } from './article-body';
import { ARTICLE_HTML_ALLOW_LIST, renderArticleBody } from './render-article-body';
import { doc, expectInert, link, p, problemsOf, text } from './test-documents';

/** Every dangerous construct is either refused with a clear problem, or renders with nothing executable. */
describe('XSS corpus', () => {
  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0001javascript:alert(1)',
    '\u200bjavascript:alert(1)',
    'javascript&#58;alert(1)',
    'javascript&colon;alert(1)',
    'javascript%3Aalert(1)',
    'vbscript:msgbox(1)',
    'VBScript:msgbox(1)',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'https:\t//example.com',
    'https://exam\u0000ple.com',
    '//evil.example/x',
    '/relative/path',
    '#top',
    'ftp://example.com',
    'https://',
  ])('refuses the link %j', (href) => {
    const [problem, ...rest] = problemsOf(doc(p(link(href))));
    expect(problem).toMatch(/^Block 1: The link “.*” is not allowed: links must start with https:\/\/, http:\/\/ or mailto:$/);
    expect(rest).toEqual([]);
  });

  it('shows invisible characters in the refused link, so the author can see what is wrong', () => {
    expect(problemsOf(doc(p(link('java\tscript:x'))))[0]).toContain('“java\\tscript:x”');
  });

  it.each(['https://example.com', 'HTTP://example.com/a?b=c#d', ' https://example.com/padded ', 'mailto:desk@example.com'])(
    'accepts the link %j',
    (href) => expect(problemsOf(doc(p(link(href))))).toEqual([]),
  );

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'vbscript:msgbox(1)',
    'data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+',
    'data:image/png;base64,iVBORw0KGgo=',
    'http://insecure.example/a.jpg',
    '//evil.example/a.jpg',
    ' https://example.com/a.jpg',
    'https://example.com/a.jpg\n',
    'https://example.com/a b.jpg',
    '/media/../../etc/passwd',
    '/media/x.svg',
    '/media/A.JPG',
    '/media/a.jpg?onerror=alert(1)',
    'file:///C:/Users/me/Pictures/a.jpg',
  ])('refuses the image source %j', (src) => {
    expect(problemsOf(doc({ type: 'figureImage', attrs: { src, alt: '', caption: '', credit: '' } }))).toEqual([
      expect.stringMatching(/^Block 1: The image “.*” is not allowed: images must come from the media library or an https:\/\/ address$/),
    ]);
  });

  it.each([
    ['a script node', doc({ type: 'script', content: [text('alert(1)')] }), '“script” is not something'],
    ['an iframe node', doc({ type: 'iframe', attrs: { src: 'https://evil.example' } }), '“iframe” is not something'],
    ['an svg node', doc({ type: 'svg', attrs: { onload: 'alert(1)' } }), '“svg” is not something'],
    ['a style node', doc({ type: 'style', content: [text('body{display:none}')] }), '“style” is not something'],
    ['raw HTML', doc({ type: 'html', attrs: { html: '<script>alert(1)</script>' } }), '“html” is not something'],
    ["Tiptap's own image node", doc({ type: 'image', attrs: { src: 'javascript:alert(1)' } }), '“image” is not something'],
    ["StarterKit's blockquote (we use attributedQuote)", doc({ type: 'blockquote', content: [p(text('x'))] }), '“blockquote” is not something'],
    ['a code block', doc({ type: 'codeBlock', content: [text('x')] }), '“codeBlock” is not something'],
    ['inline code', doc(p(text('x', [{ type: 'code' }]))), 'The “code” formatting is not allowed'],
    ['a styled span', doc(p(text('x', [{ type: 'textStyle', attrs: { style: 'background:url(javascript:x)' } }]))), 'The “textStyle” formatting'],
    ['underline', doc(p(text('x', [{ type: 'underline' }]))), 'The “underline” formatting is not allowed'],
    ['an event handler on a paragraph', doc({ type: 'paragraph', attrs: { onclick: 'alert(1)' }, content: [text('x')] }), '“onclick” is not an allowed setting of a “paragraph”'],
    ['a style on a paragraph', doc({ type: 'paragraph', attrs: { style: 'color:red' }, content: [text('x')] }), '“style” is not an allowed setting'],
    ['a class on a heading', doc({ type: 'heading', attrs: { level: 2, class: 'x' }, content: [text('x')] }), '“class” is not an allowed setting'],
    ['an onerror on an image', doc({ type: 'figureImage', attrs: { src: '/media/a1.jpg', onerror: 'alert(1)' } }), '“onerror” is not an allowed setting'],
    ['target on a link', doc(p(text('x', [{ type: 'link', attrs: { href: 'https://a.example', target: '_blank' } }]))), '“target” is not an allowed setting of a “link”'],
    ['rel on a link (it is fixed on render)', doc(p(text('x', [{ type: 'link', attrs: { href: 'https://a.example', rel: 'opener' } }]))), '“rel” is not an allowed setting'],
    ['attributes on text', doc(p({ type: 'text', text: 'x', attrs: { onmouseover: 'alert(1)' } })), '“onmouseover” is not an allowed setting of a “text”'],
    ['markup as an image caption', doc({ type: 'figureImage', attrs: { src: '/media/a1.jpg', caption: ['script', {}, 'alert(1)'] } }), 'An image caption must be plain text'],
    ['an object as an image source', doc({ type: 'figureImage', attrs: { src: { toString: 'javascript:alert(1)' } } }), 'The image “{\\"toString\\":'],
    ['markup as a quote source', doc({ type: 'attributedQuote', attrs: { source: ['img', { onerror: 'alert(1)' }] }, content: [p(text('q'))] }), 'The source of a quote must be plain text'],
    ['an H1', doc({ type: 'heading', attrs: { level: 1 }, content: [text('Big')] }), 'Headings must be level 2 or 3'],
    ['a heading level given as text', doc({ type: 'heading', attrs: { level: '2' }, content: [text('x')] }), 'Headings must be level 2 or 3'],
    ['a list numbering style smuggling markup', doc({ type: 'orderedList', attrs: { type: '1" onclick="alert(1)' }, content: [{ type: 'listItem', content: [p(text('x'))] }] }), 'unknown numbering style'],
    ['an attribute named after an Object property', JSON.parse('{"type":"doc","content":[{"type":"paragraph","attrs":{"__proto__":{"x":1},"constructor":"y"}}]}') as unknown, '“__proto__” is not an allowed setting'],
  ])('refuses %s', (_name, json, expected) => {
    expect(problemsOf(json).join('\n')).toContain(expected);
  });

  it('renders markup typed as text as text', () => {
    const { html, text: plain } = renderArticleBody(
      parseArticleBody(doc(p(text('<img src=x onerror=alert(1)><script>alert(1)</script><svg onload=alert(1)>')))),
    );
    expect(html).toBe('<p>&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;svg onload=alert(1)&gt;</p>');
    expect(plain).toBe('<img src=x onerror=alert(1)><script>alert(1)</script><svg onload=alert(1)>');
  });

  it('renders markup typed into attributes as text', () => {
    const { html } = renderArticleBody(
      doc(
        { type: 'figureImage', attrs: { src: '/media/a1.jpg', alt: '" onerror="alert(1)', caption: '"><script>alert(1)</script>', credit: '<b>x</b>' } },
        { type: 'attributedQuote', attrs: { source: '<img src=x onerror=alert(1)>' }, content: [p(text('q'))] },
      ),
    );
    expectInert(html);
    expect(html).toContain('alt="&quot; onerror=&quot;alert(1)"');
    expect(html).toContain('<figcaption>"&gt;&lt;script&gt;alert(1)&lt;/script&gt; <span class="credit">&lt;b&gt;x&lt;/b&gt;</span>');
    expect(html).toContain('<figcaption>Quote from &lt;img src=x onerror=alert(1)&gt;</figcaption>');
  });

  it('keeps the sanitizer as a second line: it strips whatever a renderer bug might emit', () => {
    const emitted = [
      '<p onclick="alert(1)" style="color:red" class="x">a</p>',
      '<a href="javascript:alert(1)">b</a><a href="JaVaScRiPt:alert(1)">c</a><a href="//evil.example">d</a><a href="java&#9;script:alert(1)">e</a>',
      '<img src="data:image/svg+xml;base64,PHN2Zz4=" /><img src="http://insecure.example/a.jpg" /><img src="x" onerror="alert(1)" />',
      '<script>alert(1)</script><style>p{}</style><iframe src="https://evil.example"></iframe>',
      '<svg onload="alert(1)"><script>alert(1)</script></svg><math><mi>x</mi></math>',
      '<figure class="attributed-quote evil" onmouseover="alert(1)"><span class="credit wide" style="x">f</span></figure>',
      '<ol type="disc" start="2" reversed><li>g</li></ol><a href="https://ok.example" target="_blank" rel="opener">h</a>',
    ].join('');
    const html = sanitizeHtml(emitted, ARTICLE_HTML_ALLOW_LIST);
    expectInert(html);
    expect(html).not.toMatch(/target=|reversed|class="[^"]*(evil|wide)|type="disc"|\/\/evil/);
  });
});
