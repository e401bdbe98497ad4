import { prosemirrorJSONToYXmlFragment, yXmlFragmentToProsemirrorJSON } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import type { z } from 'zod';
import { articleContentSchema, bylineSchema, slugSchema, sourceSchema, type ArticleContentInput } from '../article/article.schema';
import { parseArticleBody } from '../content/article-body';
import { articleSchema } from '../content/body-checks';
import { AppError } from '../errors';

/**
 * The shared document's layout (the contract with the desk's editor, see ARCHITECTURE.md "Co-editing"):
 * `body` is the Y.XmlFragment Tiptap's Collaboration extension edits; `fields` a Y.Map holding headline
 * and standfirst as Y.Text (merged character by character) and the other fields as plain JSON values.
 */
export const BODY_FIELD = 'body';
export const FIELDS_MAP = 'fields';
const TEXT_FIELDS = ['headline', 'standfirst'] as const;
const VALUE_FIELDS = ['slug', 'sectionId', 'tagIds', 'bylines', 'sources', 'leadImage'] as const;

const DOCUMENT_PREFIX = 'article:';

export function documentNameOf(articleId: string): string {
  return `${DOCUMENT_PREFIX}${articleId}`;
}

/** The article a document name stands for, or null for a name that is not `article:<uuid>`. */
export function articleIdOfDocument(name: string): string | null {
  const id = name.startsWith(DOCUMENT_PREFIX) ? name.slice(DOCUMENT_PREFIX.length) : '';
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id) ? id : null;
}

/**
 * What the document holds, unchecked: exactly what a client put there (the body as raw Tiptap JSON, so
 * an unknown node stays visible to the validator instead of being dropped by a schema).
 */
export function readDocContent(doc: Y.Doc): Record<string, unknown> {
  const fields = doc.getMap<unknown>(FIELDS_MAP);
  const content: Record<string, unknown> = { body: yXmlFragmentToProsemirrorJSON(doc.getXmlFragment(BODY_FIELD)) };
  for (const name of TEXT_FIELDS) {
    const value = fields.get(name);
    content[name] = value instanceof Y.Text ? value.toJSON() : value;
  }
  for (const name of VALUE_FIELDS) content[name] = fields.get(name);
  return content;
}

/**
 * The document's content through THE validation of a save: the article content schema and the body
 * validator (nodes, marks, attributes, URLs, size). Throws AppError('BAD_REQUEST') naming the problems.
 */
export function validatedDocContent(doc: Y.Doc): ArticleContentInput {
  const parsed = articleContentSchema.safeParse(withoutEntriesBeingTyped(readDocContent(doc)));
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 5).map((issue) => `${issue.path.join('.') || 'content'}: ${issue.message}`);
    throw new AppError('BAD_REQUEST', `The article cannot be saved: ${problems.join('; ')}.`, { problems });
  }
  return { ...parsed.data, body: parseArticleBody(parsed.data.body) };
}

/**
 * A source, contributor byline or slug still being typed (a source with no name yet, a link half typed, a
 * slug ending in a hyphen) is shared with the others as it is, but not stored until it is complete: the
 * stored article leaves it out (the slug: derived from the headline meanwhile). Refusing it would
 * disconnect someone for typing.
 */
function withoutEntriesBeingTyped(content: Record<string, unknown>): Record<string, unknown> {
  const complete = (schema: z.ZodType, list: unknown) => (Array.isArray(list) ? list.filter((entry) => schema.safeParse(entry).success) : list);
  const slugValid = typeof content.slug === 'string' && (content.slug === '' || slugSchema.safeParse(content.slug).success);
  return { ...content, sources: complete(sourceSchema, content.sources), bylines: complete(bylineSchema, content.bylines), slug: slugValid ? content.slug : '' };
}

/** What keeps the document from being saved (see validatedDocContent), or null when it is valid. */
export function problemWithDoc(doc: Y.Doc): string | null {
  try {
    validatedDocContent(doc);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/**
 * Puts `content` into the document, changing only what differs (a field equal to the content stays
 * untouched, so carets and anchored comments in it keep their place). Used to create the document from
 * the article and to apply a change made outside co-editing (a restore, a fallback save).
 */
export function writeContentIntoDoc(doc: Y.Doc, content: ArticleContentInput): void {
  doc.transact(() => {
    const fields = doc.getMap<unknown>(FIELDS_MAP);
    for (const name of TEXT_FIELDS) {
      const current = fields.get(name);
      if (current instanceof Y.Text) replaceText(current, content[name]);
      else fields.set(name, new Y.Text(content[name]));
    }
    for (const name of VALUE_FIELDS) {
      if (!fields.has(name) || JSON.stringify(fields.get(name)) !== JSON.stringify(content[name])) fields.set(name, content[name]);
    }
    const body = doc.getXmlFragment(BODY_FIELD);
    if (JSON.stringify(normalizedBody(body)) !== JSON.stringify(content.body)) {
      body.delete(0, body.length);
      prosemirrorJSONToYXmlFragment(articleSchema, content.body, body);
    }
  });
}

/** The body as the validator would store it, or null when it is not valid (then it differs from anything valid). */
function normalizedBody(body: Y.XmlFragment): unknown {
  try {
    return parseArticleBody(yXmlFragmentToProsemirrorJSON(body));
  } catch {
    return null;
  }
}

/** Replaces the text between the common prefix and suffix only: typing elsewhere in it is kept. */
function replaceText(text: Y.Text, next: string): void {
  const current = text.toJSON();
  if (current === next) return;
  let start = 0;
  while (start < current.length && start < next.length && current[start] === next[start]) start++;
  let end = 0;
  while (end < current.length - start && end < next.length - start && current[current.length - 1 - end] === next[next.length - 1 - end]) end++;
  text.delete(start, current.length - start - end);
  text.insert(start, next.slice(start, next.length - end));
}
