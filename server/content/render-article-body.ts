import type { Mark, Node as ProseMirrorNode } from '@tiptap/pm/model';
import { escapeHTML, renderJSONContentToString } from '@tiptap/static-renderer/json/html-string';
import { domOutputSpecToHTMLString, renderToElement, serializeChildrenToHTMLString } from '@tiptap/static-renderer/pm/html-string';
import sanitizeHtml from 'sanitize-html';
import { toProseMirrorNode } from './article-body';
import { articleExtensions } from './extensions';
import type { ResponsivePicture } from '../media/renditions';
import { responsiveBodyImages } from './responsive-body-images';

export const WORDS_PER_MINUTE = 230;

/**
 * Exactly the tags and attributes the renderer emits for the allowed nodes and marks. Sanitizing after
 * rendering is defence in depth: should validation or the renderer ever let something else through, it is
 * stripped here. A unit test checks that valid content passes through unchanged.
 */
export const ARTICLE_HTML_ALLOW_LIST: sanitizeHtml.IOptions = {
  // picture and source, and img's srcset, sizes, width and height: library images as responsive renditions
  // (responsive-body-images.ts) on the public page.
  allowedTags: ['p', 'br', 'h2', 'h3', 'strong', 'em', 's', 'a', 'ul', 'ol', 'li', 'hr', 'figure', 'figcaption', 'picture', 'source', 'img', 'blockquote', 'span'],
  allowedAttributes: {
    a: ['href', 'rel'],
    img: ['src', 'alt', 'srcset', 'sizes', 'width', 'height'],
    source: [{ name: 'type', values: ['image/avif', 'image/webp'] }, 'srcset', 'sizes'],
    ol: ['start', { name: 'type', values: ['1', 'a', 'A', 'i', 'I'] }],
    figure: ['class'],
    span: ['class'],
  },
  allowedClasses: { figure: ['attributed-quote'], span: ['credit'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  // Relative addresses (our /media/ paths) carry no scheme and stay; absolute image addresses must be https.
  allowedSchemesByTag: { img: ['https'] },
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  // <source> is a void element: written `<source … />`, never with an end tag.
  selfClosing: [...sanitizeHtml.defaults.selfClosing, 'source'],
};

export type RenderedBody = {
  html: string;
  /** One block a line, captions and quote sources included: what search indexes. */
  text: string;
  /** Words the author wrote: paragraphs, headings, list items and quotes, not captions or attributions. */
  wordCount: number;
  readingMinutes: number;
};

type HtmlRenderer = (ctx: { content: ProseMirrorNode }) => string;
let htmlRenderer: HtmlRenderer | undefined;

/**
 * Tiptap's renderToHTMLString, its node and mark mapping built once: renderToHTMLString resolves the
 * extensions and builds that mapping again on every call, a large share of an autosave's CPU. Built by
 * renderToElement (the function renderToHTMLString calls) with renderToHTMLString's own arguments, the
 * renderer it makes is kept; render-article-body.test.ts checks the output is renderToHTMLString's.
 */
function preparedHtmlRenderer(): HtmlRenderer {
  if (htmlRenderer) return htmlRenderer;
  let made: HtmlRenderer | undefined;
  renderToElement<string>({
    renderer: (options) => (made = renderJSONContentToString<Mark, ProseMirrorNode>(options)),
    domOutputSpecToElement: domOutputSpecToHTMLString,
    mapDefinedTypes: {
      doc: ({ children }) => serializeChildrenToHTMLString(children),
      text: ({ node }) => escapeHTML(node.text ?? ''),
    },
    content: toProseMirrorNode({ type: 'doc', content: [{ type: 'paragraph' }] }),
    extensions: articleExtensions,
  });
  if (!made) throw new Error('renderToElement did not build a renderer.');
  return (htmlRenderer = made);
}

/**
 * THE renderer: desk preview and public site both show this HTML. Validates the document first.
 * `pictureOf` (public pages) gives the renditions of a body image that is a library item, by its src.
 */
export function renderArticleBody(body: unknown, { pictureOf }: { pictureOf?: (src: string) => ResponsivePicture | undefined } = {}): RenderedBody {
  const doc = toProseMirrorNode(body);
  const rendered = preparedHtmlRenderer()({ content: doc });
  const html = sanitizeHtml(pictureOf ? responsiveBodyImages(rendered, pictureOf) : rendered, ARTICLE_HTML_ALLOW_LIST);
  const lines: string[] = [];
  const written: string[] = [];
  collectText(doc, lines, written);
  const wordCount = countWords(written.join(' '));
  return {
    html,
    text: lines.filter((line) => line.trim() !== '').join('\n'),
    wordCount,
    readingMinutes: wordCount === 0 ? 0 : Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)),
  };
}

/** Plain text in reading order. A line break inside a paragraph stays a line break. */
function collectText(node: ProseMirrorNode, lines: string[], written: string[]): void {
  if (node.isTextblock) {
    const line = node.textBetween(0, node.content.size, undefined, '\n');
    lines.push(line);
    written.push(line);
  } else if (node.type.name === 'figureImage') {
    const { caption, credit } = node.attrs as { caption: string; credit: string };
    lines.push([caption, credit].filter(Boolean).join(' '));
  } else {
    node.forEach((child) => collectText(child, lines, written));
    const source = node.type.name === 'attributedQuote' ? (node.attrs as { source: string }).source : '';
    if (source) lines.push(`Quote from ${source}`);
  }
}

/** A word has at least one letter or digit: a dash or bullet standing alone is not one. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}
