import { NOTE_KIND_LABELS, type NoteKind } from '@/server/article/update.schema';
import { formatNewsroomTime } from '@/server/text/newsroom-time';

export type PublicNote = { id: string; kind: NoteKind; text: string; publishedAt: Date };

/** An article's corrections, clarifications, updates and editor's notes, newest first, each dated. */
export function PublicNotes({ notes, timeZone }: { notes: PublicNote[]; timeZone: string }) {
  if (notes.length === 0) return null;
  return (
    <aside aria-labelledby="article-notes" className="mt-8 border-l-4 border-accent bg-wash px-4 py-3" data-testid="public-notes">
      <h2 id="article-notes" className="text-sm font-semibold uppercase tracking-wide text-muted">
        Corrections and notes
      </h2>
      <ul className="mt-2 space-y-3 text-sm">
        {notes.map((note) => (
          <li key={note.id}>
            <p>
              <strong>{NOTE_KIND_LABELS[note.kind]}</strong>{' · '}
              <time dateTime={note.publishedAt.toISOString()}>{formatNewsroomTime(note.publishedAt, timeZone)}</time>
            </p>
            <p className="mt-0.5">{note.text}</p>
          </li>
        ))}
      </ul>
    </aside>
  );
}
