'use client';

import { useMutation } from '@tanstack/react-query';
import type { JSONContent } from '@tiptap/core';
import type { inferRouterOutputs } from '@trpc/server';
import Link from 'next/link';
import { useState, type ComponentProps, type ReactNode } from 'react';
import { useTRPC } from '@/components/providers/trpc';
import type { ArticleContentInput } from '@/server/article/article.schema';
import type { AppRouter } from '@/server/api/root';
import { newsroomClock } from '@/server/text/newsroom-time';
import { ArticleForm, type FormOptions } from './article-form';
import { ChangesSinceSubmission } from './changes-since-submission';
import { ChecklistPanel } from './checklist-panel';
import { CommentsPanel } from './comments-panel';
import { EmbargoBadge } from './embargo-badge';
import { EmbargoPanel } from './embargo-panel';
import { LiveArticlePanel } from './live-article-panel';
import { LiveBlogPanel } from './live-blog-panel';
import { LiveUpdatePanel } from './live-update-panel';
import { HeadlineTwinsNote } from './headline-twins-note';
import { HistoryPanel } from './history-panel';
import { PresenceBar } from './presence-bar';
import { PreviewLinksPanel } from './preview-links-panel';
import { StateBadge } from './state-badge';
import { Timeline } from './timeline';
import { WorkflowPanel } from './workflow-panel';

export type DeskArticle = inferRouterOutputs<AppRouter>['article']['get'];

/**
 * The article screen around its content, the same whether the text is co-edited (co-edited-article.tsx)
 * or saved the older way (autosave-article.tsx): header with the state, version and save status, the
 * form, and the workflow, comments, history and timeline beside it.
 */
export function ArticleFrame({
  article,
  options,
  value,
  onChange,
  editable,
  status,
  actions,
  notices,
  version,
  hasUnsavedChanges,
  unsavedHint,
  onStepDone,
  canRestore,
  counts,
  refresh,
  body,
  anchoring,
}: {
  article: DeskArticle;
  options: FormOptions;
  value: ArticleContentInput;
  onChange: ComponentProps<typeof ArticleForm>['onChange'];
  editable: boolean;
  /** The save or connection status, read out politely as it changes. */
  status: string;
  /** Buttons beside the status (Save, in the older path). */
  actions?: ReactNode;
  /** Above the form: conflicts, refusals, read-only reasons, the fallback notice. */
  notices?: ReactNode;
  /** The version workflow steps name. */
  version: number;
  hasUnsavedChanges: boolean;
  unsavedHint?: string;
  onStepDone: (result: { version: number }) => void;
  canRestore: boolean;
  counts: { wordCount: number; readingMinutes: number };
  refresh: () => void;
  /** The body's editor, when not the form's own (co-editing). */
  body?: ReactNode;
  anchoring?: ComponentProps<typeof CommentsPanel>['anchoring'];
}) {
  const trpc = useTRPC();
  const clock = newsroomClock(article.newsroomTimeZone);
  const formatTime = clock.dateTime;
  const createTag = useMutation(trpc.article.createTag.mutationOptions());
  // The header's slot for the workflow's main action (WorkflowPanel renders it there).
  const [mainActionTarget, setMainActionTarget] = useState<HTMLElement | null>(null);
  const reviewing = article.state === 'IN_REVIEW' && article.actions.some((a) => a.action === 'approve' || a.action === 'requestChanges');
  // After a workflow step, update step, embargo or live-blog act: the article's new version, or a fresh read.
  const afterAct = (result?: { version: number }) => (result ? onStepDone(result) : refresh());
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
          Version {version}
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
        <div className="ml-auto flex flex-wrap items-center gap-3">
          {article.state === 'PUBLISHED' && (
            <a href={`/articles/${article.slug}`} target="_blank" rel="noopener" className="inline-flex h-9 items-center text-sm underline" data-testid="view-live">
              View live
            </a>
          )}
          <Link href={`/desk/articles/${article.id}/preview`} className="inline-flex h-9 items-center text-sm underline" title="Preview the last saved version">
            Preview
          </Link>
          <span className="text-sm text-muted" aria-live="polite" data-testid="save-status" title={`Times in ${article.newsroomTimeZone}, the newsroom's clock`}>
            {status}
          </span>
          {actions}
          <div ref={setMainActionTarget} className="contents" />
        </div>
      </div>
      <PresenceBar articleId={article.id} />
      {reviewing && <ChangesSinceSubmission articleId={article.id} formatTime={formatTime} />}
      {article.editNote && <p className="rounded-md border border-line bg-paper px-3 py-2 text-sm">{article.editNote}</p>}
      {notices}
      <ArticleForm
        value={value}
        onChange={onChange}
        editable={editable}
        options={options}
        initialBody={value.body as JSONContent}
        currentSlug={article.slug}
        leadImageUrl={article.leadImage?.url ?? null}
        canCreateTags={article.canCreateTags}
        headlineNote={editable && !article.publishedAt && value.slug === '' && <HeadlineTwinsNote articleId={article.id} headline={value.headline} />}
        onCreateTag={(name) => createTag.mutateAsync({ name })}
        body={body}
        sidebarTop={
          <>
            <WorkflowPanel
              article={article}
              version={version}
              actions={article.actions}
              hasUnsavedChanges={hasUnsavedChanges}
              unsavedHint={unsavedHint}
              timeZone={article.newsroomTimeZone}
              mainActionTarget={mainActionTarget}
              onDone={onStepDone}
            />
            {article.pendingUpdate && (
              <LiveUpdatePanel articleId={article.id} version={version} update={article.pendingUpdate} hasUnsavedChanges={hasUnsavedChanges} onDone={onStepDone} />
            )}
            <ChecklistPanel results={article.checklist} />
            <EmbargoPanel article={article} version={version} timeZone={article.newsroomTimeZone} onDone={afterAct} />
            <LiveBlogPanel article={article} version={version} timeZone={article.newsroomTimeZone} onChange={afterAct} />
          </>
        }
        sidebarBottom={
          <>
            {article.publishedAt && <LiveArticlePanel article={article} version={version} formatTime={formatTime} onDone={afterAct} />}
            <CommentsPanel articleId={article.id} formatTime={formatTime} onChange={refresh} anchoring={anchoring} />
            <PreviewLinksPanel articleId={article.id} timeZone={article.newsroomTimeZone} onChange={refresh} />
            <HistoryPanel articleId={article.id} version={version} canRestore={canRestore} formatTime={formatTime} />
            <Timeline events={article.timeline} formatTime={formatTime} />
          </>
        }
      />
    </div>
  );
}
