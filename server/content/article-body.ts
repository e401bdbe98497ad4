import { getSchema, type JSONContent } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { AppError } from '../errors';
import { articleExtensions } from './extensions';
import { isSafeImageSrc, isSafeLinkHref } from './safe-urls';

/** Limits on a stored body: far above any real article, low enough that no request can exhaust the server. */
export const MAX_BODY_JSON_BYTES = 500_000;
export const MAX_BODY_DEPTH = 20;

export const articleSchema = getSchema(articleExtensions);

export const EMPTY_ARTICLE_BODY: JSONContent = { type: 'doc', content: [{ type: 'paragraph' }] };

/**
 * Validates a body sent by a client against the shared extension list: unknown nodes or marks, content
 * in the wrong place, unsafe link or image URLs, and oversized documents are refused with every problem
 * named. Returns the document as ProseMirror normalised it.
 */
export function parseArticleBody(json: unknown): JSONContent {
  return toProseMirrorNode(json).toJSON() as JSONContent;
}

export function toProseMirrorNode(json: unknown): ProseMirrorNode {
  const refuse = (problems: string[]): never => {
    throw new AppError('BAD_REQUEST', `The article body cannot be saved: ${problems.join('; ')}.`, { problems });
  };
  if (typeof json !== 'object' || json === null || (json as { type?: unknown }).type !== 'doc') {
    refuse(['The body is not an editor document']);
  }
  const size = JSON.stringify(json).length;
  if (size > MAX_BODY_JSON_BYTES) refuse([`The body is too large (${Math.round(size / 1000)} KB; the limit is ${MAX_BODY_JSON_BYTES / 1000} KB)`]);
  if (depthOf(json) > MAX_BODY_DEPTH) refuse(['The body is nested too deeply']);

  let doc: ProseMirrorNode;
  try {
    doc = articleSchema.nodeFromJSON(json);
    doc.check();
  } catch (error) {
    return refuse([`It contains something the editor does not allow (${(error as Error).message})`]);
  }

  const problems: string[] = [];
  doc.descendants((node) => {
    for (const mark of node.marks) {
      const { href } = mark.attrs as { href?: unknown };
      if (mark.type.name === 'link' && !(typeof href === 'string' && isSafeLinkHref(href))) {
        problems.push(`The link “${typeof href === 'string' ? href.slice(0, 80) : ''}” is not allowed: links must start with https://, http:// or mailto:`);
      }
    }
    // The schema checks node types, not attribute values: an H1 is a heading with level 1.
    if (node.type.name === 'heading' && ![2, 3].includes(Number((node.attrs as { level?: unknown }).level))) {
      problems.push('Headings must be level 2 or 3 (the headline is the only level 1)');
    }
    const { src } = node.attrs as { src?: unknown };
    if (node.type.name === 'figureImage' && !(typeof src === 'string' && isSafeImageSrc(src))) {
      problems.push('An image in the body does not come from the media library or an https address');
    }
  });
  if (problems.length) refuse(problems);
  return doc;
}

function depthOf(value: unknown, depth = 0): number {
  if (depth > MAX_BODY_DEPTH) return depth;
  if (typeof value !== 'object' || value === null) return depth;
  const children = (value as { content?: unknown }).content;
  if (!Array.isArray(children)) return depth + 1;
  return Math.max(depth + 1, ...children.map((child) => depthOf(child, depth + 1)));
}
