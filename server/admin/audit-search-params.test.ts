import { describe, expect, it } from 'vitest';
import { auditInputFromSearchParams, cursorParam } from './audit-search-params';

const id = '0190a0a0-0000-7000-8000-000000000000';

describe('audit page filters from the URL', () => {
  it('reads whole newsroom days, both included, in the newsroom time zone', () => {
    const { input, problems } = auditInputFromSearchParams({ from: '2026-03-01', to: '2026-03-01' }, 'Europe/Kyiv');
    expect(problems).toEqual([]);
    expect(input.from?.toISOString()).toBe('2026-02-28T22:00:00.000Z');
    expect(input.to?.toISOString()).toBe('2026-03-01T22:00:00.000Z');
  });

  it('takes person, article, action and the cursor, and ignores what it cannot read with a problem', () => {
    const cursor = { createdAt: new Date('2026-03-02T10:00:00.000Z'), id };
    const { input } = auditInputFromSearchParams({ actorId: id, articleId: id, action: ' publish ', before: cursorParam(cursor) }, 'UTC');
    expect(input).toMatchObject({ actorId: id, articleId: id, action: 'publish', cursor, limit: 50 });
    const bad = auditInputFromSearchParams({ actorId: 'x', from: '01/03/2026', before: 'garbage' }, 'UTC');
    expect(bad.input).toEqual({ limit: 50 });
    expect(bad.problems).toHaveLength(2);
    expect(auditInputFromSearchParams({ from: '2026-03-05', to: '2026-03-01' }, 'UTC').problems).toHaveLength(1);
  });

  it('refuses impossible days with a problem, instead of reading 31 February as 3 March', () => {
    for (const params of [{ from: '2026-02-31' }, { to: '2026-02-30' }, { from: '2026-13-01' }]) {
      const { input, problems } = auditInputFromSearchParams(params, 'Europe/Kyiv');
      expect(problems).toEqual(['Enter dates as YYYY-MM-DD.']);
      expect(input).toEqual({ limit: 50 });
    }
  });
});
