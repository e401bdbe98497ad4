import type { ReactNode } from 'react';

/** A column heading, or `{ srOnly }` for one read to screen readers but not shown (an actions column). */
export type Column = ReactNode | { srOnly: string };

/** The header row every desk table shares: small upper-case labels. */
export function TableHead({ columns }: { columns: Column[] }) {
  return (
    <thead className="text-xs uppercase text-muted">
      <tr>
        {columns.map((column, index) => (
          <th key={index} className="py-2 font-medium">
            {isSrOnly(column) ? <span className="sr-only">{column.srOnly}</span> : column}
          </th>
        ))}
      </tr>
    </thead>
  );
}

function isSrOnly(column: Column): column is { srOnly: string } {
  return typeof column === 'object' && column !== null && 'srOnly' in column;
}
