import { Node } from '@tiptap/core';

/**
 * A quotation and who said it, rendered as
 * <figure class="attributed-quote"><blockquote>…</blockquote><figcaption>Quote from {source}</figcaption></figure>.
 * It replaces StarterKit's blockquote: a quote in a news story always has a source.
 */
export const AttributedQuote = Node.create({
  name: 'attributedQuote',
  group: 'block',
  content: 'paragraph+',
  defining: true,

  addAttributes() {
    // parseHTML: the value comes only from getAttrs below (Tiptap would otherwise copy a same-named HTML
    // attribute, turning "2024" into a number).
    return { source: { default: '', parseHTML: () => null } };
  },

  parseHTML() {
    return [
      {
        tag: 'figure.attributed-quote',
        contentElement: 'blockquote',
        getAttrs: (figure) => ({
          source: (figure.querySelector('figcaption')?.textContent ?? '').replace(/^\s*Quote from\s*/i, '').trim(),
        }),
      },
      // A plain pasted quote becomes an attributed one; the author fills in the source.
      { tag: 'blockquote' },
    ];
  },

  renderHTML({ node }) {
    const { source } = node.attrs as { source: string };
    // Until the source is filled in, the quote shows without a caption rather than a dangling "Quote from".
    return source
      ? ['figure', { class: 'attributed-quote' }, ['blockquote', 0], ['figcaption', {}, `Quote from ${source}`]]
      : ['figure', { class: 'attributed-quote' }, ['blockquote', 0]];
  },
});
