'use client';

import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useEffect, useState } from 'react';
import { useTRPC } from '@/components/providers/trpc';
import { STATE_LABELS } from '@/server/workflow/states';

/**
 * Under the headline of an article whose address is still made from it: a warning when another article
 * already has this headline or its address, before saving gives this one's slug a suffix.
 */
export function HeadlineTwinsNote({ articleId, headline }: { articleId: string; headline: string }) {
  const trpc = useTRPC();
  const [settled, setSettled] = useState(headline);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(headline), 400);
    return () => clearTimeout(timer);
  }, [headline]);
  const twins = useQuery({
    ...trpc.article.headlineTwins.queryOptions({ id: articleId, headline: settled }),
    enabled: settled.trim() !== '',
  });
  const data = twins.data;
  if (!data || (!data.slugTaken && data.matches.length === 0)) return null;
  return (
    <div role="status" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm" data-testid="headline-twins">
      <p>
        {data.matches.length > 0 ? 'Another article already has this headline' : 'Another article already uses this address'}
        {data.slugTaken && (
          <>
            {' '}
            (<span className="font-mono text-xs">/articles/{data.slug}</span>): this one&apos;s address will get a suffix unless you
            change the headline or type a slug.
          </>
        )}
        {!data.slugTaken && '.'}
      </p>
      {data.matches.length > 0 && (
        <ul className="mt-1 list-disc pl-5">
          {data.matches.map((match) => (
            <li key={match.id}>
              <Link href={`/desk/articles/${match.id}`} className="underline" target="_blank">
                {match.headline}
              </Link>{' '}
              <span className="text-xs text-muted">({STATE_LABELS[match.state]})</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
