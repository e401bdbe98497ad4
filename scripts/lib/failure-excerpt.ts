/**
 * What a failed step of `npm test` said about its failure, for the end of the run: CI keeps only the last
 * part of a long log, and a step can fail with every test passed (an unhandled error after a test, a hook
 * that timed out, a file that did not load), which no tally shows. Vitest's failure sections, from their
 * heading to the summary; otherwise the step's last lines that are not passing tests.
 */
const ANSI = /\u001b\[[0-9;]*m/g;
/** Vitest's headings for what went wrong: failed tests, failed files (suites), errors outside any test. */
const VITEST_SECTION = /⎯{2,}.*(Failed Tests|Failed Suites|Unhandled Errors?|Unhandled Rejection)/;
const VITEST_SUMMARY = /^\s*Test Files\s/;
const PASSED_LINE = /^\s*✓/;

export function failureExcerpt(output: string, maxLines = 80): string[] {
  const lines = output.replace(ANSI, '').split('\n');
  const start = lines.findIndex((line) => VITEST_SECTION.test(line));
  if (start >= 0) {
    const end = lines.findIndex((line, index) => index > start && VITEST_SUMMARY.test(line));
    return cap(lines.slice(start, end < 0 ? undefined : end + 1), maxLines);
  }
  const telling = lines.filter((line) => line.trim() !== '' && !PASSED_LINE.test(line));
  return telling.slice(-Math.min(40, maxLines));
}

function cap(lines: string[], maxLines: number): string[] {
  if (lines.length <= maxLines) return lines;
  return [...lines.slice(0, maxLines - 1), `… ${lines.length - maxLines + 1} more lines in the step's output above`];
}
