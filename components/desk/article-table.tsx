import Link from 'next/link';
import { EmbargoBadge } from '@/components/article/embargo-badge';
import { StateBadge } from '@/components/article/state-badge';
import { HighlightedText } from '@/components/desk/highlighted-text';
import { newsroomTimeFormat } from '@/server/text/newsroom-time';
import type { ArticleListRow } from '@/server/article/article-list.schema';
import { TableHead } from '@/components/ui/table-head';

/** A scheduled article still unpublished this long after its time means the scheduler is not running. */
const OVERDUE_AFTER_MS = 60_000;

/** Which of the article's dates the last column shows. */
export type ArticleTableDate = 'updated' | 'published' | 'scheduled' | 'waiting';
const DATE_HEADINGS: Record<ArticleTableDate, string> = { updated: 'Updated', published: 'Published', scheduled: 'Publishes', waiting: 'Waiting since' };

/** The review queue's notes on a row: since when it waits, and why this reviewer may not approve it. */
type ReviewNote = { id: string; waitingSince: Date; cannotApprove: string | null };

function dateOf(row: ArticleListRow, date: ArticleTableDate, note: ReviewNote | undefined): Date | null {
  if (date === 'waiting') return note?.waitingSince ?? row.updatedAt;
  return date === 'scheduled' ? row.publishAt : date === 'published' ? row.publishedAt : row.updatedAt;
}

export function ArticleTable({
  rows,
  empty,
  label,
  date,
  now,
  timeZone,
  reviewNotes = [],
}: {
  rows: ArticleListRow[];
  empty: string;
  label: string;
  date: ArticleTableDate;
  now: Date;
  /** The newsroom's: every desk time is on its clock. */
  timeZone: string;
  reviewNotes?: ReviewNote[];
}) {
  if (rows.length === 0) return <p className="mt-3 text-sm text-muted">{empty}</p>;
  const formatTime = newsroomTimeFormat(timeZone);
  return (
    <table className="stack-table mt-3 w-full text-left text-sm" aria-label={label}>
      <TableHead columns={[
          'Headline',
          'State',
          'Section',
          'Bylines',
          <>
            {DATE_HEADINGS[date]} <span className="normal-case">({timeZone})</span>
          </>,
        ]} />
      <tbody className="divide-y divide-line">
        {rows.map((row) => {
          const note = reviewNotes.find((candidate) => candidate.id === row.id);
          const shownDate = dateOf(row, date, note);
          return (
            <tr key={row.id} className="align-top">
              <td className="py-2 pr-3">
                <Link href={`/desk/articles/${row.id}`} className="font-medium hover:underline">
                  {row.headlineHighlight ? <HighlightedText pieces={row.headlineHighlight} /> : row.headline || 'Untitled draft'}
                </Link>
                {row.snippet && row.snippet.length > 0 && (
                  <p className="mt-1 text-muted" data-testid="search-snippet">
                    <HighlightedText pieces={row.snippet} />
                  </p>
                )}
              </td>
              <td className="py-2 pr-3" data-label="State">
                <StateBadge state={row.state} />
                <EmbargoBadge until={row.embargoUntil} timeZone={timeZone} className="ml-1.5" />
                {note?.cannotApprove && (
                  <span className="ml-1.5 block text-xs text-muted" data-testid="cannot-approve" title={note.cannotApprove}>
                    Not yours to approve: {note.cannotApprove.replace(/^Four-eyes rule: /, '')}
                  </span>
                )}
                {row.state === 'SCHEDULED' && row.publishAt && now.getTime() - row.publishAt.getTime() > OVERDUE_AFTER_MS && (
                  <span className="ml-1.5 rounded bg-danger px-1.5 py-0.5 text-xs font-semibold text-white">Overdue</span>
                )}
              </td>
              <td className="py-2 pr-3" data-label="Section">{row.sectionName ?? '—'}</td>
              <td className="py-2 pr-3" data-label="Bylines">{row.bylines.join(', ')}</td>
              <td className="whitespace-nowrap py-2" data-label={`${DATE_HEADINGS[date]} (${timeZone})`}>{shownDate ? formatTime(shownDate) : '—'}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
