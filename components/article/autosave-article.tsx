'use client';

import { useMutation } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTRPC } from '@/components/providers/trpc';
import { Button } from '@/components/ui/button';
import type { ArticleContentInput } from '@/server/article/article.schema';
import { newsroomClock } from '@/server/text/newsroom-time';
import { toSlug } from '@/server/text/slug';
import type { FormOptions } from './article-form';
import { ArticleFrame, type DeskArticle } from './article-frame';
import { ErrorBox } from './error-box';
import { clearLocalDraft, readLocalDraft } from './local-draft';
import { useAutosave, type SaveStatus } from './use-autosave';

/** A slug still made from the headline is sent empty, so the server keeps deriving it until publication. */
function followsHeadline(article: DeskArticle): boolean {
  return article.publishedAt === null && (article.slug.startsWith('untitled-') || article.slug.startsWith(toSlug(article.headline)));
}

export function contentOf(article: DeskArticle): ArticleContentInput {
  return {
    headline: article.headline,
    slug: followsHeadline(article) ? '' : article.slug,
    standfirst: article.standfirst,
    body: article.body,
    sectionId: article.section?.id ?? null,
    tagIds: article.tags.map((tag) => tag.id),
    bylines: article.bylines.map((byline) => ('userId' in byline ? { userId: byline.userId } : { contributorName: byline.contributorName })),
    sources: article.sources,
    leadImage: article.leadImage && {
      assetId: article.leadImage.assetId,
      caption: article.leadImage.caption,
      credit: article.leadImage.credit,
      alt: article.leadImage.alt,
    },
  };
}

/**
 * The article saved through ordinary requests, one person's copy at a time: the path when co-editing's
 * WebSocket cannot connect. Autosave with the version it started from; a save that crosses someone
 * else's gets the conflict choice (load theirs, keep mine).
 */
export function AutosaveArticle({ article, options, refresh, notice }: { article: DeskArticle; options: FormOptions; refresh: () => Promise<unknown>; notice: ReactNode }) {
  const trpc = useTRPC();
  const serverContent = useMemo(() => contentOf(article), [article]);
  const clock = newsroomClock(article.newsroomTimeZone);
  // Unsaved work from an earlier visit (a reload, a crash, an outage) comes back first.
  const [restored] = useState(() => {
    const draft = readLocalDraft(article.id);
    return draft && JSON.stringify(draft.content) !== JSON.stringify(serverContent) ? draft : null;
  });
  const [content, setContent] = useState(() => restored?.content ?? serverContent);
  const [counts, setCounts] = useState({ wordCount: article.wordCount, readingMinutes: article.readingMinutes });

  const autosave = useAutosave({
    articleId: article.id,
    baseVersion: restored?.baseVersion ?? article.version,
    content,
    serverContent,
    enabled: article.canEdit,
    onSaved: useCallback(
      (result: { wordCount: number; readingMinutes: number }) => {
        setCounts({ wordCount: result.wordCount, readingMinutes: result.readingMinutes });
        void refresh();
      },
      [refresh],
    ),
  });
  const keepCopy = useMutation(trpc.article.keepConflictCopy.mutationOptions());

  // Ctrl/Cmd+S saves at once, as in every editor people already know.
  const saveRef = useRef(autosave.saveNow);
  useEffect(() => {
    saveRef.current = autosave.saveNow;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
        event.preventDefault();
        saveRef.current();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const { status } = autosave;
  return (
    <ArticleFrame
      article={article}
      options={options}
      value={content}
      onChange={setContent}
      editable={article.canEdit}
      status={statusText(status, autosave.dirty, clock.time)}
      actions={
        article.canEdit && (
          <Button variant="secondary" onClick={autosave.saveNow} disabled={!autosave.dirty} title="Save now (Ctrl+S)">
            Save
          </Button>
        )
      }
      notices={
        <>
          {notice}
          {status.kind === 'invalid' && <ErrorBox error={status.error} />}
          {status.kind === 'conflict' && (
            <div role="alert" className="rounded-md border border-amber-300 bg-amber-50 p-4 text-sm">
              <p className="font-medium">{status.error.message}</p>
              <p className="mt-1">Your version is kept in the history either way.</p>
              <div className="mt-3 flex gap-2">
                <Button
                  size="sm"
                  variant="secondary"
                  onClick={() =>
                    keepCopy.mutate(
                      { id: article.id, content },
                      {
                        onSuccess: () => {
                          clearLocalDraft(article.id);
                          window.location.reload();
                        },
                      },
                    )
                  }
                >
                  Load their version
                </Button>
                <Button
                  size="sm"
                  onClick={() => {
                    if (status.error.currentVersion !== null) autosave.keepMine(status.error.currentVersion);
                  }}
                >
                  Keep mine
                </Button>
              </div>
            </div>
          )}
        </>
      }
      version={autosave.version}
      hasUnsavedChanges={autosave.dirty}
      onStepDone={(result) => {
        autosave.adoptVersion(result.version);
        void refresh();
      }}
      canRestore={article.canEdit && !autosave.dirty}
      counts={counts}
      refresh={() => void refresh()}
    />
  );
}

/** The autosave status; "Saved 08:52" on the newsroom's clock, like every other time on the screen. */
function statusText(status: SaveStatus, dirty: boolean, time: (date: Date) => string): string {
  switch (status.kind) {
    case 'saving':
      return 'Saving…';
    case 'offline':
      return 'Offline — retrying';
    case 'busy':
      return 'Newsroom busy — kept here, saving again shortly';
    case 'conflict':
      return 'Not saved: changed elsewhere';
    case 'invalid':
      return 'Not saved';
    case 'saved':
      return dirty ? 'Unsaved changes' : `Saved ${time(status.at)}`;
    default:
      return dirty ? 'Unsaved changes' : '';
  }
}
