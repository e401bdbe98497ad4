import { describe, expect, it } from 'vitest';
import { renderArticleBody } from '../content/render-article-body';
import { lazyBodyImages } from './lazy-body-images';

describe('lazyBodyImages', () => {
  it('makes every body image lazy and leaves text that merely mentions <img alone', () => {
    const { html } = renderArticleBody({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Write <img src=x> to embed.' }] },
        { type: 'figureImage', attrs: { src: '/media/a.jpg', alt: 'A', caption: '', credit: '' } },
      ],
    });
    const lazy = lazyBodyImages(html);
    expect(lazy).toContain('<img loading="lazy" decoding="async" src="/media/a.jpg" alt="A" />');
    expect(lazy).toContain('Write &lt;img src=x&gt; to embed.');
  });
});
