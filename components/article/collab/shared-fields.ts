import * as Y from 'yjs';
import type { ArticleContentInput } from '@/server/article/article.schema';

/** Everything of the article but its body, as the `fields` Y.Map holds it (COLLAB-CONTRACT). */
export type SharedFields = Omit<ArticleContentInput, 'body'>;

/** Merged character by character, so two people typing in the headline keep both their words. */
const TEXT_FIELDS = ['headline', 'standfirst'] as const;
type TextField = (typeof TEXT_FIELDS)[number];
const isTextField = (key: string): key is TextField => (TEXT_FIELDS as readonly string[]).includes(key);

export const fieldsMap = (doc: Y.Doc) => doc.getMap<unknown>('fields');

/** The fields as the shared document has them; a key it does not hold yet reads as the article's. */
export function readSharedFields(doc: Y.Doc, article: SharedFields): SharedFields {
  const map = fieldsMap(doc);
  const read = <K extends keyof SharedFields>(key: K): SharedFields[K] => {
    const value = map.get(key);
    if (value === undefined) return article[key];
    return (value instanceof Y.Text ? value.toJSON() : value) as SharedFields[K];
  };
  return {
    headline: read('headline'),
    standfirst: read('standfirst'),
    slug: read('slug'),
    sectionId: read('sectionId'),
    tagIds: read('tagIds'),
    bylines: read('bylines'),
    sources: read('sources'),
    leadImage: read('leadImage'),
  };
}

/**
 * Writes what differs between `seen` (the fields as the person saw them when they typed) and `after`, in
 * one transaction. A text edit is placed through whatever arrived from others since (`current`), so a
 * keystroke racing a remote change never undoes it.
 */
export function writeSharedFields(doc: Y.Doc, seen: SharedFields, after: SharedFields, current: SharedFields = seen): void {
  const map = fieldsMap(doc);
  doc.transact(() => {
    for (const key of Object.keys(after) as (keyof SharedFields)[]) {
      if (JSON.stringify(seen[key]) === JSON.stringify(after[key])) continue;
      if (isTextField(key)) {
        const existing = map.get(key);
        const text = existing instanceof Y.Text ? existing : new Y.Text(current[key]);
        if (!(existing instanceof Y.Text)) map.set(key, text);
        applyTextChange(text, seen[key], after[key], current[key]);
      } else map.set(key, after[key]);
    }
  });
}

/** The one edit that turns `before` into `after`: what lies between their common start and common end. */
export function textChange(before: string, after: string): { at: number; removed: number; inserted: string } {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  return { at: start, removed: before.length - start - end, inserted: after.slice(start, after.length - end) };
}

/**
 * Applies an input's edit (from `seen` to `after`) to its Y.Text as that edit alone, never "replace
 * everything", moved through what others changed since (`seen` to `current`).
 */
function applyTextChange(text: Y.Text, seen: string, after: string, current: string): void {
  const change = textChange(seen, after);
  const from = mapCaret(change.at, seen, current);
  const to = mapCaret(change.at + change.removed, seen, current);
  if (to > from) text.delete(from, to - from);
  if (change.inserted) text.insert(from, change.inserted);
}

/** Where a caret at `position` ends up after the text changed from `before` to `after` (someone else typed). */
export function mapCaret(position: number, before: string, after: string): number {
  const change = textChange(before, after);
  if (position <= change.at) return position;
  if (position >= change.at + change.removed) return position + change.inserted.length - change.removed;
  return change.at + change.inserted.length;
}
