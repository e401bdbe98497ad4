import { renderToHTMLString } from '@tiptap/static-renderer/pm/html-string';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { toProseMirrorNode } from './article-body';
import { articleExtensions } from './extensions';
import { renderArticleBody } from './render-article-body';
import { doc, expectInert, link, p, text } from './test-documents';

const everything = doc(
  { type: 'heading', attrs: { level: 2 }, content: [text('Two')] },
  { type: 'heading', attrs: { level: 3 }, content: [text('Three')] },
  p(
    text('b', [{ type: 'bold' }]),
    text(' i', [{ type: 'italic' }]),
    text(' s', [{ type: 'strike' }]),
    { type: 'hardBreak' },
    link('https://isw.org', 'web'),
    text(' '),
    link('mailto:desk@example.com', 'mail'),
  ),
  { type: 'bulletList', content: [{ type: 'listItem', content: [p(text('one'))] }] },
  { type: 'orderedList', attrs: { start: 3, type: 'a' }, content: [{ type: 'listItem', content: [p(text('first'))] }] },
  { type: 'horizontalRule' },
  { type: 'figureImage', attrs: { src: '/media/ship-1.jpg', alt: 'A ship', caption: 'At sea', credit: 'Stock photo: Getty Images' } },
  { type: 'attributedQuote', attrs: { source: 'ISW' }, content: [p(text('"Quoted."'))] },
);

describe('renderArticleBody', () => {
  it('renders every allowed node and mark', () => {
    const { html } = renderArticleBody(everything);
    expect(html).toBe(
      '<h2>Two</h2><h3>Three</h3>' +
        '<p><strong>b</strong><em> i</em><s> s</s><br />' +
        '<a rel="noopener noreferrer nofollow" href="https://isw.org">web</a> <a rel="noopener noreferrer nofollow" href="mailto:desk@example.com">mail</a></p>' +
        '<ul><li><p>one</p></li></ul><ol start="3" type="a"><li><p>first</p></li></ol><hr />' +
        '<figure><img src="/media/ship-1.jpg" alt="A ship" /><figcaption>At sea <span class="credit">Stock photo: Getty Images</span></figcaption></figure>' +
        '<figure class="attributed-quote"><blockquote><p>"Quoted."</p></blockquote><figcaption>Quote from ISW</figcaption></figure>',
    );
    expectInert(html);
  });

  it('passes the renderer output through the sanitizer unchanged: the allow-list matches the extension list', () => {
    const raw = renderToHTMLString({ content: toProseMirrorNode(everything), extensions: articleExtensions });
    expect(renderArticleBody(everything).html).toBe(raw.replaceAll('/>', ' />'));
  });

  it('renders each document as renderToHTMLString does, with its mapping built once and kept between documents', () => {
    const documents = [everything, doc(p(text('Only this.'))), doc({ type: 'orderedList', content: [{ type: 'listItem', content: [p(text('x', [{ type: 'bold' }]))] }] }), everything];
    for (const document of documents) {
      const raw = renderToHTMLString({ content: toProseMirrorNode(document), extensions: articleExtensions });
      expect(renderArticleBody(document).html).toBe(raw.replaceAll('/>', ' />'));
    }
  });

  it('leaves out an empty caption, credit or quote source rather than printing empty markup', () => {
    const figure = (caption: string, credit: string) =>
      renderArticleBody(doc({ type: 'figureImage', attrs: { src: 'https://cdn.example/a.webp', alt: '', caption, credit } })).html;
    expect(figure('', '')).toBe('<figure><img src="https://cdn.example/a.webp" alt="" /></figure>');
    expect(figure('At sea', '')).toBe('<figure><img src="https://cdn.example/a.webp" alt="" /><figcaption>At sea</figcaption></figure>');
    expect(figure('', 'AP')).toBe('<figure><img src="https://cdn.example/a.webp" alt="" /><figcaption><span class="credit">AP</span></figcaption></figure>');
    expect(renderArticleBody(doc({ type: 'attributedQuote', content: [p(text('q'))] })).html).toBe(
      '<figure class="attributed-quote"><blockquote><p>q</p></blockquote></figure>',
    );
  });

  it('gives plain text for search: one block a line, line breaks kept, captions and quote sources included', () => {
    expect(renderArticleBody(everything).text.split('\n')).toEqual([
      'Two',
      'Three',
      'b i s',
      'web mail',
      'one',
      'first',
      'At sea Stock photo: Getty Images',
      '"Quoted."',
      'Quote from ISW',
    ]);
  });

  it('counts the words the author wrote, not captions, credits or attributions', () => {
    // Two, Three, b, i, s, web, mail, one, first, "Quoted."
    expect(renderArticleBody(everything).wordCount).toBe(10);
    expect(renderArticleBody(doc(p(text('Russia – and China — 2024 … “agreed”')))).wordCount).toBe(5);
  });

  it('gives reading time at 230 words a minute, at least one minute for any text', () => {
    const words = (count: number) => doc(p(text(Array.from({ length: count }, () => 'word').join(' '))));
    expect(renderArticleBody(doc(p()))).toEqual({ html: '<p></p>', text: '', wordCount: 0, readingMinutes: 0 });
    expect(renderArticleBody(words(3))).toMatchObject({ wordCount: 3, readingMinutes: 1 });
    expect(renderArticleBody(words(690))).toMatchObject({ wordCount: 690, readingMinutes: 3 });
    expect(renderArticleBody(words(1000))).toMatchObject({ wordCount: 1000, readingMinutes: 4 });
  });

  it('validates what it renders: a stored body that fails the rules is never shown', () => {
    expect(() => renderArticleBody(doc(p(link('javascript:alert(1)'))))).toThrow(AppError);
  });
});
