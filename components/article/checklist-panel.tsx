import type { ChecklistResult } from '@/server/checklist/publish-checklist.schema';
import { FoldingPanel } from './folding-panel';

/**
 * The newsroom's pre-publish checklist for this article, as the server evaluated it: required items
 * block approve and publish (the server refuses, listing them), recommended ones only warn.
 */
export function ChecklistPanel({ results }: { results: ChecklistResult[] }) {
  if (results.length === 0) return null;
  const missingRequired = results.filter((r) => r.level === 'required' && !r.met).length;
  return (
    <FoldingPanel
      id="checklist"
      testId="checklist"
      title={
        <>
          Pre-publish checklist{' '}
          <span className="font-normal text-muted">({missingRequired === 0 ? 'ready' : `${missingRequired} required missing`})</span>
        </>
      }
    >
      <ul className="mt-3 space-y-2 text-sm">
        {results.map((result) => (
          <li key={result.item} className="flex gap-2" data-item={result.item} data-met={result.met}>
            <span aria-hidden="true" className={result.met ? 'text-ok' : result.level === 'required' ? 'text-danger' : 'text-amber-700'}>
              {result.met ? '✓' : result.level === 'required' ? '✗' : '!'}
            </span>
            <span>
              <span className="font-medium">{result.label}</span>{' '}
              <span className="text-xs text-muted">
                ({result.level === 'required' ? 'required' : 'recommended'}
                {result.met ? ', met' : ', missing'})
              </span>
              <span className="block text-xs">{result.detail}</span>
            </span>
          </li>
        ))}
      </ul>
    </FoldingPanel>
  );
}
