import pg from 'pg';

/**
 * The baseline of the scheduler benchmarks: the least a publish must write (the state change and its event),
 * with no rules, notifications or revalidation; two runners, as two instances, each one article per
 * transaction with SKIP LOCKED. Every SCHEDULED article counts as due; `slugPattern` (LIKE) limits it to
 * the benchmark's own.
 */
export async function publishDueBare(dbUrl: string, slugPattern = '%'): Promise<void> {
  const runner = async () => {
    const client = new pg.Client({ connectionString: dbUrl });
    await client.connect();
    try {
      for (;;) {
        await client.query('BEGIN');
        const { rows } = await client.query<{ id: string }>(
          `SELECT id FROM "Article" WHERE state = 'SCHEDULED' AND slug LIKE $1 ORDER BY "publishAt" LIMIT 1 FOR UPDATE SKIP LOCKED`,
          [slugPattern],
        );
        const id = rows[0]?.id;
        if (id) {
          await client.query(`UPDATE "Article" SET state = 'PUBLISHED', "publishedAt" = now(), "publishAt" = NULL, version = version + 1 WHERE id = $1`, [id]);
          await client.query(
            `INSERT INTO "ArticleEvent" (id, "articleId", action, "fromState", "toState") VALUES (gen_random_uuid(), $1, 'publishScheduled', 'SCHEDULED', 'PUBLISHED')`,
            [id],
          );
        }
        await client.query('COMMIT');
        if (!id) return;
      }
    } finally {
      await client.end();
    }
  };
  await Promise.all([runner(), runner()]);
}
