'use client';

import { useEffect, useState } from 'react';
import { newsroomClock } from '@/server/text/newsroom-time';

export type LiveEntryView = { id: string; text: string; pinned: boolean; postedAt: string; authorName: string | null };

/**
 * How often an open live blog asks for new entries. Polling a cached address rather than server-sent
 * events: every reader asks the same URL, which Varnish and the page cache answer without reaching the
 * app, and each entry purges it by the article's tag; SSE would hold a connection per reader on the app
 * itself, bypass every cache, and need a fan-out between instances (ARCHITECTURE.md, "Live blogs").
 */
export const LIVE_POLL_MS = 5_000;

/**
 * A live blog's entries, newest first, key events (pinned) listed again at the top. Starts from the entries
 * the cached page was rendered with and then follows `/articles/<slug>/live.json`, so an open page updates
 * itself without a reload. Entries are plain text (React escapes them).
 */
export function LiveBlogEntries({ slug, initial, timeZone }: { slug: string; initial: LiveEntryView[]; timeZone: string }) {
  const [entries, setEntries] = useState(initial);
  useEffect(() => {
    let stopped = false;
    const poll = async () => {
      try {
        const answer = await fetch(`/articles/${encodeURIComponent(slug)}/live.json`, { headers: { accept: 'application/json' } });
        if (answer.ok && !stopped) setEntries(((await answer.json()) as { entries: LiveEntryView[] }).entries);
      } catch {
        // Offline for a moment: the next poll catches up.
      }
    };
    const timer = setInterval(() => void poll(), LIVE_POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [slug]);

  const clock = newsroomClock(timeZone);
  const keyEvents = entries.filter((entry) => entry.pinned);
  return (
    <section aria-labelledby="live-heading" className="mx-auto mt-10 max-w-2xl">
      <h2 id="live-heading" className="flex items-center gap-2 font-serif text-2xl font-bold">
        <span className="rounded bg-red-700 px-2 py-0.5 text-xs font-semibold uppercase tracking-wide text-white">Live</span>
        Latest updates
      </h2>
      {keyEvents.length > 0 && (
        <nav aria-label="Key events" className="mt-4 rounded border border-line p-3">
          <h3 className="text-sm font-semibold">Key events</h3>
          <ul className="mt-2 space-y-1 text-sm">
            {keyEvents.map((entry) => (
              <li key={entry.id}>
                <a href={`#entry-${entry.id}`} className="underline">
                  {clock.time(new Date(entry.postedAt))} · {entry.text.slice(0, 90)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {entries.length === 0 && <p className="mt-4 text-muted">No updates yet.</p>}
      <ol className="mt-4 space-y-6" data-testid="live-entries" aria-live="polite">
        {entries.map((entry) => (
          <li key={entry.id} id={`entry-${entry.id}`} className="border-l-4 border-red-700 pl-4">
            <p className="text-sm text-muted">
              <time dateTime={entry.postedAt}>{clock.dateTime(new Date(entry.postedAt))}</time>
              {entry.authorName && ` · ${entry.authorName}`}
              {entry.pinned && <span className="ml-2 font-semibold text-ink">Key event</span>}
            </p>
            {entry.text.split(/\n{2,}/).map((paragraph, index) => (
              <p key={index} className="mt-1 whitespace-pre-line">
                {paragraph}
              </p>
            ))}
          </li>
        ))}
      </ol>
    </section>
  );
}
