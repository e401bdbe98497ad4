import type { Metadata } from 'next';
import Link from 'next/link';
import { readCorrections, readSettings } from '@/server/cache/public-reads';
import { NOTE_KIND_LABELS } from '@/server/article/update.schema';
import { formatNewsroomTime } from '@/server/text/newsroom-time';

// Rendered on request, never at build time (the build has no database); the data comes from the cache,
// under the `corrections` tag, which every published or removed note revalidates.
export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const settings = await readSettings();
  return { title: `Corrections · ${settings.name}`, description: `Corrections, clarifications and editor’s notes published by ${settings.name}.` };
}

/** The newsroom's public record of corrections, clarifications, updates and editor's notes, newest first. */
export default async function CorrectionsPage() {
  const [settings, notes] = await Promise.all([readSettings(), readCorrections()]);
  return (
    <section aria-labelledby="corrections" className="mx-auto max-w-2xl">
      <h1 id="corrections" className="font-serif text-3xl font-bold">
        Corrections
      </h1>
      <p className="mt-2 text-muted">When we get something wrong we correct it and say so here, and on the article.</p>
      {notes.length === 0 ? (
        <p className="mt-6 text-muted">No corrections have been published.</p>
      ) : (
        <ul className="mt-6 divide-y divide-line" data-testid="corrections-list">
          {notes.map((note) => (
            <li key={note.id} className="py-4">
              <p className="text-sm text-muted">
                <strong className="text-ink">{NOTE_KIND_LABELS[note.kind]}</strong>
                {' · '}
                <time dateTime={note.publishedAt.toISOString()}>{formatNewsroomTime(note.publishedAt, settings.timeZone)}</time>
              </p>
              <h2 className="mt-1 font-serif text-xl font-bold">
                <Link href={`/articles/${note.article.slug}`} className="hover:underline">
                  {note.article.headline}
                </Link>
              </h2>
              <p className="mt-1">{note.text}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
