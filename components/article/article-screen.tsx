'use client';

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { describeError } from '@/components/desk/error-message';
import { useTRPC } from '@/components/providers/trpc';
import type { FormOptions } from './article-form';
import type { DeskArticle } from './article-frame';
import { AutosaveArticle } from './autosave-article';
import { CoEditedArticle } from './co-edited-article';
import { useSharedArticle } from './collab/use-shared-article';
import { ErrorBox } from './error-box';

export type Me = { id: string; name: string };

export function ArticleScreen({ articleId, me }: { articleId: string; me: Me }) {
  const trpc = useTRPC();
  const article = useQuery(trpc.article.get.queryOptions({ id: articleId }));
  const options = useQuery(trpc.article.formOptions.queryOptions());
  // A refetch that fails (the server restarting) keeps the screen: the text is in the shared document.
  if (article.error && !article.data) return <ErrorBox error={describeError(article.error)} />;
  if (!article.data || !options.data) return <p className="text-muted">Loading…</p>;
  return <ArticleEditor key={article.data.id} article={article.data} options={options.data} me={me} />;
}

/**
 * Co-editing when the WebSocket connects (or this browser holds the document from earlier, offline);
 * the older save-by-request path, said plainly, when it cannot connect at all.
 */
function ArticleEditor({ article, options, me }: { article: DeskArticle; options: FormOptions; me: Me }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const shared = useSharedArticle(article.id, me);
  const refresh = useCallback(
    () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: trpc.article.get.queryKey({ id: article.id }) }),
        queryClient.invalidateQueries({ queryKey: trpc.article.revisions.queryKey({ id: article.id }) }),
        queryClient.invalidateQueries({ queryKey: trpc.article.changesSinceSubmission.queryKey({ id: article.id }) }),
      ]),
    [queryClient, trpc, article.id],
  );
  if (!shared) return <p className="text-muted">Loading…</p>;
  if (shared.connection === 'unavailable') {
    return (
      <AutosaveArticle
        article={article}
        options={options}
        refresh={refresh}
        notice={
          <p role="status" data-testid="collab-unavailable" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm">
            Live co-editing is not available: this browser cannot open its connection to the server (a proxy or
            firewall may block WebSockets). Your changes are saved the older way, one person at a time; if
            someone else saves in between, you choose which version to keep.
          </p>
        }
      />
    );
  }
  return <CoEditedArticle article={article} options={options} shared={shared} refresh={refresh} />;
}
