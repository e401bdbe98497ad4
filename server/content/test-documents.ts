import { expect } from 'vitest';
import { AppError } from '../errors';
import { parseArticleBody } from './article-body';

/** Builders for body JSON in tests, as loose as a client could send it. */
export const doc = (...content: unknown[]) => ({ type: 'doc', content });
export const p = (...content: unknown[]) => ({ type: 'paragraph', content });
export const text = (value: string, marks?: unknown[]) => ({ type: 'text', text: value, ...(marks && { marks }) });
export const link = (href: string, label = 'click') => text(label, [{ type: 'link', attrs: { href } }]);

/** The problems parseArticleBody lists for a body, or [] when it accepts it. */
export function problemsOf(json: unknown): string[] {
  try {
    parseArticleBody(json);
    return [];
  } catch (error) {
    if (error instanceof AppError && error.code === 'BAD_REQUEST') return error.details.problems ?? [];
    throw error;
  }
}

const INERT_TAGS = new Set(['p', 'br', 'h2', 'h3', 'strong', 'em', 's', 'a', 'ul', 'ol', 'li', 'hr', 'figure', 'figcaption', 'picture', 'source', 'img', 'blockquote', 'span']);
const INERT_ATTRIBUTES = new Set(['href', 'rel', 'src', 'srcset', 'sizes', 'width', 'height', 'alt', 'class', 'start', 'type']);

/**
 * Nothing executable or styled is left in rendered HTML: only the article tags, only plain attributes, and
 * no href or src that a browser would read as a script or inline-data URL. Markup escaped into text or into
 * a quoted attribute value is inert and passes.
 */
export function expectInert(html: string): void {
  for (const [tag, name = '', attributes = ''] of html.matchAll(/<([a-z][a-z0-9]*)([^>]*)>/gi)) {
    expect(INERT_TAGS.has(name.toLowerCase()), tag).toBe(true);
    for (const [, attribute = '', value = ''] of attributes.matchAll(/([^\s="'/>]+)(?:\s*=\s*"([^"]*)")?/g)) {
      expect(INERT_ATTRIBUTES.has(attribute.toLowerCase()), tag).toBe(true);
      expect(decodeAttribute(value), tag).not.toMatch(/^(javascript|vbscript|data):/i);
    }
  }
}

/** What the browser reads from an attribute value: entities decoded, ignorable characters dropped. */
function decodeAttribute(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(/&colon;/gi, ':')
    .replace(/&amp;/gi, '&')
    .replace(/[\u0000-\u0020]/g, '');
}
