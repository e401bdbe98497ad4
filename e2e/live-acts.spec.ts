import { kyivDateTime, kyivWallTime, readyArticle } from './support/articles';
import { expect, test } from './support/fixtures';

/** An open page polls every 5 s (components/site/live-blog-entries.tsx); a new entry shows within two polls. */
const WITHIN_TWO_POLLS = { timeout: 12_000 };

// Journeys with several people and waits on the clock, on a machine shared by many runs.
test.describe.configure({ timeout: 300_000 });

test('a live blog receives entries that appear on an open public page without a reload', async ({ page, pageAs, db, expectAccessible }) => {
  const headline = `Live: air raid ${Date.now()}`;
  const created = await readyArticle(db, headline, { state: 'PUBLISHED' });
  const article = await db.article.update({ where: { id: created.id }, data: { isLiveBlog: true, publishedAt: new Date() } });

  // A reader opens the blog; the page is never reloaded from here on.
  await page.goto(`/articles/${article.slug}`);
  await expect(page.getByRole('heading', { name: 'Latest updates' })).toBeVisible();
  await expect(page.getByText('No updates yet.')).toBeVisible();
  let navigations = 0;
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) navigations++;
  });

  // An editor posts: it goes up at once.
  const dana = await pageAs('editor@example.com');
  await dana.goto(`/desk/articles/${article.id}`);
  await dana.getByLabel('New entry').fill('Explosions heard in the east of the city.');
  await dana.getByRole('button', { name: 'Post entry' }).click();
  await expect(dana.getByTestId('desk-live-entry').first()).toContainText('Shown');
  await expect(page.getByTestId('live-entries')).toContainText('Explosions heard in the east of the city.', WITHIN_TWO_POLLS);

  // A journalist's entry waits for an editor, and readers see it only once approved.
  const olha = await pageAs('olha@example.com');
  await olha.goto(`/desk/articles/${article.id}`);
  await olha.getByLabel('New entry').fill('Air defence is working over the capital.');
  await olha.getByRole('button', { name: 'Post entry' }).click();
  await expect(olha.getByTestId('desk-live-entry').first()).toContainText('Waiting for an editor');
  await dana.reload();
  await dana.getByTestId('desk-live-entry').filter({ hasText: 'Air defence' }).getByRole('button', { name: 'Approve' }).click();
  await expect(page.getByTestId('live-entries').getByRole('listitem').first()).toContainText('Air defence is working over the capital.', WITHIN_TWO_POLLS);
  await expect(page.getByTestId('live-entries').getByRole('listitem')).toHaveCount(2);

  // A key event is listed again at the top.
  await dana.getByTestId('desk-live-entry').filter({ hasText: 'Explosions' }).getByRole('button', { name: 'Pin as key event' }).click();
  await expect(page.getByRole('navigation', { name: 'Key events' })).toContainText('Explosions heard', WITHIN_TWO_POLLS);
  expect(navigations).toBe(0);
  await page.screenshot({ path: 'test-results/live-blog-public.png', fullPage: true });
  await dana.screenshot({ path: 'test-results/live-blog-desk.png', fullPage: true });
  await expectAccessible(page);
  await expectAccessible(dana);

  // For search engines and feed readers: LiveBlogPosting with its updates, and a feed of entries.
  const html = await (await page.request.get(`/articles/${article.slug}`)).text();
  expect(html).toContain('"@type":"LiveBlogPosting"');
  expect(html).toContain('"liveBlogUpdate"');
  const feed = await page.request.get(`/articles/${article.slug}/live.xml`);
  expect(feed.headers()['xkey']).toContain(`article:${article.slug}`);
  expect(await feed.text()).toContain('Air defence is working over the capital.');
});

test('an embargoed article stays invisible until its time, then publishes on schedule', async ({ page, pageAs, db, expectAccessible }) => {
  const headline = `Embargoed budget ${Date.now()}`;
  const article = await readyArticle(db, headline);
  const dana = await pageAs('editor@example.com');
  await dana.goto(`/desk/articles/${article.id}`);

  // Far enough ahead that the refusals below happen while it holds, even on a slow machine.
  const embargoUntil = new Date(Math.ceil((Date.now() + 100_000) / 1000) * 1000);
  await dana.getByLabel('Embargoed until (Europe/Kyiv time)').fill(kyivWallTime(embargoUntil));
  await dana.getByRole('button', { name: 'Set embargo' }).click();
  await expect(dana.getByTestId('embargo-label').first()).toContainText('Embargoed until');
  await expectAccessible(dana);
  await dana.screenshot({ path: 'test-results/embargo-desk.png', fullPage: true });

  // It cannot go out before the embargo: not now, not scheduled earlier, not through a preview link.
  await dana.getByRole('button', { name: 'Publish now' }).first().click();
  await expect(dana.getByRole('alert').first()).toContainText('Wait for the embargo to end');
  await dana.getByRole('button', { name: 'Schedule' }).click();
  await dana.getByLabel('Publish at (Europe/Kyiv time)').fill(kyivDateTime(5));
  await dana.getByRole('dialog').getByRole('button', { name: 'Schedule' }).click();
  await expect(dana.getByRole('dialog')).toContainText('Choose a publish time at or after the embargo');
  await dana.getByLabel('Publish at (Europe/Kyiv time)').fill(kyivWallTime(embargoUntil));
  await dana.getByRole('dialog').getByRole('button', { name: 'Schedule' }).click();
  await expect(dana.getByTestId('article-state')).toHaveText('Scheduled');

  // The lists and the calendar say so too.
  await dana.goto('/desk');
  await expect(dana.getByRole('table', { name: 'Scheduled' }).getByRole('row').filter({ hasText: headline })).toContainText('Embargoed until');

  // Readers: nothing until the embargo, then the article, published by the scheduler at or after it.
  const slug = article.slug;
  expect((await page.request.get(`/articles/${slug}`)).status()).toBe(404);
  expect(await (await page.request.get('/sitemap.xml')).text()).not.toContain(slug);
  await expect.poll(async () => (await page.request.get(`/articles/${slug}`)).status(), { timeout: 180_000, intervals: [1_000] }).toBe(200);
  const row = await db.article.findUniqueOrThrow({ where: { id: article.id }, include: { events: { orderBy: { createdAt: 'asc' } } } });
  expect(row.publishedAt!.getTime()).toBeGreaterThanOrEqual(embargoUntil.getTime());
  expect(row.events.map((event) => event.action)).toEqual(['embargoSet', 'schedule', 'publishScheduled']);
  expect(await (await page.request.get('/sitemap.xml')).text()).toContain(slug);
});

test('a takedown on a legal order answers 451, a safety takedown 410, each with its notice', async ({ page, pageAs, db }) => {
  const dana = await pageAs('editor@example.com');
  for (const [ground, label, status] of [['LEGAL', 'Legal order (answers 451)', 451], ['SAFETY', 'Safety (answers 410)', 410]] as const) {
    const created = await readyArticle(db, `Taken down (${ground}) ${Date.now()}`, { state: 'PUBLISHED' });
    const article = await db.article.update({ where: { id: created.id }, data: { publishedAt: new Date() } });
    const address = `/articles/${article.slug}`;
    expect((await page.request.get(address)).status()).toBe(200); // cached as live

    await dana.goto(`/desk/articles/${article.id}`);
    await dana.getByRole('button', { name: 'Take down' }).click();
    await dana.getByLabel('Ground').selectOption({ label });
    await dana.getByLabel('Reason (for the desk)').fill('Court order 12/26 of the district court');
    await dana.getByLabel('Public notice (optional)').fill(`This article was removed (${ground}).`);
    await dana.getByRole('dialog').getByRole('button', { name: 'Take down' }).click();
    await expect(dana.getByTestId('article-state')).toHaveText('Taken down');
    // Locked: the form is read-only for everyone until an admin undoes it.
    await expect(dana.getByLabel('Headline')).not.toBeEditable();

    await expect.poll(async () => (await page.request.get(address)).status(), { timeout: 2_000, intervals: [100] }).toBe(status);
    const answer = await page.request.get(address);
    expect(await answer.text()).toContain(`This article was removed (${ground}).`);
    expect(await answer.text()).not.toMatch(/gone-[A-Za-z0-9+/=]{24}/); // the server's marker is blanked
  }
});
