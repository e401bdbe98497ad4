import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';

describe('Prisma schema and migrations agree', () => {
  it('has a migration for every change to prisma/schema.prisma (run `npm run db:migration -- <name>`)', async () => {
    const [schema, migrated] = await Promise.all([
      readFile('prisma/schema.prisma', 'utf8'),
      readFile('prisma/migrations/schema.snapshot.prisma', 'utf8'),
    ]);
    expect(schema).toBe(migrated);
  });
});
