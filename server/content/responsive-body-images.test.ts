import { describe, expect, it } from 'vitest';
import { responsivePicture } from '../media/renditions';
import { renderArticleBody } from './render-article-body';
import { doc, expectInert } from './test-documents';

const ship = responsivePicture({ storageKey: 'ship-1.jpg', width: 1600, height: 900, focal: { x: 0.5, y: 0.5 }, overrides: {} }, 'free');
const library = new Map([['/media/ship-1.jpg', ship]]);
const pictureOf = (src: string) => library.get(src);
const figure = (src: string, alt = 'A ship') => ({ type: 'figureImage', attrs: { src, alt, caption: 'At sea', credit: 'Reuters' } });
const sizes = 'sizes="(min-width: 42rem) 42rem, 100vw"';

describe('body images on the public page', () => {
  it('serves a library image as AVIF, WebP and JPEG renditions with its box, through the sanitizer', () => {
    const { html } = renderArticleBody(doc(figure('/media/ship-1.jpg')), { pictureOf });
    const widths = (format: string) => [320, 640, 960, 1200, 1600].map((width) => `/media/r/ship-1.jpg/0-0-1600-900/${width}.${format} ${width}w`).join(', ');
    expect(html).toBe(
      '<figure><picture>' +
        `<source type="image/avif" srcset="${widths('avif')}" ${sizes} />` +
        `<source type="image/webp" srcset="${widths('webp')}" ${sizes} />` +
        `<img src="/media/r/ship-1.jpg/0-0-1600-900/1600.jpg" srcset="${widths('jpg')}" ${sizes} width="1600" height="900" alt="A ship" />` +
        '</picture><figcaption>At sea <span class="credit">Reuters</span></figcaption></figure>',
    );
    expectInert(html);
  });

  it('leaves an image that is not a library item, or one rendered for the desk, as a plain <img>', () => {
    const plain = (src: string) => `<figure><img src="${src}" alt="A ship" /><figcaption>At sea <span class="credit">Reuters</span></figcaption></figure>`;
    expect(renderArticleBody(doc(figure('https://cdn.example/a.jpg')), { pictureOf }).html).toBe(plain('https://cdn.example/a.jpg'));
    expect(renderArticleBody(doc(figure('/media/unknown.jpg')), { pictureOf }).html).toBe(plain('/media/unknown.jpg'));
    expect(renderArticleBody(doc(figure('/media/ship-1.jpg'))).html).toBe(plain('/media/ship-1.jpg'));
  });

  it('keeps the alt text escaped: markup in it stays text', () => {
    const { html } = renderArticleBody(doc(figure('/media/ship-1.jpg', '"><script>alert(1)</script>')), { pictureOf });
    expect(html).toContain('alt="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expectInert(html);
  });
});
