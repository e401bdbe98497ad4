import Link from 'next/link';
import { auditActionLabel, auditFieldLabel, auditValueLabel } from '@/server/admin/audit-labels';
import type { AuditEntry } from '@/server/admin/audit.schema';
import { AUDIT_ACTIONS } from '@/server/admin/record-audit';
import { formatNewsroomTime, newsroomInstantOrText } from '@/server/text/newsroom-time';
import { TableHead } from '@/components/ui/table-head';


/** A stored value for people: labels for roles, states and switches; instants on the newsroom's clock. */
const showValue = (value: unknown, timeZone: string): string =>
  typeof value === 'string' ? auditValueLabel(newsroomInstantOrText(value, timeZone)) : auditValueLabel(value);
/** Kept in the log for tools, left out of the table for people. */
const HIDDEN_KEYS = new Set(['ids']);

/** "role: JOURNALIST → EDITOR", one line per field that differs. */
function changes(entry: AuditEntry, timeZone: string): string[] {
  const show = (value: unknown) => showValue(value, timeZone);
  if (entry.source === 'article') {
    const lines = entry.fromState || entry.toState ? [`${auditFieldLabel('state')}: ${show(entry.fromState)} → ${show(entry.toState)}`] : [];
    return entry.comment ? [...lines, `“${entry.comment}”`] : lines;
  }
  const asRecord = (value: unknown): Record<string, unknown> | null =>
    value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  const before = asRecord(entry.before);
  const after = asRecord(entry.after);
  if (!before && !after) return [entry.before || entry.after ? `${show(entry.before)} → ${show(entry.after)}` : ''].filter(Boolean);
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  return keys
    .filter((key) => !HIDDEN_KEYS.has(key) && show(before?.[key]) !== show(after?.[key]))
    .map((key) =>
      before && after ? `${auditFieldLabel(key)}: ${show(before[key])} → ${show(after[key])}` : `${auditFieldLabel(key)}: ${show((after ?? before)?.[key])}`,
    );
}

function target(entry: AuditEntry) {
  if (entry.source === 'article' && entry.targetId) {
    return (
      <Link href={`/desk/articles/${entry.targetId}`} className="hover:underline">
        {entry.targetLabel}
      </Link>
    );
  }
  const fallback = entry.before && typeof entry.before === 'object' && 'name' in entry.before && typeof entry.before.name === 'string' ? entry.before.name : null;
  return entry.targetLabel ?? fallback ?? (entry.targetType === 'section' && !entry.targetId ? 'All sections' : '—');
}

export function AuditTable({ entries, timeZone }: { entries: AuditEntry[]; timeZone: string }) {
  if (entries.length === 0) return <p className="text-sm text-muted">Nothing matches these filters.</p>;
  return (
    <table className="stack-table w-full text-left text-sm" aria-label="Audit log">
      <TableHead columns={[`When (${timeZone})`, 'Who', 'What', 'On', 'Details']} />
      <tbody className="divide-y divide-line">
        {entries.map((entry) => (
          <tr key={`${entry.source}-${entry.id}`} className="align-top">
            <td className="py-2 pr-3 whitespace-nowrap" data-label={`When (${timeZone})`}>{formatNewsroomTime(entry.createdAt, timeZone)}</td>
            <td className="py-2 pr-3" data-label="Who">{entry.actor?.name ?? (entry.source === 'article' ? 'System' : '—')}</td>
            <td className="py-2 pr-3">
              {auditActionLabel(entry.action)}
              <span className="block text-xs text-muted">{entry.action}</span>
            </td>
            <td className="py-2 pr-3" data-label="On">{target(entry)}</td>
            <td className="py-2 text-xs">
              {changes(entry, timeZone).map((line) => (
                <span key={line} className="block break-all">
                  {line}
                </span>
              ))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export const KNOWN_ACTIONS = AUDIT_ACTIONS;
