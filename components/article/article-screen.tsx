'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { JSONContent } from '@tiptap/core';
import Link from 'next/link';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { describeError } from '@/components/desk/error-message';
import { useTRPC } from '@/components/providers/trpc';
import { Button } from '@/components/ui/button';
import type { ArticleContentInput } from '@/server/article/article.schema';
import { toSlug } from '@/server/text/slug';
import type { AppRouter } from '@/server/api/root';
import type { inferRouterOutputs } from '@trpc/server';
import { ArticleForm, type FormOptions } from './article-form';
import { ChangesSinceSubmission } from './changes-since-submission';
import { ChecklistPanel } from './checklist-panel';
import { EmbargoBadge } from './embargo-badge';
import { EmbargoPanel } from './embargo-panel';
import { LiveBlogPanel } from './live-blog-panel';
import { CommentsPanel } from './comments-panel';
import { HeadlineTwinsNote } from './headline-twins-note';
import { HistoryPanel } from './history-panel';
import { LiveArticlePanel } from './live-article-panel';
import { LiveUpdatePanel } from './live-update-panel';
import { PresenceBar } from './presence-bar';
import { PreviewLinksPanel } from './preview-links-panel';
import { clearLocalDraft, readLocalDraft } from './local-draft';
import { useAutosave, type SaveStatus } from './use-autosave';
import { StateBadge } from './state-badge';
import { Timeline } from './timeline';
import { newsroomClock } from '@/server/text/newsroom-time';
import { ErrorBox } from './error-box';
import { WorkflowPanel } from './workflow-panel';

type DeskArticle = inferRouterOutputs<AppRouter>['article']['get'];


/** A slug still made from the headline is sent empty, so the server keeps deriving it until publication. */
function followsHeadline(article: DeskArticle): boolean {
  return article.publishedAt === null && (article.slug.startsWith('untitled-') || article.slug.startsWith(toSlug(article.headline)));
}

function contentOf(article: DeskArticle): ArticleContentInput {
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

export function ArticleScreen({ articleId }: { articleId: string }) {
  const trpc = useTRPC();
  const article = useQuery(trpc.article.get.queryOptions({ id: articleId }));
  const options = useQuery(trpc.article.formOptions.queryOptions());
  if (article.error) return <ErrorBox error={describeError(article.error)} />;
  if (!article.data || !options.data) return <p className="text-muted">Loading…</p>;
  return <ArticleEditor key={article.data.id} article={article.data} options={options.data} />;
}

function ArticleEditor({ article, options }: { article: DeskArticle; options: FormOptions }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const serverContent = useMemo(() => contentOf(article), [article]);
  const clock = newsroomClock(article.newsroomTimeZone);
  const formatTime = clock.dateTime;
  // Unsaved work from an earlier visit (a reload, a crash, an outage) comes back first.
  const [restored] = useState(() => {
    const draft = readLocalDraft(article.id);
    return draft && JSON.stringify(draft.content) !== JSON.stringify(serverContent) ? draft : null;
  });
  const [content, setContent] = useState(() => restored?.content ?? serverContent);
  const [counts, setCounts] = useState({ wordCount: article.wordCount, readingMinutes: article.readingMinutes });
  const [changeCount, setChangeCount] = useState(0);
  const edit = useCallback((update: (current: ArticleContentInput) => ArticleContentInput) => {
    setContent(update);
    setChangeCount((count) => count + 1);
  }, []);

  const refresh = useCallback(
    () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: trpc.article.get.queryKey({ id: article.id }) }),
        queryClient.invalidateQueries({ queryKey: trpc.article.revisions.queryKey({ id: article.id }) }),
        queryClient.invalidateQueries({ queryKey: trpc.article.changesSinceSubmission.queryKey({ id: article.id }) }),
      ]),
    [queryClient, trpc, article.id],
  );
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
  const createTag = useMutation(trpc.article.createTag.mutationOptions());

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
  // After a workflow step, embargo or live-blog act: the article's new version, and a fresh read.
  const afterAct = (result?: { version: number }) => {
    if (result) autosave.adoptVersion(result.version);
    void refresh();
  };
  // The header's slot for the workflow's main action (WorkflowPanel renders it there).
  const [mainActionTarget, setMainActionTarget] = useState<HTMLElement | null>(null);
  const reviewing = article.state === 'IN_REVIEW' && article.actions.some((a) => a.action === 'approve' || a.action === 'requestChanges');
  return (
    <div className="space-y-6">
      <h1 className="sr-only">Editing: {article.headline || 'Untitled draft'}</h1>
      <div className="flex flex-wrap items-center gap-3">
        <StateBadge state={article.state} testId="article-state" />
        <EmbargoBadge until={article.embargoUntil} timeZone={article.newsroomTimeZone} />
        {article.takedown && (
          <span className="text-sm" data-testid="takedown-ground">
            {article.takedown.ground === 'LEGAL' ? 'Legal order: the address answers 451' : 'Safety: the address answers 410'}
          </span>
        )}
        <span className="text-sm text-muted">
          Version {article.version}
          {article.lastModifiedBy && ` · last changed by ${article.lastModifiedBy}, ${formatTime(article.updatedAt)} (${article.newsroomTimeZone})`}
          {` · ${counts.wordCount} words, ${counts.readingMinutes} min read`}
        </span>
        {(article.publishAt ?? article.unpublishAt) && (
          <span className="text-sm" data-testid="article-plan">
            {article.publishAt && `Goes live ${formatTime(article.publishAt)}`}
            {article.publishAt && article.unpublishAt && ' · '}
            {article.unpublishAt && `Comes down ${formatTime(article.unpublishAt)}`}
            {` (${article.newsroomTimeZone})`}
          </span>
        )}
        <div className="ml-auto flex items-center gap-3">
          {article.state === 'PUBLISHED' && (
            <a href={`/articles/${article.slug}`} target="_blank" rel="noopener" className="inline-flex h-9 items-center text-sm underline" data-testid="view-live">
              View live
            </a>
          )}
          <Link href={`/desk/articles/${article.id}/preview`} className="inline-flex h-9 items-center text-sm underline" title="Preview the last saved version">
            Preview
          </Link>
          <span className="text-sm text-muted" aria-live="polite" data-testid="save-status" title={`Times in ${article.newsroomTimeZone}, the newsroom's clock`}>
            {statusText(status, autosave.dirty, clock.time)}
          </span>
          {article.canEdit && (
            <Button variant="secondary" onClick={autosave.saveNow} disabled={!autosave.dirty} title="Save now (Ctrl+S)">
              Save
            </Button>
          )}
          <div ref={setMainActionTarget} className="contents" />
        </div>
      </div>
      <PresenceBar articleId={article.id} changeCount={changeCount} canTakeOver={article.canTakeOver} />
      {reviewing && <ChangesSinceSubmission articleId={article.id} formatTime={formatTime} />}
      {article.editNote && <p className="rounded-md border border-line bg-paper px-3 py-2 text-sm">{article.editNote}</p>}
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
      <ArticleForm
        value={content}
        onChange={edit}
        editable={article.canEdit}
        options={options}
        initialBody={content.body as JSONContent}
        currentSlug={article.slug}
        leadImageUrl={article.leadImage?.url ?? null}
        canCreateTags={article.canCreateTags}
        headlineNote={article.canEdit && !article.publishedAt && content.slug === '' && <HeadlineTwinsNote articleId={article.id} headline={content.headline} />}
        onCreateTag={(name) => createTag.mutateAsync({ name })}
        sidebarTop={
          <>
            <WorkflowPanel
              article={article}
              version={autosave.version}
              actions={article.actions}
              hasUnsavedChanges={autosave.dirty}
              timeZone={article.newsroomTimeZone}
              mainActionTarget={mainActionTarget}
              onDone={afterAct}
            />
            {article.pendingUpdate && (
              <LiveUpdatePanel
                articleId={article.id}
                version={autosave.version}
                update={article.pendingUpdate}
                hasUnsavedChanges={autosave.dirty}
                onDone={(result) => {
                  autosave.adoptVersion(result.version);
                  void refresh();
                }}
              />
            )}
            <ChecklistPanel results={article.checklist} />
            <EmbargoPanel article={article} version={autosave.version} timeZone={article.newsroomTimeZone} onDone={afterAct} />
            <LiveBlogPanel article={article} version={autosave.version} timeZone={article.newsroomTimeZone} onChange={afterAct} />
          </>
        }
        sidebarBottom={
          <>
            {article.publishedAt && (
              <LiveArticlePanel
                article={article}
                version={autosave.version}
                formatTime={formatTime}
                onDone={(result) => {
                  if (result) autosave.adoptVersion(result.version);
                  void refresh();
                }}
              />
            )}
            <CommentsPanel articleId={article.id} formatTime={formatTime} onChange={() => void refresh()} />
            <PreviewLinksPanel articleId={article.id} timeZone={article.newsroomTimeZone} onChange={() => void refresh()} />
            <HistoryPanel
              articleId={article.id}
              version={autosave.version}
              canRestore={article.canEdit && !autosave.dirty}
              formatTime={formatTime}
            />
            <Timeline events={article.timeline} formatTime={formatTime} />
          </>
        }
      />
    </div>
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
