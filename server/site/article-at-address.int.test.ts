import { describe, expect, it } from 'vitest';
import { createArticle, createSection, createStaff } from '../../test/factories';
import { withTestDatabase } from '../../test/integration/test-database';
import type { Db } from '../db/client';
import { runDueWork } from '../scheduler/run-due-work';
import { articleAtAddress, type AddressAnswer } from './article-at-address';

const t = withTestDatabase();

async function scheduled(count: number) {
  const author = await createStaff(t.db);
  const section = await createSection(t.db);
  const articles = [];
  for (let i = 0; i < count; i++) articles.push(await createArticle(t.db, { authors: [author], sectionId: section.id, state: 'SCHEDULED' }));
  await t.db.article.updateMany({ data: { publishAt: new Date(Date.now() - 1_000) } });
  return articles;
}

describe('an article going live answers 200 or 404, never 410', () => {
  it('when the publish commits right after the reader’s first query', async () => {
    const [article] = await scheduled(1);
    let publishedMeanwhile = false;
    // A reader whose every article query is followed, once, by the scheduler publishing the article: the
    // worst moment for a reader that asks "live now?" and "ever live?" separately.
    const reader = t.db.$extends({
      query: {
        article: {
          async $allOperations({ args, query }) {
            const result: unknown = await query(args);
            if (!publishedMeanwhile) {
              publishedMeanwhile = true;
              expect((await runDueWork(t.db)).published).toEqual([article!.id]);
            }
            return result;
          },
        },
      },
    }) as unknown as Db;
    expect((await articleAtAddress(reader, article!.slug)).kind).toBe('missing');
    expect(publishedMeanwhile).toBe(true);
    expect((await articleAtAddress(reader, article!.slug)).kind).toBe('live');
  });

  it('while readers keep asking for 20 addresses during the scheduler’s run', async () => {
    const articles = await scheduled(20);
    const seen = new Map<AddressAnswer['kind'], number>();
    let running = true;
    const readers = Array.from({ length: 3 }, async () => {
      while (running) {
        for (const { slug } of articles) {
          const { kind } = await articleAtAddress(t.db, slug);
          seen.set(kind, (seen.get(kind) ?? 0) + 1);
        }
      }
    });
    const { published } = await runDueWork(t.db);
    running = false;
    await Promise.all(readers);
    expect(published).toHaveLength(20);
    expect(seen.get('withdrawn')).toBeUndefined();
    expect(seen.get('live') ?? 0).toBeGreaterThan(0);
  });
});
