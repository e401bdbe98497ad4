'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { JSONContent } from '@tiptap/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { describeError } from '@/components/desk/error-message';
import { useTRPC } from '@/components/providers/trpc';
import { Button } from '@/components/ui/button';
import type { ArticleContentInput } from '@/server/article/article.schema';
import type { AppRouter } from '@/server/api/root';
import type { inferRouterOutputs } from '@trpc/server';
import { ArticleForm, type FormOptions } from './article-form';
import { StateBadge } from './state-badge';
import { Timeline } from './timeline';
import { ErrorBox, WorkflowPanel } from './workflow-panel';

type DeskArticle = inferRouterOutputs<AppRouter>['article']['get'];

const timeFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
const formatTime = (date: Date) => timeFormat.format(date);

function contentOf(article: DeskArticle): ArticleContentInput {
  return {
    headline: article.headline,
    slug: article.slug,
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
  const [content, setContent] = useState(() => contentOf(article));
  const [savedSnapshot, setSavedSnapshot] = useState(() => JSON.stringify(contentOf(article)));
  const [saveError, setSaveError] = useState<ReturnType<typeof describeError> | null>(null);
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const dirty = JSON.stringify(content) !== savedSnapshot;
  // The version our last save produced: a second save must not wait for the refetch to learn it, or it
  // would conflict with our own first save.
  const [ownVersion, setOwnVersion] = useState(article.version);
  const expectedVersion = Math.max(ownVersion, article.version);

  const refresh = useCallback(
    () => queryClient.invalidateQueries({ queryKey: trpc.article.get.queryKey({ id: article.id }) }),
    [queryClient, trpc, article.id],
  );
  const save = useMutation(
    trpc.article.save.mutationOptions({
      onSuccess: (result, variables) => {
        setOwnVersion(result.version);
        setSavedSnapshot(JSON.stringify(variables.content));
        setContent((current) => ({ ...current, slug: result.slug }));
        setSaveError(null);
        setSavedAt(new Date());
        void refresh();
      },
      onError: (error) => setSaveError(describeError(error)),
    }),
  );
  const saveNow = useCallback(() => {
    if (!article.canEdit || save.isPending) return;
    save.mutate({ id: article.id, expectedVersion, content });
  }, [article, content, save, expectedVersion]);

  // Ctrl/Cmd+S saves, as in every editor people already know.
  const saveRef = useRef(saveNow);
  useEffect(() => {
    saveRef.current = saveNow;
  }, [saveNow]);
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

  return (
    <div className="space-y-6">
      <h1 className="sr-only">Editing: {article.headline || 'Untitled draft'}</h1>
      <div className="flex flex-wrap items-center gap-3">
        <StateBadge state={article.state} />
        <span className="text-sm text-muted">
          Version {article.version}
          {article.lastModifiedBy && ` · last changed by ${article.lastModifiedBy}, ${formatTime(article.updatedAt)}`}
        </span>
        <div className="ml-auto flex items-center gap-3">
          <span className="text-sm text-muted" aria-live="polite" data-testid="save-status">
            {save.isPending ? 'Saving…' : dirty ? 'Unsaved changes' : savedAt ? `Saved ${formatTime(savedAt)}` : ''}
          </span>
          {article.canEdit && (
            <Button onClick={saveNow} disabled={!dirty || save.isPending} title="Save (Ctrl+S)">
              Save
            </Button>
          )}
        </div>
      </div>
      {article.editNote && <p className="rounded-md border border-line bg-paper px-3 py-2 text-sm">{article.editNote}</p>}
      {saveError && (
        <div>
          <ErrorBox error={saveError} />
          {saveError.code === 'CONFLICT' && (
            <Button variant="secondary" size="sm" className="mt-2" onClick={() => window.location.reload()}>
              Reload the latest version
            </Button>
          )}
        </div>
      )}
      <ArticleForm
        value={content}
        onChange={setContent}
        editable={article.canEdit}
        options={options}
        initialBody={article.body as JSONContent}
        neverPublished={article.publishedAt === null}
        sidebarTop={
          <WorkflowPanel articleId={article.id} version={expectedVersion} actions={article.actions} hasUnsavedChanges={dirty} onDone={() => void refresh()} />
        }
        sidebarBottom={<Timeline events={article.timeline} formatTime={formatTime} />}
      />
    </div>
  );
}
