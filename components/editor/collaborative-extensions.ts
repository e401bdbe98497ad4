import type { Extensions } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import type { HocuspocusProvider } from '@hocuspocus/provider';
import type * as Y from 'yjs';
import { articleExtensions } from '@/server/content/extensions';
import { CommentAnchors } from './comment-anchors';

export type SharedBody = { doc: Y.Doc; provider: HocuspocusProvider; user: { id: string; name: string; color: string } };

/**
 * Another person's caret. The name is drawn by CSS from an attribute, not put in the text: it stays out of
 * the text screen readers read and copy-paste takes.
 */
function renderCaret(user: Record<string, unknown>): HTMLElement {
  const caret = document.createElement('span');
  caret.classList.add('collaboration-carets__caret');
  caret.setAttribute('data-name', String(user.name));
  caret.style.setProperty('--caret-colour', String(user.color));
  caret.style.borderColor = String(user.color);
  return caret;
}

/**
 * THE extension list, editing the shared document's `body` (COLLAB-CONTRACT) instead of its own copy:
 * Collaboration brings its own undo (only this person's changes), so StarterKit's is switched off.
 */
export function sharedBodyExtensions(doc: Y.Doc): Extensions {
  return [
    ...articleExtensions.map((extension) => (extension.name === 'starterKit' ? extension.configure({ undoRedo: false }) : extension)),
    Collaboration.configure({ document: doc, field: 'body' }),
  ];
}

/**
 * The desk's editor: the shared body, with the others' carets and selections from awareness, and comments
 * highlighted on their words.
 */
export function collaborativeExtensions({ doc, provider, user }: SharedBody): Extensions {
  return [
    ...sharedBodyExtensions(doc),
    CollaborationCaret.configure({ provider, user: { name: user.name, color: user.color }, render: renderCaret }),
    CommentAnchors,
  ];
}
