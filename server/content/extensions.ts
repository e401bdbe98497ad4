import { Node, type Extensions } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { isSafeImageSrc, isSafeLinkHref } from './safe-urls';

/**
 * An image inside the body, with its caption and credit ("Stock photo: Getty Images").
 * Pasted images are kept only when they come from a safe source; a pasted data: image is dropped.
 */
export const FigureImage = Node.create({
  name: 'figureImage',
  group: 'block',
  atom: true,
  draggable: true,
  addAttributes() {
    return {
      src: { default: '' },
      alt: { default: '' },
      caption: { default: '' },
      credit: { default: '' },
    };
  },
  parseHTML() {
    return [
      {
        tag: 'figure[data-type="figure-image"]',
        getAttrs: (element) => {
          const img = element.querySelector('img');
          const src = img?.getAttribute('src') ?? '';
          if (!isSafeImageSrc(src)) return false;
          return {
            src,
            alt: img?.getAttribute('alt') ?? '',
            caption: element.querySelector('[data-caption]')?.textContent ?? '',
            credit: element.querySelector('.credit')?.textContent ?? '',
          };
        },
      },
      {
        tag: 'img[src]',
        getAttrs: (element) => {
          const src = element.getAttribute('src') ?? '';
          return isSafeImageSrc(src) ? { src, alt: element.getAttribute('alt') ?? '' } : false;
        },
      },
    ];
  },
  renderHTML({ node }) {
    const { src, alt, caption, credit } = node.attrs as Record<string, string>;
    return [
      'figure',
      { 'data-type': 'figure-image' },
      ['img', { src, alt }],
      ['figcaption', {}, ['span', { 'data-caption': '' }, caption], ' ', ['span', { class: 'credit' }, credit]],
    ];
  },
});

/** A quotation with its attribution: rendered as the quote followed by "Quote from <source>". */
export const AttributedQuote = Node.create({
  name: 'attributedQuote',
  group: 'block',
  content: 'paragraph+',
  defining: true,
  addAttributes() {
    return { source: { default: '' } };
  },
  parseHTML() {
    return [
      {
        tag: 'figure.attributed-quote',
        contentElement: 'blockquote',
        getAttrs: (element) => ({
          source: (element.querySelector('figcaption')?.textContent ?? '').replace(/^Quote from\s*/i, ''),
        }),
      },
      // Pasted plain quotes become attributed quotes with the source left for the author to fill in.
      { tag: 'blockquote' },
    ];
  },
  renderHTML({ node }) {
    const source = (node.attrs as { source: string }).source;
    return [
      'figure',
      { class: 'attributed-quote' },
      ['blockquote', 0],
      ['figcaption', {}, source ? `Quote from ${source}` : 'Quote'],
    ];
  },
});

/**
 * THE extension list: the editor edits with it, the server validates stored JSON against the schema it
 * defines and renders HTML with it. Anything not listed (code, tables, iframes, styles, underline, H1, H4+)
 * cannot be pasted, stored or rendered.
 */
export const articleExtensions: Extensions = [
  StarterKit.configure({
    heading: { levels: [2, 3] },
    blockquote: false,
    code: false,
    codeBlock: false,
    underline: false,
    link: {
      openOnClick: false,
      autolink: true,
      defaultProtocol: 'https',
      isAllowedUri: (url) => isSafeLinkHref(url),
      HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: null, class: null },
    },
  }),
  FigureImage,
  AttributedQuote,
];
