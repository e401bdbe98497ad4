import { describe, expect, it } from 'vitest';
import { failureExcerpt } from './failure-excerpt';

const green = (text: string) => `\u001b[32m${text}\u001b[39m`;

describe('failureExcerpt', () => {
  it('gives vitest\'s unhandled-error section when every test passed, from its heading to the summary', () => {
    const section = [
      '⎯⎯⎯⎯⎯⎯ Unhandled Errors ⎯⎯⎯⎯⎯⎯',
      'Vitest caught 1 unhandled error during the test run.',
      'Error: Connection terminated unexpectedly',
      'This error originated in "server/b.int.test.ts" test file.',
      '',
    ];
    const output = [` ${green('✓')} server/a.int.test.ts (3 tests) 120ms`, ...section, ` Test Files  ${green('59 passed')} (59)`, '      Tests  580 passed (580)'];
    expect(failureExcerpt(output.join('\n'))).toEqual([...section, ' Test Files  59 passed (59)']);
  });

  it('gives a failed test\'s section, capped, saying how much was left out', () => {
    const output = ['⎯⎯⎯ Failed Tests 1 ⎯⎯⎯', ...Array.from({ length: 200 }, (_, i) => `line ${i}`), ' Test Files  1 failed (1)'].join('\n');
    const excerpt = failureExcerpt(output, 10);
    expect(excerpt).toHaveLength(10);
    expect(excerpt[0]).toBe('⎯⎯⎯ Failed Tests 1 ⎯⎯⎯');
    expect(excerpt[9]).toBe("… 193 more lines in the step's output above");
  });

  it('otherwise gives the last lines that are not passing tests (a build, Playwright)', () => {
    const output = ['  ✓  1 e2e/a.spec.ts › works (1.2s)', '  ✘  2 e2e/b.spec.ts › breaks (3.0s)', '', '  1 failed', '  1 passed'].join('\n');
    expect(failureExcerpt(output)).toEqual(['  ✘  2 e2e/b.spec.ts › breaks (3.0s)', '  1 failed', '  1 passed']);
  });
});
