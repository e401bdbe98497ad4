'use client';

import type { Editor } from '@tiptap/react';
import { useEffect, useMemo, useState } from 'react';
import { BodyEditor } from '@/components/editor/body-editor';
import { anchorForSelection } from '@/components/editor/comment-anchors';
import { Button } from '@/components/ui/button';
import type { CommentAnchor } from '@/server/comment/comment-anchor';
import { newsroomClock } from '@/server/text/newsroom-time';
import type { FormOptions } from './article-form';
import { ArticleFrame, type DeskArticle } from './article-frame';
import { contentOf } from './autosave-article';
import { useAnchoredComments } from './collab/use-anchored-comments';
import { useSharedFields } from './collab/use-shared-fields';
import type { SharedArticle } from './collab/use-shared-article';

/**
 * The article as a shared document: everyone who has it open types in the same text and fields at once
 * (their carets shown), edits are kept in this browser until the server has them, and the server says who
 * may write. Comments can be put on selected words.
 */
export function CoEditedArticle({ article, options, shared, refresh }: { article: DeskArticle; options: FormOptions; shared: SharedArticle; refresh: () => Promise<unknown> }) {
  const { body: _body, ...articleFields } = useMemo(() => contentOf(article), [article]);
  const [fields, updateFields] = useSharedFields(shared.doc, articleFields);
  const [editor, setEditor] = useState<Editor | null>(null);
  const comments = useAnchoredComments(editor, article.id);
  const [pending, setPending] = useState<CommentAnchor | null>(null);
  const hasSelection = useHasSelection(editor);

  // The server says who may write, and says it again the moment it changes (a submission).
  const mayWrite = shared.access ? shared.access.mode === 'read-write' : article.canEdit;
  const editable = mayWrite && shared.ready && shared.refused === null;
  // Each store bumps the article's version, counts and history: the screen shows the stored state.
  useEffect(() => {
    if (shared.storedVersion !== null) void refresh();
  }, [shared.storedVersion, refresh]);
  const version = Math.max(shared.storedVersion ?? 0, article.version);

  return (
    <ArticleFrame
      article={article}
      options={options}
      value={{ ...fields, body: article.body }}
      onChange={(change) => updateFields((current) => {
        const { body: _unchanged, ...next } = change({ ...current, body: article.body });
        return next;
      })}
      editable={editable}
      status={connectionText(shared, newsroomClock(article.newsroomTimeZone).time)}
      notices={
        <>
          {shared.refused && (
            <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm">
              The server refused a change from this browser and disconnected it: {shared.refused} Reload the page to continue.
            </p>
          )}
          {shared.access?.mode === 'read-only' && (
            <p role="status" data-testid="read-only" className="rounded-md border border-line bg-wash px-3 py-2 text-sm">
              Read-only: {shared.access.reason}
            </p>
          )}
        </>
      }
      version={version}
      hasUnsavedChanges={shared.unstored}
      unsavedHint="Storing your latest changes"
      onStepDone={() => void refresh()}
      canRestore={editable}
      counts={{ wordCount: article.wordCount, readingMinutes: article.readingMinutes }}
      refresh={() => void refresh()}
      body={
        <>
          {comments.canComment && (
            <div className="flex flex-wrap items-center gap-2">
              <Button
                size="sm"
                variant="secondary"
                disabled={!hasSelection}
                // Keeps the selection in the text while the button is pressed.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => editor && setPending(anchorForSelection(editor.state))}
              >
                Comment on selected words
              </Button>
              {!hasSelection && <span className="text-xs text-muted">Select words in the text to comment on them.</span>}
            </div>
          )}
          {/* Made once there is a document (the server's, or this browser's copy): an editor made on an empty
              one would write its own empty paragraph into the shared text. */}
          {shared.ready ? (
            <BodyEditor editable={editable} shared={shared} onEditor={setEditor} />
          ) : (
            <p className="rounded-lg border border-line bg-paper px-4 py-3 text-sm text-muted">Loading the shared text…</p>
          )}
        </>
      }
      anchoring={{ ...comments, pending, clearPending: () => setPending(null) }}
    />
  );
}

/** Whether words are selected in the editor now (commenting needs some). */
function useHasSelection(editor: Editor | null): boolean {
  const [has, setHas] = useState(false);
  useEffect(() => {
    if (!editor) return;
    const check = () => setHas(!editor.state.selection.empty);
    editor.on('selectionUpdate', check);
    return () => {
      editor.off('selectionUpdate', check);
    };
  }, [editor]);
  return has;
}

/** The connection as people understand it: is my typing safe, and do the others see it. */
function connectionText(shared: SharedArticle, time: (date: Date) => string): string {
  switch (shared.connection) {
    case 'connecting':
      return shared.ready ? 'Connecting… your changes are kept in this browser' : 'Connecting…';
    case 'offline':
      return 'Offline: your changes are kept in this browser and merge when you reconnect';
    case 'unavailable':
      return 'Live co-editing unavailable';
    case 'live':
      if (shared.unstored) return 'Saving…';
      return shared.storedAt ? `Saved ${time(shared.storedAt)} · live` : 'Live';
  }
}
