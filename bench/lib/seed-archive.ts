import type { Db } from '../../server/db/client';

/** Common newsroom words; every body also gets rarer "termNNNNN" words, so searches hit many or few rows. */
const WORDS = `government minister parliament election vote budget economy market energy gas oil price inflation bank
  rate war army navy submarine frigate drone missile border ceasefire talks summit president prime sanctions
  export import trade factory workers strike union court judge law police city council mayor school hospital
  health doctor virus vaccine climate flood storm heat drought harvest farmers grain port ship convoy railway
  bridge road airport flight tourism culture film music festival book theatre museum football match team coach
  season league cup final record science space rocket satellite research university students teachers report
  analysis opinion interview investigation leak document source official spokesman statement protest crowd`.split(/\s+/);

/**
 * Adds `count` archive articles ('bench-N') by the database's staff, in its sections, each with one of its
 * tags: headline 8 words, standfirst 20, body 120 (a quarter of them rare "termNNNNN" words), random dates
 * over two years, states weighted towards PUBLISHED as in a real archive, scheduled ones due within a month.
 * Set-based (a few INSERT … SELECT), then VACUUM ANALYZE.
 */
export async function seedArchive(db: Db, count: number): Promise<void> {
  await db.$executeRawUnsafe(
    `
    WITH words AS (SELECT $1::text[] AS w),
    staff AS (SELECT array_agg(id ORDER BY slug) AS ids FROM "User"),
    sections AS (SELECT array_agg(id ORDER BY position) AS ids FROM "Section")
    INSERT INTO "Article" (id, slug, headline, standfirst, "bodyText", body, state, "sectionId", "createdById",
      "updatedAt", "createdAt", "publishedAt", "publishAt")
    SELECT gen_random_uuid(), 'bench-' || n,
      initcap(array_to_string(ARRAY(SELECT w[1 + floor(random() * cardinality(w))::int] FROM generate_series(1, 8) WHERE n > 0), ' ')),
      array_to_string(ARRAY(SELECT w[1 + floor(random() * cardinality(w))::int] FROM generate_series(1, 20) WHERE n > 0), ' '),
      array_to_string(ARRAY(SELECT CASE WHEN random() < 0.25 THEN 'term' || floor(random() * 20000)::int
        ELSE w[1 + floor(random() * cardinality(w))::int] END FROM generate_series(1, 120) WHERE n > 0), ' '),
      '{}'::jsonb,
      (ARRAY['PUBLISHED','PUBLISHED','PUBLISHED','PUBLISHED','PUBLISHED','PUBLISHED','DRAFT','IN_REVIEW','SCHEDULED','ARCHIVED'])[1 + n % 10]::"ArticleState",
      sections.ids[1 + n % cardinality(sections.ids)], staff.ids[1 + n % cardinality(staff.ids)],
      now() - random() * interval '730 days', now() - interval '731 days',
      CASE WHEN n % 10 < 6 THEN now() - random() * interval '730 days' END,
      CASE WHEN n % 10 = 8 THEN now() + random() * interval '30 days' END
    FROM generate_series(1, ${count}) AS n, words, staff, sections`,
    WORDS,
  );
  await db.$executeRawUnsafe(`
    INSERT INTO "Byline" (id, "articleId", position, "userId")
    SELECT gen_random_uuid(), id, 0, "createdById" FROM "Article" WHERE slug LIKE 'bench-%'`);
  await db.$executeRawUnsafe(`
    INSERT INTO "ArticleTag" ("articleId", "tagId")
    SELECT a.id, t.ids[1 + (abs(hashtext(a.id::text)) % cardinality(t.ids))] FROM "Article" a, (SELECT array_agg(id ORDER BY slug) AS ids FROM "Tag") t
    WHERE a.slug LIKE 'bench-%'`);
  await db.$executeRawUnsafe('VACUUM ANALYZE');
}
