import Link from 'next/link';
import { StateBadge } from '@/components/article/state-badge';
import type { DeskArticleRow } from '@/server/article/list-desk-articles';
import type { ArticleState } from '@/server/workflow/states';

const timeFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
/** A scheduled article still unpublished this long after its time means the scheduler is not running. */
const OVERDUE_AFTER_MS = 60_000;

export function ArticleTable({ rows, empty, label, now }: { rows: DeskArticleRow[]; empty: string; label: string; now: Date }) {
  if (rows.length === 0) return <p className="mt-3 text-sm text-muted">{empty}</p>;
  return (
    <table className="mt-3 w-full text-left text-sm" aria-label={label}>
      <thead className="text-xs uppercase text-muted">
        <tr>
          <th className="py-2 font-medium">Headline</th>
          <th className="py-2 font-medium">State</th>
          <th className="py-2 font-medium">Section</th>
          <th className="py-2 font-medium">Bylines</th>
          <th className="py-2 font-medium">{label === 'Scheduled' ? 'Publishes (UTC)' : 'Updated (UTC)'}</th>
        </tr>
      </thead>
      <tbody className="divide-y divide-line">
        {rows.map((row) => (
          <tr key={row.id}>
            <td className="py-2 pr-3">
              <Link href={`/desk/articles/${row.id}`} className="font-medium hover:underline">
                {row.headline || 'Untitled draft'}
              </Link>
            </td>
            <td className="py-2 pr-3">
              <StateBadge state={row.state as ArticleState} />
              {row.state === 'SCHEDULED' && row.publishAt && now.getTime() - row.publishAt.getTime() > OVERDUE_AFTER_MS && (
                <span className="ml-1.5 rounded bg-danger px-1.5 py-0.5 text-xs font-semibold text-white">Overdue</span>
              )}
            </td>
            <td className="py-2 pr-3">{row.sectionName ?? '—'}</td>
            <td className="py-2 pr-3">{row.bylines.join(', ')}</td>
            <td className="py-2">{timeFormat.format(label === 'Scheduled' && row.publishAt ? row.publishAt : row.updatedAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
