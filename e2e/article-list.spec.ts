import type { Db } from '../server/db/client';
import { expect, test } from './support/fixtures';

/** A made-up word unique to this run, so the search finds exactly this test's articles. */
const word = `zq${Date.now().toString(36).replace(/\d/g, (digit) => 'abcdefghij'[Number(digit)] ?? '')}`;

/**
 * 30 approved articles by Olha in World mentioning `word` (one with markup in its headline), and Sam's draft.
 * Approved, not live: the suite shares one database, and 30 live pieces would push the fixture article off
 * the public pages other specs check; approved ones appear on no public page and in no dashboard panel.
 */
async function seedArticles(db: Db) {
  const [olha, sam, world] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { email: 'olha@example.com' } }),
    db.user.findUniqueOrThrow({ where: { email: 'sam@example.com' } }),
    db.section.findUniqueOrThrow({ where: { name: 'World' } }),
  ]);
  const article = (n: number, fields: { headline: string; bodyText: string; state: 'APPROVED' | 'DRAFT'; authorId: string }) => ({
    slug: `${word}-${n}`,
    headline: fields.headline,
    standfirst: 'Ships wait for the ice to clear.',
    body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: fields.bodyText }] }] },
    bodyText: fields.bodyText,
    state: fields.state,
    sectionId: world.id,
    createdById: fields.authorId,
    updatedAt: new Date(Date.now() - n * 60_000),
    bylines: { create: [{ position: 0, userId: fields.authorId }] },
  });
  for (let n = 1; n <= 30; n++) {
    await db.article.create({
      data: article(n, {
        headline: n === 1 ? `Convoy ${word} held at the strait` : n === 2 ? `<b>${word}</b> & the <script>markets</script>` : `Harbour report ${n}`,
        bodyText: `Port news ${n}: the ${word} season opens.`,
        state: 'APPROVED',
        authorId: olha.id,
      }),
    });
  }
  await db.article.create({ data: article(31, { headline: `Sam's private ${word} draft`, bodyText: word, state: 'DRAFT', authorId: sam.id }) });
}

test('search, filter and page through the article list; the URL keeps it all', async ({ page, signInAs, db, expectAccessible }) => {
  await seedArticles(db);
  await signInAs('olha@example.com');
  await page.goto('/desk');
  await page.getByRole('navigation', { name: 'Desk' }).getByRole('link', { name: 'Articles' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Articles' })).toBeVisible();

  await page.getByLabel('Section').selectOption({ label: 'World' });
  await page.getByLabel('Sort by').selectOption('Best match (with a search)');
  await page.getByRole('searchbox', { name: 'Search headline, standfirst and body' }).fill(word);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`q=${word}&section=[0-9a-f-]+&sort=relevance$`));

  const results = page.getByRole('table', { name: 'Articles' });
  const headlines = results.locator('tbody tr td:first-child a');
  await expect(headlines).toHaveCount(25);
  await expect(page.getByText('30 results', { exact: true })).toBeVisible();
  // The two headline matches rank first, the matching word marked; markup in a headline is shown as text.
  const markupHeadline = `<b>${word}</b> & the <script>markets</script>`;
  expect((await headlines.allTextContents()).slice(0, 2).toSorted()).toEqual([markupHeadline, `Convoy ${word} held at the strait`].toSorted());
  await expect(results.getByRole('link', { name: `Convoy ${word} held at the strait` }).locator('mark')).toHaveText(word);
  await expect(results.getByRole('link', { name: markupHeadline })).toBeVisible();
  expect(await results.locator('tbody b, tbody script').count()).toBe(0);
  await expect(results).not.toContainText(`Sam's private`);
  await expectAccessible(page);
  await page.screenshot({ path: 'e2e/.screens/desk-article-list.png', fullPage: true });

  const firstPage = await headlines.allTextContents();
  await page.getByRole('link', { name: 'Next page →' }).click();
  await expect(page).toHaveURL(/cursor=/);
  await expect(headlines).toHaveCount(5);
  const secondPage = await headlines.allTextContents();
  expect(new Set([...firstPage, ...secondPage]).size).toBe(30);
  await expect(page.getByRole('link', { name: 'Next page →' })).toHaveCount(0);

  // Back to the first page, filters still in place.
  await page.goBack();
  await expect(headlines).toHaveCount(25);
  await expect(page.getByRole('searchbox', { name: 'Search headline, standfirst and body' })).toHaveValue(word);
  await expect(page.getByLabel('Section')).toHaveValue(/[0-9a-f-]{36}/);

  // A state filter that matches nothing, then clearing everything.
  await page.getByLabel('State').selectOption('Draft');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page.getByText('No articles match these filters.')).toBeVisible();
  await page.getByRole('link', { name: 'Clear all' }).click();
  await expect(page).toHaveURL(/\/desk\/articles$/);
});

test('a search matching more than a thousand articles says so, ranks the newest and pages on', async ({ page, signInAs, db, expectAccessible }) => {
  // Approved a year ago: on no public page, in no dashboard panel, far down the desk's recent lists.
  const common = `${word}common`;
  await db.$executeRaw`
    INSERT INTO "Article" (id, slug, headline, standfirst, "bodyText", body, state, "updatedAt")
    SELECT gen_random_uuid(), ${common} || '-' || n, 'Archive piece ' || n, 'From the archive.', 'It mentions ' || ${common} || ' once.',
      '{}'::jsonb, 'APPROVED'::"ArticleState", now() - interval '1 year' - n * interval '1 minute'
    FROM generate_series(1, 1001) AS n`;
  await db.$executeRaw`
    INSERT INTO "Article" (id, slug, headline, standfirst, "bodyText", body, state, "updatedAt")
    VALUES (gen_random_uuid(), ${common} || '-lead', ${`Lead story on ${common}`}, '', '', '{}'::jsonb, 'APPROVED'::"ArticleState", now() - interval '1 year' + interval '1 hour')`;
  await signInAs('editor@example.com');
  await page.goto(`/desk/articles?q=${common}&sort=relevance`);
  await expect(page.getByText('1,000+ results; best match ranks the newest 1,000', { exact: true })).toBeVisible();
  const headlines = page.getByRole('table', { name: 'Articles' }).locator('tbody tr td:first-child a');
  // The headline match ranks above the body matches.
  await expect(headlines.first()).toHaveText(`Lead story on ${common}`);
  await expect(headlines).toHaveCount(25);
  await expectAccessible(page);
  await page.screenshot({ path: 'e2e/.screens/desk-article-list-crowded.png', fullPage: true });

  const firstPage = await headlines.allTextContents();
  await page.getByRole('link', { name: 'Next page →' }).click();
  await expect(page).toHaveURL(/cursor=/);
  await expect(headlines).toHaveCount(25);
  await expect(page.getByText('1,000+ results; best match ranks the newest 1,000', { exact: true })).toBeVisible();
  const secondPage = await headlines.allTextContents();
  expect(new Set([...firstPage, ...secondPage]).size).toBe(50);
});

test('the dashboard counts each list and links to it', async ({ page, signInAs, db, expectAccessible }) => {
  const [dana, politics] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { email: 'editor@example.com' } }),
    db.section.findUniqueOrThrow({ where: { name: 'Politics' } }),
  ]);
  await db.article.create({
    data: {
      slug: `dashboard-${Date.now()}`,
      headline: 'Parliament passes the budget',
      body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'It passed.' }] }] },
      bodyText: 'It passed.',
      state: 'PUBLISHED',
      publishedAt: new Date(),
      sectionId: politics.id,
      bylines: { create: [{ position: 0, userId: dana.id }] },
    },
  });
  await signInAs('editor@example.com');
  await page.goto('/desk');
  for (const title of ['My drafts', 'Sent back to me', 'Review queue', 'Scheduled', 'Recently published']) {
    await expect(page.getByRole('heading', { level: 2, name: new RegExp(`^${title} \\(\\d+\\)$`) })).toBeVisible();
  }
  await expectAccessible(page);
  await page.screenshot({ path: 'e2e/.screens/desk-dashboard.png', fullPage: true });
  const published = page.getByRole('region', { name: /Recently published/ });
  const count = Number((await published.getByRole('heading').textContent())?.match(/\((\d+)\)/)?.[1]);
  await published.getByRole('link', { name: /recently published\)$/ }).click();
  await expect(page).toHaveURL(/state=PUBLISHED&date=published&from=\d{4}-\d\d-\d\d&sort=published/);
  await expect(page.getByLabel('Date range applies to')).toHaveValue('published');
  expect(count).toBeGreaterThan(0);
  await expect(page.getByRole('table', { name: 'Articles' }).locator('tbody tr')).toHaveCount(Math.min(count, 25));
  await expect(page.getByRole('link', { name: 'Parliament passes the budget' })).toBeVisible();
});
