'use client';

import { FoldingPanel } from './folding-panel';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { describeError } from '@/components/desk/error-message';
import { reloadAfterChange } from '@/components/providers/reload-after-change';
import { useTRPC } from '@/components/providers/trpc';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { newsroomTimeFormat } from '@/server/text/newsroom-time';
import { ErrorBox } from './error-box';

type Link = { status: 'active' | 'expired' | 'revoked'; expiresAt: Date; revokedAt: Date | null; revokedByName: string | null };

function statusText(link: Link, formatTime: (date: Date) => string): string {
  if (link.status === 'revoked') return `Revoked by ${link.revokedByName ?? 'someone'}, ${formatTime(link.revokedAt ?? link.expiresAt)}`;
  if (link.status === 'expired') return `Expired ${formatTime(link.expiresAt)}`;
  return `Works until ${formatTime(link.expiresAt)}`;
}

/**
 * The article's links for people without an account (a source checking a quote, say): make one (its
 * address is shown once, to copy), see who made each and until when, revoke one or all.
 */
export function PreviewLinksPanel({ articleId, timeZone, onChange }: { articleId: string; timeZone: string; onChange?: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const formatTime = useMemo(() => newsroomTimeFormat(timeZone), [timeZone]);
  const links = useQuery(trpc.previewLink.list.queryOptions({ articleId }));
  const refresh = () => {
    void reloadAfterChange(queryClient, trpc.previewLink.list.queryKey({ articleId }));
    onChange?.();
  };
  const create = useMutation(trpc.previewLink.create.mutationOptions({ onSuccess: refresh }));
  const revoke = useMutation(trpc.previewLink.revoke.mutationOptions({ onSuccess: refresh }));
  const revokeAll = useMutation(trpc.previewLink.revokeAll.mutationOptions({ onSuccess: refresh }));
  if (links.error) return null; // the article is not in this person's scope (the server said so)
  const active = links.data?.filter((link) => link.status === 'active') ?? [];
  const fresh = create.data && active.some((link) => link.id === create.data.id) ? create.data : null;
  const error = create.error ?? revoke.error ?? revokeAll.error;

  return (
    <FoldingPanel
      id="preview-links"
      testId="preview-links"
      title={
        <>
          Preview links <span className="font-normal text-muted">({active.length} active)</span>
        </>
      }
    >
      <p className="mt-1 text-xs text-muted">
        Show the latest saved version to someone without an account. A link works until it expires or is revoked, and only while
        whoever made it can still open the article.
      </p>
      <div className="mt-3 flex flex-wrap items-center gap-2">
        <Button size="sm" variant="secondary" onClick={() => create.mutate({ articleId, hours: 48 })} disabled={create.isPending}>
          Create a 48-hour preview link
        </Button>
        {active.some((link) => link.canRevoke) && (
          <Button size="sm" variant="ghost" onClick={() => revokeAll.mutate({ articleId })} disabled={revokeAll.isPending}>
            Revoke all
          </Button>
        )}
      </div>
      {fresh && (
        <div className="mt-2">
          <Input readOnly aria-label="New preview link" value={fresh.url} className="h-8 font-mono text-xs" onFocus={(event) => event.target.select()} />
          <p className="mt-1 text-xs text-muted">Copy it now: the address is shown only once.</p>
        </div>
      )}
      {error && <ErrorBox error={describeError(error)} />}
      {links.data && links.data.length > 0 && (
        <ul className="mt-3 space-y-2" aria-label="Preview links made for this article">
          {links.data.map((link) => (
            <li key={link.id} className={`text-sm ${link.status === 'active' ? '' : 'text-muted'}`}>
              <p>
                {link.createdByName} · made {formatTime(link.createdAt)}
              </p>
              <p className="text-xs text-muted">{statusText(link, formatTime)}</p>
              {link.canRevoke && (
                <button
                  type="button"
                  className="mt-0.5 text-xs text-accent hover:underline"
                  aria-label={`Revoke the link ${link.createdByName} made ${formatTime(link.createdAt)}`}
                  onClick={() => revoke.mutate({ linkId: link.id })}
                  disabled={revoke.isPending}
                >
                  Revoke
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </FoldingPanel>
  );
}
