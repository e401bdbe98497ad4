import { getSchema } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { attributeProblem } from './attribute-rules';
import { articleExtensions } from './extensions';

/**
 * Limits on a stored body: far above any real article (a 10,000-word piece is about 100 KB of JSON and
 * 6 levels deep), low enough that no request can make the server walk an enormous or endless tree.
 */
export const MAX_BODY_JSON_BYTES = 500_000;
export const MAX_BODY_DEPTH = 20;

export const articleSchema = getSchema(articleExtensions);

export function sizeProblems(json: object): string[] {
  let bytes: number;
  try {
    bytes = new TextEncoder().encode(JSON.stringify(json)).byteLength;
  } catch {
    // Only a pathologically nested value makes JSON.stringify overflow the stack.
    return ['The body is nested too deeply'];
  }
  return bytes > MAX_BODY_JSON_BYTES
    ? [`The body is too large (${Math.ceil(bytes / 1000)} KB; the limit is ${MAX_BODY_JSON_BYTES / 1000} KB)`]
    : [];
}

/**
 * The JSON as sent, before ProseMirror reads it: ProseMirror silently drops unknown attributes and stops at
 * the first error, where the author needs every problem. Problems are located by top-level block, the
 * unit an author can find in the editor.
 */
export function jsonProblems(doc: Record<string, unknown>): string[] {
  const problems = new Set<string>();
  // ProseMirror checks each node's marks against its parent; the document itself has no parent.
  if (doc.marks !== undefined) problems.add('The document as a whole cannot be formatted');
  checkNode(doc, '', 0, problems);
  return [...problems];
}

function checkNode(json: unknown, where: string, depth: number, problems: Set<string>): void {
  if (depth > MAX_BODY_DEPTH) return void problems.add('The body is nested too deeply');
  if (!isRecord(json) || typeof json.type !== 'string') return void problems.add(`${where}An entry is not an editor node`);
  if (!Object.hasOwn(articleSchema.nodes, json.type)) {
    return void problems.add(`${where}“${json.type}” is not something an article body can contain`);
  }
  checkAttributes(json.type, json.attrs, where, problems);
  const marks = json.marks ?? [];
  for (const mark of Array.isArray(marks) ? marks : [marks]) {
    if (isRecord(mark) && typeof mark.type === 'string' && Object.hasOwn(articleSchema.marks, mark.type)) {
      checkAttributes(mark.type, mark.attrs, where, problems);
    } else {
      problems.add(`${where}The “${isRecord(mark) ? String(mark.type) : String(mark)}” formatting is not allowed`);
    }
  }
  const content = json.content ?? [];
  if (!Array.isArray(content)) return void problems.add(`${where}An entry's content is not a list`);
  content.forEach((child, index) => checkNode(child, depth === 0 ? `Block ${index + 1}: ` : where, depth + 1, problems));
}

/**
 * Attributes again once ProseMirror has filled in defaults: catches what is wrong by omission, such as a
 * link without an href or a heading without a level (which defaults to 1).
 */
export function documentProblems(doc: ProseMirrorNode): string[] {
  const problems = new Set<string>();
  doc.forEach((block, _offset, index) => {
    const where = `Block ${index + 1}: `;
    for (const node of [block, ...descendantsOf(block)]) {
      for (const target of [node, ...node.marks]) checkAttributes(target.type.name, target.attrs, where, problems);
    }
  });
  return [...problems];
}

function checkAttributes(type: string, attrs: unknown, where: string, problems: Set<string>): void {
  if (attrs === undefined || attrs === null) return;
  if (!isRecord(attrs)) return void problems.add(`${where}The settings of a “${type}” are not a list of values`);
  for (const [name, value] of Object.entries(attrs)) {
    const problem = attributeProblem(type, name, value);
    if (problem) problems.add(`${where}${problem}`);
  }
}

function descendantsOf(node: ProseMirrorNode): ProseMirrorNode[] {
  const found: ProseMirrorNode[] = [];
  node.descendants((child) => void found.push(child));
  return found;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
