import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { absolutePositionToRelativePosition, relativePositionToAbsolutePosition, ySyncPluginKey } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { ANCHOR_QUOTE_MAX, type CommentAnchor } from '@/server/comment/comment-anchor';

/** A comment as the editor needs it: where it is anchored, and whether it is still open. */
export type AnchoredComment = { id: string; anchor: CommentAnchor; open: boolean };
/** Where a comment's words are now; `null` once they were deleted (the anchor collapsed). */
export type Placement = { from: number; to: number } | null;

type SyncState = { doc: Y.Doc; type: Y.XmlFragment; binding: { mapping: Parameters<typeof relativePositionToAbsolutePosition>[3] } | null };
type PluginState = { comments: AnchoredComment[]; activeId: string | null };

const commentAnchorsKey = new PluginKey<PluginState>('commentAnchors');

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (char) => char.charCodeAt(0));

function syncState(state: EditorState): (SyncState & { binding: NonNullable<SyncState['binding']> }) | null {
  const sync = ySyncPluginKey.getState(state) as SyncState | undefined;
  return sync?.binding ? { ...sync, binding: sync.binding } : null;
}

/** The selected words as an anchor in the shared document, or null (nothing selected, or no shared document). */
export function anchorForSelection(state: EditorState): CommentAnchor | null {
  const sync = syncState(state);
  const { from, to, empty } = state.selection;
  const quote = state.doc.textBetween(from, to, ' ').trim();
  if (!sync || empty || quote === '') return null;
  const encode = (position: number) =>
    toBase64(Y.encodeRelativePosition(absolutePositionToRelativePosition(position, sync.type, sync.binding.mapping) as Y.RelativePosition));
  return { start: encode(from), end: encode(to), quote: quote.slice(0, ANCHOR_QUOTE_MAX) };
}

/** Where each comment's words are in this editor now, after everyone's edits. */
export function placeComments(state: EditorState, comments: readonly AnchoredComment[]): Map<string, Placement> {
  const sync = syncState(state);
  const placements = new Map<string, Placement>();
  if (!sync) return placements;
  const resolve = (encoded: string) =>
    relativePositionToAbsolutePosition(sync.doc, sync.type, Y.decodeRelativePosition(fromBase64(encoded)), sync.binding.mapping);
  for (const comment of comments) {
    const from = resolve(comment.anchor.start);
    const to = resolve(comment.anchor.end);
    placements.set(comment.id, from !== null && to !== null && to > from ? { from, to } : null);
  }
  return placements;
}

/**
 * Highlights the words open comments are on (the margin list beside the editor shows the comments
 * themselves). The comment list comes in through setCommentAnchors; the highlights are recomputed from
 * the relative positions on every change, so they follow the words through everyone's edits.
 */
export const CommentAnchors = Extension.create({
  name: 'commentAnchors',
  addProseMirrorPlugins() {
    return [
      new Plugin<PluginState>({
        key: commentAnchorsKey,
        state: {
          init: () => ({ comments: [], activeId: null }),
          apply: (tr, value) => (tr.getMeta(commentAnchorsKey) as PluginState | undefined) ?? value,
        },
        props: {
          decorations(state) {
            const { comments, activeId } = commentAnchorsKey.getState(state)!;
            const open = comments.filter((comment) => comment.open);
            const decorations = [...placeComments(state, open)].flatMap(([id, placement]) =>
              placement
                ? [Decoration.inline(placement.from, placement.to, { class: id === activeId ? 'comment-anchor comment-anchor-active' : 'comment-anchor', 'data-comment-id': id })]
                : [],
            );
            return DecorationSet.create(state.doc, decorations);
          },
        },
      }),
    ];
  },
});

/** Hands the editor the comments to highlight (and the one to stress); a no-op transaction otherwise. */
export function setCommentAnchors(view: { state: EditorState; dispatch: (tr: EditorState['tr']) => void }, value: PluginState): void {
  view.dispatch(view.state.tr.setMeta(commentAnchorsKey, value).setMeta('addToHistory', false));
}
