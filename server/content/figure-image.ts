import { Node } from '@tiptap/core';
import type { DOMOutputSpec } from '@tiptap/pm/model';
import { isSafeImageSrc } from './safe-urls';

/**
 * An image inside the body with its caption and credit ("Stock photo: Getty Images"), rendered as
 * <figure><img src alt><figcaption>caption <span class="credit">credit</span></figcaption></figure>.
 * All four attributes are plain strings; nothing else (size, style, class) is kept.
 */
export const FigureImage = Node.create({
  name: 'figureImage',
  group: 'block',
  atom: true,
  draggable: true,

  addAttributes() {
    // Values come only from getAttrs below, never copied from same-named HTML attributes.
    return {
      src: { default: '', parseHTML: () => null },
      alt: { default: '', parseHTML: () => null },
      caption: { default: '', parseHTML: () => null },
      credit: { default: '', parseHTML: () => null },
    };
  },

  parseHTML() {
    // An unsafe src (a pasted data: image, a file:// path from Word) makes the rule fail: the image is dropped.
    return [
      {
        // Our own figures, copied within or between articles.
        tag: 'figure',
        getAttrs: (figure) => {
          const img = figure.querySelector('img');
          const src = img?.getAttribute('src') ?? '';
          if (!img || figure.classList.contains('attributed-quote') || !isSafeImageSrc(src)) return false;
          const figcaption = figure.querySelector('figcaption')?.cloneNode(true) as HTMLElement | undefined;
          const credit = figcaption?.querySelector('.credit');
          credit?.remove();
          return {
            src,
            alt: img.getAttribute('alt') ?? '',
            caption: figcaption?.textContent?.trim() ?? '',
            credit: credit?.textContent?.trim() ?? '',
          };
        },
      },
      {
        // A bare image, as Google Docs and web pages paste them.
        tag: 'img[src]',
        getAttrs: (img) => {
          const src = img.getAttribute('src') ?? '';
          return isSafeImageSrc(src) ? { src, alt: img.getAttribute('alt') ?? '' } : false;
        },
      },
    ];
  },

  renderHTML({ node }) {
    const { src, alt, caption, credit } = node.attrs as Record<'src' | 'alt' | 'caption' | 'credit', string>;
    const captionParts: Array<string | DOMOutputSpec> = [];
    if (caption) captionParts.push(caption);
    if (caption && credit) captionParts.push(' ');
    if (credit) captionParts.push(['span', { class: 'credit' }, credit]);
    const img: DOMOutputSpec = ['img', { src, alt }];
    return captionParts.length ? ['figure', {}, img, ['figcaption', {}, ...captionParts]] : ['figure', {}, img];
  },
});
