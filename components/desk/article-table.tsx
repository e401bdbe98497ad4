import Link from 'next/link';
import { StateBadge } from '@/components/article/state-badge';
import type { DeskArticleRow } from '@/server/article/list-desk-articles';
import type { ArticleState } from '@/server/workflow/states';

const timeFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

export function ArticleTable({ rows, empty, label }: { rows: DeskArticleRow[]; empty: string; label: string }) {
  if (rows.length === 0) return <p className="mt-3 text-sm text-muted">{empty}</p>;
  return (
    <table className="mt-3 w-full text-left text-sm" aria-label={label}>
      <thead className="text-xs uppercase text-muted">
        <tr>
          <th className="py-2 font-medium">Headline</th>
          <th className="py-2 font-medium">State</th>
          <th className="py-2 font-medium">Section</th>
          <th className="py-2 font-medium">Bylines</th>
          <th className="py-2 font-medium">Updated (UTC)</th>
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
            <td className="py-2 pr-3"><StateBadge state={row.state as ArticleState} /></td>
            <td className="py-2 pr-3">{row.sectionName ?? '—'}</td>
            <td className="py-2 pr-3">{row.bylines.join(', ')}</td>
            <td className="py-2">{timeFormat.format(row.updatedAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
