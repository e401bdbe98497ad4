import { describe, expect, it } from 'vitest';
import { withTestDatabase } from '../../test/integration/test-database';
import { Prisma } from './generated/client';
import { plainQuery } from './plain-sql';

const t = withTestDatabase();

describe('statements on the pool directly', () => {
  it('give the rows $queryRaw gives: UTC timestamps sent and read back, JSON, arrays, booleans, numbers', async () => {
    const at = new Date('2026-01-02T03:04:05.678Z');
    const query = Prisma.sql`
      SELECT ${at}::timestamp(3) AS at, json_build_object('a', 1, 'b', ARRAY['x']) AS doc, ARRAY['p', 'q'] AS list,
        ${3}::int + 1 AS four, ${'text'} = 'text' AS same, NULL::timestamp(3) AS nothing`;
    const [direct] = await plainQuery<Record<string, unknown>>(t.db, query);
    expect(direct).toEqual({ at, doc: { a: 1, b: ['x'] }, list: ['p', 'q'], four: 4, same: true, nothing: null });
    expect(direct).toEqual((await t.db.$queryRaw<Record<string, unknown>[]>(query))[0]);
  });

  it('inside a transaction run in it, through the transaction client', async () => {
    const seen = await t.db.$transaction(async (tx) => {
      await tx.$executeRaw`CREATE TEMPORARY TABLE only_here (n int) ON COMMIT DROP`;
      return plainQuery<{ n: number }>(tx, Prisma.sql`SELECT count(*)::int AS n FROM only_here`);
    });
    expect(seen).toEqual([{ n: 0 }]);
  });
});
