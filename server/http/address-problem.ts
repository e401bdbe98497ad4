import { unstorableTextProblem } from '../text/storable-text';

/**
 * Why a requested address can name nothing here, or null. A malformed escape (`%E0%A4%A`, or UTF-8 that
 * decodes to a lone surrogate) makes Next.js's own router fail with a 500 before any page runs, and a NUL
 * (`%00`) reaches the database as part of a slug or key, which PostgreSQL refuses with an error. Checked
 * once for every request (proxy.ts), so no page, feed or media route needs to.
 */
export function addressProblem(pathname: string, search: string): string | null {
  for (const segment of pathname.split('/')) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return 'it contains a malformed %-escape';
    }
    const problem = unstorableTextProblem(decoded);
    if (problem) return `it ${problem}`;
  }
  // Query values are decoded leniently (a malformed escape stays as typed), but a NUL still gets through.
  for (const [name, value] of new URLSearchParams(search)) {
    const problem = unstorableTextProblem(name) ?? unstorableTextProblem(value);
    if (problem) return `its query ${problem}`;
  }
  return null;
}

export function badAddressHtml(problem: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="robots" content="noindex"><title>Address not valid</title></head><body><main><h1>This address is not valid</h1><p>Nothing can be found at it: ${problem}. <a href="/">Go to the front page</a>.</p></main></body></html>`;
}
