import { describe, expect, it } from 'vitest';
import { actorFor, createArticle, createSection, createStaff } from '../../test/factories';
import { withTestDatabase } from '../../test/integration/test-database';
import { createCaller } from '../api/root';
import type { Actor } from '../auth/actor';
import type { ArticleState } from '../workflow/states';
import { articlePageSql, BEST_MATCH_CANDIDATES, CROWDED_WALK_ROWS } from './article-list-sql';
import { articleListInputSchema, type ArticleListInput, type ArticleSort } from './article-list.schema';
import { articleWhereForActor } from './article-scope';

const t = withTestDatabase();
const as = (actor: Actor) => createCaller({ db: t.db, actor });

/** An article with exactly these texts and dates (the factory's defaults otherwise). */
async function article(
  authors: { id: string }[],
  fields: { headline?: string; standfirst?: string; bodyText?: string; state?: ArticleState; sectionId?: string; updatedAt?: Date; publishedAt?: Date | null; publishAt?: Date | null; tagIds?: string[] } = {},
) {
  const { headline, state, sectionId, tagIds = [], ...rest } = fields;
  const created = await createArticle(t.db, { authors, state, sectionId, headline: headline ?? 'Plain headline' });
  return t.db.article.update({
    where: { id: created.id },
    data: { ...rest, tags: { create: tagIds.map((tagId) => ({ tagId })) } },
    select: { id: true, headline: true },
  });
}

/** Every page of a list, following nextCursor, as ids. */
async function allPages(actor: Actor, input: ArticleListInput) {
  const ids: string[] = [];
  let cursor: string | undefined;
  for (let pages = 0; pages < 50; pages++) {
    const page = await as(actor).article.list({ ...input, cursor });
    ids.push(...page.rows.map((row) => row.id));
    if (!page.nextCursor) return ids;
    cursor = page.nextCursor;
  }
  throw new Error('the list never ended');
}

const headlines = async (actor: Actor, input: ArticleListInput) => (await as(actor).article.list(input)).rows.map((row) => row.headline);

describe('desk article list: filters', () => {
  it('filters by state, section, tag, author and an updated or published date range', async () => {
    const olha = actorFor(await createStaff(t.db));
    const sam = actorFor(await createStaff(t.db));
    const editor = actorFor(await createStaff(t.db, { role: 'EDITOR' }));
    const [world, economy] = [await createSection(t.db), await createSection(t.db)];
    const tag = await t.db.tag.create({ data: { name: 'Energy', slug: 'energy' } });
    await article([olha], { headline: 'A draft in world', sectionId: world.id, updatedAt: new Date('2026-11-02T10:00:00Z') });
    await article([sam], { headline: 'B live in economy', state: 'PUBLISHED', sectionId: economy.id, tagIds: [tag.id], updatedAt: new Date('2026-11-20T10:00:00Z'), publishedAt: new Date('2026-11-03T23:59:00Z') });
    await article([olha, sam], { headline: 'C review in world', state: 'IN_REVIEW', sectionId: world.id, tagIds: [tag.id], updatedAt: new Date('2026-11-10T00:00:00Z') });

    const sorted = async (input: ArticleListInput) => (await headlines(editor, { ...input, sort: 'headline' })).join(' | ');
    expect(await sorted({})).toBe('A draft in world | B live in economy | C review in world');
    expect(await sorted({ state: 'IN_REVIEW' })).toBe('C review in world');
    expect(await sorted({ sectionId: world.id })).toBe('A draft in world | C review in world');
    expect(await sorted({ tagId: tag.id })).toBe('B live in economy | C review in world');
    expect(await sorted({ authorId: sam.id })).toBe('B live in economy | C review in world');
    expect(await sorted({ authorId: sam.id, sectionId: world.id })).toBe('C review in world');
    // Whole newsroom days (no settings yet: UTC), both ends included.
    expect(await sorted({ from: '2026-11-02', to: '2026-11-10' })).toBe('A draft in world | C review in world');
    expect(await sorted({ from: '2026-11-03', to: '2026-11-09' })).toBe('');
    expect(await sorted({ dateField: 'published', from: '2026-11-03', to: '2026-11-03' })).toBe('B live in economy');
    expect(await sorted({ dateField: 'published', to: '2026-11-02' })).toBe('');
    // In Kyiv (UTC+2) B went live at 01:59 on the 4th, and C was updated at 02:00 on the 10th.
    await t.db.newsroomSettings.create({ data: { id: 1, timeZone: 'Europe/Kyiv' } });
    expect(await sorted({ dateField: 'published', from: '2026-11-03', to: '2026-11-03' })).toBe('');
    expect(await sorted({ dateField: 'published', from: '2026-11-04', to: '2026-11-04' })).toBe('B live in economy');
    expect(await sorted({ from: '2026-11-10', to: '2026-11-10' })).toBe('C review in world');
    expect(await sorted({ from: '2026-11-02', to: '2026-11-09' })).toBe('A draft in world');
  });
});

describe('desk article list: sort and keyset pagination', () => {
  it('walks every page with no duplicates and no gaps, in a stable order even when sort values are equal', async () => {
    const editor = actorFor(await createStaff(t.db, { role: 'EDITOR' }));
    const section = await createSection(t.db);
    const same = new Date('2026-11-20T08:00:00.123Z');
    const later = new Date('2026-11-21T08:00:00.000Z');
    for (const [index, headline] of ['delta', 'alpha', 'delta', 'charlie', 'alpha', 'bravo', 'delta'].entries()) {
      await article([editor], {
        headline,
        sectionId: section.id,
        state: index % 2 ? 'PUBLISHED' : 'SCHEDULED',
        updatedAt: index < 5 ? same : later,
        publishedAt: index % 2 ? (index === 1 ? later : same) : null,
        publishAt: index % 2 ? null : same,
      });
    }
    const rows = await t.db.article.findMany({ select: { id: true, headline: true, updatedAt: true, publishedAt: true, publishAt: true } });
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    const time = (date: Date | null, missing: number) => date?.getTime() ?? missing;
    const expected: Record<Exclude<ArticleSort, 'relevance'>, string[]> = {
      updated: rows.toSorted((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime() || byId(b, a)).map((r) => r.id),
      oldest: rows.toSorted((a, b) => a.updatedAt.getTime() - b.updatedAt.getTime() || byId(a, b)).map((r) => r.id),
      // Never published: last.
      published: rows.toSorted((a, b) => time(b.publishedAt, -Infinity) - time(a.publishedAt, -Infinity) || byId(b, a)).map((r) => r.id),
      scheduled: rows.toSorted((a, b) => time(a.publishAt, Infinity) - time(b.publishAt, Infinity) || byId(a, b)).map((r) => r.id),
      headline: rows.toSorted((a, b) => a.headline.localeCompare(b.headline) || byId(a, b)).map((r) => r.id),
    };
    for (const [sort, ids] of Object.entries(expected)) {
      for (const limit of [1, 2, 3, 7]) {
        expect({ sort, limit, ids: await allPages(editor, { sort: sort as ArticleSort, limit }) }).toEqual({ sort, limit, ids });
      }
    }
  });

  it('pages through search results by rank', async () => {
    const editor = actorFor(await createStaff(t.db, { role: 'EDITOR' }));
    for (let index = 0; index < 5; index++) await article([editor], { headline: `Frigate ${index}`, bodyText: 'frigate '.repeat(index) });
    await article([editor], { headline: 'Unrelated' });
    const pages = await allPages(editor, { q: 'frigate', sort: 'relevance', limit: 2 });
    expect(new Set(pages).size).toBe(5);
    expect((await as(editor).article.list({ q: 'frigate', sort: 'relevance', limit: 5 })).rows.map((row) => row.id)).toEqual(pages);
  });

  it('starts from the first page when the cursor belongs to another sort or is mangled', async () => {
    const editor = actorFor(await createStaff(t.db, { role: 'EDITOR' }));
    for (let index = 0; index < 3; index++) await article([editor], { headline: `Story ${index}` });
    const first = await as(editor).article.list({ sort: 'headline', limit: 1 });
    expect(first.nextCursor).not.toBeNull();
    const firstByUpdate = await as(editor).article.list({ sort: 'updated', limit: 1 });
    expect(await as(editor).article.list({ sort: 'updated', limit: 1, cursor: first.nextCursor! })).toEqual(firstByUpdate);
    expect(await as(editor).article.list({ sort: 'updated', limit: 1, cursor: 'not a cursor' })).toEqual(firstByUpdate);
  });
});

describe('desk article list: full-text search', () => {
  it('ranks a headline match above a standfirst match above a body match, with stemming', async () => {
    const editor = actorFor(await createStaff(t.db, { role: 'EDITOR' }));
    const body = await article([editor], { headline: 'Budget talks', bodyText: 'The navy sent two submarines to the exercise.' });
    const headline = await article([editor], { headline: 'Submarine fleet grows' });
    const standfirst = await article([editor], { headline: 'Week in review', standfirst: 'Why submarines matter now.' });
    await article([editor], { headline: 'Nothing about boats', bodyText: 'Harvest figures.' });
    const page = await as(editor).article.list({ q: 'submarines', sort: 'relevance' });
    expect(page.rows.map((row) => row.id)).toEqual([headline.id, standfirst.id, body.id]);
    expect(page.rows[0]?.headlineHighlight).toEqual([
      { text: 'Submarine', match: true },
      { text: ' fleet grows', match: false },
    ]);
    expect(page.rows[2]?.snippet?.filter((piece) => piece.match)).toEqual([{ text: 'submarines', match: true }]);
    // Web-search syntax: phrases and exclusions.
    expect(await headlines(editor, { q: '"two submarines"' })).toEqual(['Budget talks']);
    expect(await headlines(editor, { q: 'submarine -navy', sort: 'headline' })).toEqual(['Submarine fleet grows', 'Week in review']);
  });

  it('keeps the search document in step with saves (a generated column)', async () => {
    const olha = actorFor(await createStaff(t.db));
    const section = await createSection(t.db);
    const { id } = await as(olha).article.create({ headline: 'Harbour', sectionId: section.id });
    expect(await headlines(olha, { q: 'icebreaker' })).toEqual([]);
    await as(olha).article.save({
      id,
      expectedVersion: 1,
      content: {
        headline: 'Harbour',
        slug: '',
        standfirst: '',
        body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'An icebreaker arrived.' }] }] },
        sectionId: section.id,
        tagIds: [],
        bylines: [{ userId: olha.id }],
        sources: [],
        leadImage: null,
      },
    });
    expect(await headlines(olha, { q: 'icebreakers' })).toEqual(['Harbour']);
  });

  it('returns article text that looks like HTML as plain text pieces, matches marked only by the search', async () => {
    const editor = actorFor(await createStaff(t.db, { role: 'EDITOR' }));
    const headline = '<script>alert("convoy")</script> Convoy <b>held</b> & \u0001stopped\u0002';
    await article([editor], { headline, bodyText: '<img src=x onerror=alert(1)> The convoy <i>waited</i>.' });
    const [row] = (await as(editor).article.list({ q: 'convoy' })).rows;
    // The whole headline comes back exactly (marker characters in the text itself are dropped), as text.
    expect(row?.headlineHighlight?.map((piece) => piece.text).join('')).toBe(headline.replace(/[\u0001\u0002]/g, ''));
    // (The parser reads "<script>…</script>" as a tag, so only the word outside it is a match.)
    expect(row?.headlineHighlight?.filter((piece) => piece.match).map((piece) => piece.text)).toEqual(['Convoy']);
    expect(row?.snippet?.filter((piece) => piece.match).map((piece) => piece.text)).toEqual(['convoy']);
    expect(JSON.stringify(row?.snippet)).not.toMatch(/[\u0001\u0002]/);
  });

  it('ranks the newest matches when a search matches much of the archive', async () => {
    const editor = actorFor(await createStaff(t.db, { role: 'EDITOR' }));
    await article([editor], { headline: 'Icebreaker special from the archive', updatedAt: new Date('2020-01-01T00:00:00Z') });
    await t.db.$executeRaw`
      INSERT INTO "Article" (id, slug, headline, "bodyText", body, "updatedAt")
      SELECT gen_random_uuid(), 'harbour-' || n, 'Harbour ' || n, 'An icebreaker passed by.', '{}'::jsonb, now() - n * interval '1 minute'
      FROM generate_series(1, ${BEST_MATCH_CANDIDATES}) AS n`;
    await article([editor], { headline: 'Icebreaker fleet sails', updatedAt: new Date() });
    const best = (await as(editor).article.list({ q: 'icebreaker', sort: 'relevance', limit: 3 })).rows.map((row) => row.headline);
    // The newest headline match leads; the old one is past the newest BEST_MATCH_CANDIDATES matches.
    expect(best[0]).toBe('Icebreaker fleet sails');
    expect(best).not.toContain('Icebreaker special from the archive');
    // Every other order still reaches it.
    const oldest = await as(editor).article.list({ q: 'icebreaker', sort: 'oldest', limit: 1 });
    expect(oldest.rows.map((row) => row.headline)).toEqual(['Icebreaker special from the archive']);
  });

  it('counts matches up to a thousand and says when there are more; a crowded best match still pages through its newest thousand', async () => {
    const editor = actorFor(await createStaff(t.db, { role: 'EDITOR' }));
    // Weak matches (the word once, in the body), and two strong ones (in the headline) among them.
    await t.db.$executeRaw`
      INSERT INTO "Article" (id, slug, headline, "bodyText", body, "updatedAt")
      SELECT gen_random_uuid(), 'convoy-' || n, 'Harbour ' || n, 'A convoy passed by.', '{}'::jsonb, now() - n * interval '1 minute'
      FROM generate_series(1, ${BEST_MATCH_CANDIDATES + 50}) AS n`;
    const strong = await article([editor], { headline: 'Convoy stopped at the border', bodyText: 'The convoy waited.', updatedAt: new Date(Date.now() - 90 * 60_000) });
    const stronger = await article([editor], { headline: 'Convoy', standfirst: 'The convoy of convoys.', updatedAt: new Date(Date.now() - 500 * 60_000) });
    await article([editor], { headline: 'Icebreakers', bodyText: 'No match here.' });

    const first = await as(editor).article.list({ q: 'convoys', sort: 'relevance', limit: 100 });
    expect(first.matches).toEqual({ count: BEST_MATCH_CANDIDATES, more: true });
    expect(first.rows.slice(0, 2).map((row) => row.id)).toEqual([stronger.id, strong.id]);
    // Every page of best match: the newest thousand matches, each once.
    const ids = await allPages(editor, { q: 'convoys', sort: 'relevance', limit: 100 });
    expect(ids).toHaveLength(BEST_MATCH_CANDIDATES);
    expect(new Set(ids).size).toBe(BEST_MATCH_CANDIDATES);
    const newest = await t.db.article.findMany({
      where: { OR: [{ slug: { startsWith: 'convoy-' } }, { id: { in: [strong.id, stronger.id] } }] },
      orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
      take: BEST_MATCH_CANDIDATES,
      select: { id: true },
    });
    expect(ids.toSorted()).toEqual(newest.map((row) => row.id).toSorted());

    // Exact below the cap, in every sort; no count without a search.
    const few = await as(editor).article.list({ q: 'convoy border', sort: 'updated' });
    expect(few.matches).toEqual({ count: 1, more: false });
    expect((await as(editor).article.list({ q: 'convoy', sort: 'headline', limit: 1 })).matches).toEqual({ count: BEST_MATCH_CANDIDATES, more: true });
    expect((await as(editor).article.list({ sort: 'updated', limit: 1 })).matches).toBeNull();
  });

  it('finds the newest matches of a crowded search through the search index when recent articles seldom match', async () => {
    const editor = actorFor(await createStaff(t.db, { role: 'EDITOR' }));
    // Older matches than the walk reaches: newer articles without the word fill the recency index first.
    await t.db.$executeRaw`
      INSERT INTO "Article" (id, slug, headline, "bodyText", body, "updatedAt")
      SELECT gen_random_uuid(), 'recent-' || n, 'Recent ' || n, 'Nothing to see.', '{}'::jsonb, now() - n * interval '1 second'
      FROM generate_series(1, ${CROWDED_WALK_ROWS}) AS n`;
    await t.db.$executeRaw`
      INSERT INTO "Article" (id, slug, headline, "bodyText", body, "updatedAt")
      SELECT gen_random_uuid(), 'frigate-' || n, 'Frigate ' || n, 'A frigate.', '{}'::jsonb, now() - interval '1 day' - n * interval '1 minute'
      FROM generate_series(1, ${BEST_MATCH_CANDIDATES + 1}) AS n`;
    const page = await as(editor).article.list({ q: 'frigate', sort: 'relevance', limit: 100 });
    expect(page.matches).toEqual({ count: BEST_MATCH_CANDIDATES, more: true });
    // Best match ranks the newest thousand matches: the oldest frigate is not among them.
    const ids = await allPages(editor, { q: 'frigate', sort: 'relevance', limit: 100 });
    const oldest = await t.db.article.findFirstOrThrow({ where: { slug: `frigate-${BEST_MATCH_CANDIDATES + 1}` }, select: { id: true } });
    expect(ids).toHaveLength(BEST_MATCH_CANDIDATES);
    expect(ids).not.toContain(oldest.id);
  });

  it('uses the GIN index for the search query', async () => {
    const editor = actorFor(await createStaff(t.db, { role: 'EDITOR' }));
    await t.db.$executeRaw`
      INSERT INTO "Article" (id, slug, headline, "bodyText", body, "updatedAt")
      SELECT gen_random_uuid(), 'filler-' || n, 'Filler story ' || n, 'Routine text number ' || n, '{}'::jsonb, now()
      FROM generate_series(1, 3000) AS n`;
    await t.db.$executeRaw`ANALYZE "Article"`;
    const plan = await t.db.$transaction(async (tx) => {
      await tx.$executeRaw`SET LOCAL enable_seqscan = off`;
      const query = articleListInputSchema.parse({ q: 'routine', sort: 'relevance' });
      return tx.$queryRaw<{ 'QUERY PLAN': string }[]>`EXPLAIN ${articlePageSql({ actor: editor, query, timeZone: 'UTC', sort: 'relevance', cursor: null, take: 26 })}`;
    });
    expect(plan.map((line) => line['QUERY PLAN']).join('\n')).toContain('Article_searchVector_idx');
  });
});

describe('desk article list: scope', () => {
  it('a journalist finds their own articles and live ones, never a colleague’s draft, by search or filter', async () => {
    const olha = actorFor(await createStaff(t.db));
    const sam = actorFor(await createStaff(t.db));
    const editor = actorFor(await createStaff(t.db, { role: 'EDITOR' }));
    await article([olha], { headline: 'Olha draft about tanks' });
    await article([sam], { headline: 'Sam draft about tanks' });
    await article([sam], { headline: 'Sam live piece about tanks', state: 'PUBLISHED' });
    await article([editor, olha], { headline: 'Shared review about tanks', state: 'IN_REVIEW' });
    expect(await headlines(olha, { q: 'tanks', sort: 'headline' })).toEqual(['Olha draft about tanks', 'Sam live piece about tanks', 'Shared review about tanks']);
    expect(await headlines(olha, { authorId: sam.id, sort: 'headline' })).toEqual(['Sam live piece about tanks']);
    expect(await headlines(olha, { q: 'Sam draft' })).toEqual([]);
    expect(await headlines(editor, { q: 'tanks' })).toHaveLength(4);
  });

  it('the SQL scope selects exactly what the Prisma scope does, for every role', async () => {
    const people = [actorFor(await createStaff(t.db)), actorFor(await createStaff(t.db)), actorFor(await createStaff(t.db, { role: 'EDITOR' })), actorFor(await createStaff(t.db, { role: 'ADMIN' }))];
    const [olha, sam] = people as [Actor, Actor];
    for (const state of ['DRAFT', 'PUBLISHED', 'ARCHIVED'] as const) {
      await article([olha], { state });
      await article([sam, olha], { state });
      const started = await article([sam], { state });
      await t.db.article.update({ where: { id: started.id }, data: { createdById: olha.id } });
    }
    for (const actor of people) {
      const viaPrisma = await t.db.article.findMany({ where: articleWhereForActor(actor), select: { id: true } });
      const viaSql = await allPages(actor, { sort: 'oldest', limit: 100 });
      expect(viaSql.toSorted()).toEqual(viaPrisma.map((row) => row.id).toSorted());
    }
  });
});

describe('desk dashboard', () => {
  it('counts every article of each panel in the database and links to the list with the same filter', async () => {
    const olha = actorFor(await createStaff(t.db));
    const editor = actorFor(await createStaff(t.db, { role: 'EDITOR' }));
    for (let index = 0; index < 12; index++) await article([olha], { headline: `Draft ${index}` });
    await article([editor], { headline: 'Editor draft' });
    await article([olha], { headline: 'Waiting', state: 'IN_REVIEW' });
    await article([olha], { headline: 'Sent back', state: 'CHANGES_REQUESTED' });
    await article([olha], { headline: 'Planned', state: 'SCHEDULED', publishAt: new Date(Date.now() + 3_600_000) });
    await article([editor], { headline: 'Fresh', state: 'PUBLISHED', publishedAt: new Date() });
    await article([editor], { headline: 'Old news', state: 'PUBLISHED', publishedAt: new Date('2020-01-01T00:00:00Z') });

    const journalist = await as(olha).article.dashboard();
    expect(journalist.map((panel) => [panel.key, panel.count, panel.rows.length])).toEqual([
      ['drafts', 12, 10],
      ['changes', 1, 1],
      ['scheduled', 1, 1],
      ['published', 1, 1],
    ]);
    const drafts = journalist[0]!;
    expect(drafts.href).toBe(`/desk/articles?state=DRAFT&author=${olha.id}`);

    const desk = await as(editor).article.dashboard();
    // The review queue comes first for those who review.
    expect(desk.map((panel) => [panel.key, panel.count])).toEqual([
      ['queue', 1],
      ['drafts', 1],
      ['changes', 0],
      ['scheduled', 1],
      ['published', 1],
    ]);
    expect(journalist[1]?.href).toBe(`/desk/articles?state=CHANGES_REQUESTED&author=${olha.id}&sort=oldest`);
    expect(desk[0]?.href).toBe('/desk/articles?state=IN_REVIEW&sort=oldest');
    expect(desk[4]?.href).toMatch(/^\/desk\/articles\?state=PUBLISHED&date=published&from=\d{4}-\d\d-\d\d&sort=published$/);
  });

  it("says since when each queued piece waits, and marks those the reviewer may not approve (four-eyes)", async () => {
    const olha = actorFor(await createStaff(t.db));
    const dana = actorFor(await createStaff(t.db, { role: 'EDITOR' }));
    const theirs = await as(olha).article.create({ headline: '', sectionId: null });
    const section = await createSection(t.db);
    const content = (userId: string, headline: string) => ({
      headline, slug: '', standfirst: '', sectionId: section.id, tagIds: [], sources: [], leadImage: null,
      body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Details.' }] }] },
      bylines: [{ userId }],
    });
    await as(olha).article.save({ id: theirs.id, expectedVersion: 1, content: content(olha.id, 'Olha wrote it') });
    await as(olha).article.submit({ id: theirs.id, expectedVersion: 2 });
    const own = await as(dana).article.create({ headline: '', sectionId: null });
    await as(dana).article.save({ id: own.id, expectedVersion: 1, content: content(dana.id, 'Dana wrote it') });
    await as(dana).article.submit({ id: own.id, expectedVersion: 2 });
    const submits = await t.db.articleEvent.findMany({ where: { action: 'submit' }, select: { articleId: true, createdAt: true } });

    const [queue] = await as(dana).article.dashboard();
    expect(queue?.key).toBe('queue');
    const notes = Object.fromEntries((queue?.reviewNotes ?? []).map((note) => [note.id, note]));
    expect(notes[theirs.id]).toEqual({ id: theirs.id, waitingSince: submits.find((e) => e.articleId === theirs.id)?.createdAt, cannotApprove: null });
    expect(notes[own.id]?.cannotApprove).toMatch(/^Four-eyes rule: you have a byline/);
    expect(notes[own.id]?.waitingSince).toEqual(submits.find((e) => e.articleId === own.id)?.createdAt);
  });
});
