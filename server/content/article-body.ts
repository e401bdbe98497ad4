import type { JSONContent } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { AppError } from '../errors';
import { articleSchema, documentProblems, isRecord, jsonProblems, sizeProblems } from './body-checks';

/** A pasted mess can have thousands of problems; the author needs the first few to act on. */
const MAX_LISTED_PROBLEMS = 20;

/** What a new article starts with; valid as a draft (submitting needs a non-empty body, checked elsewhere). */
export const EMPTY_ARTICLE_BODY: JSONContent = { type: 'doc', content: [{ type: 'paragraph' }] };

/**
 * Validates a body sent by a client against the shared extension list. Refused, with every problem named:
 * unknown nodes, marks and attributes, content in the wrong place, unsafe link and image addresses, and
 * oversized documents. Returns the document as the editor itself would store it (defaults filled in).
 */
export function parseArticleBody(json: unknown): JSONContent {
  return toProseMirrorNode(json).toJSON() as JSONContent;
}

/** The same validation, returning the ProseMirror document the renderer works from. */
export function toProseMirrorNode(json: unknown): ProseMirrorNode {
  if (!isRecord(json) || json.type !== 'doc') return refuse(['The body is not an editor document']);
  refuseAny(sizeProblems(json));
  refuseAny(jsonProblems(json));

  let doc: ProseMirrorNode;
  try {
    // An empty document is a valid draft; the editor holds it as one empty paragraph.
    doc = articleSchema.nodeFromJSON(Array.isArray(json.content) && json.content.length ? json : EMPTY_ARTICLE_BODY);
    doc.check();
  } catch (error) {
    return refuse([`Something in the body is out of place (${(error as Error).message.slice(0, 200)})`]);
  }
  refuseAny(documentProblems(doc));
  return doc;
}

function refuseAny(problems: string[]): void {
  if (problems.length) refuse(problems);
}

function refuse(problems: string[]): never {
  const listed = problems.slice(0, MAX_LISTED_PROBLEMS);
  if (problems.length > listed.length) listed.push(`…and ${problems.length - listed.length} more`);
  throw new AppError('BAD_REQUEST', `The article body cannot be saved: ${listed.join('; ')}.`, { problems: listed });
}
