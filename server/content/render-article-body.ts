import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { renderToHTMLString } from '@tiptap/static-renderer/pm/html-string';
import sanitizeHtml from 'sanitize-html';
import { toProseMirrorNode } from './article-body';
import { articleExtensions } from './extensions';

export const WORDS_PER_MINUTE = 230;

/**
 * Exactly the tags and attributes the renderer emits for the allowed nodes. Sanitizing after rendering is
 * defence in depth: should a renderer bug ever let something else through, it is stripped here.
 */
const ALLOWED_HTML: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'h2', 'h3', 'strong', 'em', 's', 'a', 'ul', 'ol', 'li', 'hr', 'figure', 'figcaption', 'img', 'blockquote', 'span'],
  allowedAttributes: {
    a: ['href', 'rel'],
    img: ['src', 'alt'],
    figure: ['class', 'data-type'],
    span: ['class', 'data-caption'],
    ol: ['start'],
  },
  allowedClasses: { figure: ['attributed-quote'], span: ['credit'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['https'] },
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
};

export type RenderedBody = { html: string; text: string; wordCount: number; readingMinutes: number };

/** THE renderer: desk preview and public site both show this HTML. Validates the document first. */
export function renderArticleBody(body: unknown): RenderedBody {
  const doc = toProseMirrorNode(body);
  const html = sanitizeHtml(renderToHTMLString({ content: doc, extensions: articleExtensions }), ALLOWED_HTML);
  const blocks: string[] = [];
  collectText(doc, blocks);
  const text = blocks.filter((block) => block.trim() !== '').join('\n');
  const wordCount = text.split(/\s+/).filter(Boolean).length;
  return { html, text, wordCount, readingMinutes: wordCount === 0 ? 0 : Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)) };
}

/** Plain text in reading order, one block a line: search indexes it and word counts read it. */
function collectText(node: ProseMirrorNode, blocks: string[]): void {
  if (node.isTextblock) {
    blocks.push(node.textContent);
    return;
  }
  if (node.type.name === 'figureImage') {
    const { caption, credit } = node.attrs as { caption: string; credit: string };
    blocks.push([caption, credit].filter(Boolean).join(' '));
    return;
  }
  node.forEach((child) => collectText(child, blocks));
  const source = node.type.name === 'attributedQuote' ? (node.attrs as { source: string }).source : '';
  if (source) blocks.push(`Quote from ${source}`);
}
