import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

async function newDraft(page: Page, headline: string) {
  await page.goto('/desk');
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByLabel('Headline').fill(headline);
  await expect(page.getByTestId('save-status')).toContainText('Saved');
}

const body = (page: Page) => page.getByRole('textbox', { name: 'Article body' });

/**
 * A proxy that refuses WebSockets: co-editing cannot connect, the screen says so and saves the older way
 * (autosave, conflict choice). The tests below that are about that path start with it.
 */
async function blockCoEditing(page: Page) {
  await page.context().routeWebSocket(/\/api\/collab/, (socket) => void socket.close());
}

async function newFallbackDraft(page: Page, headline: string) {
  await blockCoEditing(page);
  await page.goto('/desk');
  await page.getByRole('button', { name: 'New article' }).click();
  await expect(page.getByTestId('collab-unavailable')).toContainText('Live co-editing is not available', { timeout: 20_000 });
  await page.getByLabel('Headline').fill(headline);
  await expect(page.getByTestId('save-status')).toContainText('Saved');
}

test('a reload in the middle of typing loses nothing', async ({ pageAs, db }) => {
  const olha = await pageAs('olha@example.com');
  const headline = `Reload test ${Date.now()}`;
  await newDraft(olha, headline);
  await body(olha).click();
  await olha.keyboard.type('Typed just before the reload.');
  await olha.reload(); // sooner than the autosave delay
  await expect(body(olha)).toContainText('Typed just before the reload.');
  await expect(olha.getByTestId('save-status')).toContainText(/Saved|Live/);
  await expect.poll(async () => (await db.article.findFirstOrThrow({ where: { headline } })).bodyText, { timeout: 15_000 }).toBe('Typed just before the reload.');
});

test('without co-editing and with the server unreachable, edits wait in the browser (even across a reload) and save when it is back', async ({ pageAs, db }) => {
  const olha = await pageAs('olha@example.com');
  const headline = `Outage test ${Date.now()}`;
  await newFallbackDraft(olha, headline);
  await olha.context().route('**/api/trpc/article.save**', (route) => route.abort('connectionrefused'));
  await body(olha).click();
  await olha.keyboard.type('Written while the server was down.');
  await expect(olha.getByTestId('save-status')).toHaveText('Offline — retrying');
  await olha.reload();
  await expect(body(olha)).toContainText('Written while the server was down.');
  expect((await db.article.findFirstOrThrow({ where: { headline } })).bodyText).toBe('');
  await olha.context().unroute('**/api/trpc/article.save**');
  await expect(olha.getByTestId('save-status')).toContainText('Saved', { timeout: 15_000 });
  expect((await db.article.findFirstOrThrow({ where: { headline } })).bodyText).toBe('Written while the server was down.');
});

test('without co-editing, a busy server (503 + Retry-After) is waited out: the edit stays in the browser and saves when it is let in', async ({ pageAs, db }) => {
  const olha = await pageAs('olha@example.com');
  const headline = `Busy test ${Date.now()}`;
  await newFallbackDraft(olha, headline);
  // The first save after this is turned away as the admission gate would (tRPC's batch answer, superjson).
  const saveRequests: number[] = [];
  await olha.context().route('**/api/trpc/article.save**', async (route) => {
    saveRequests.push(Date.now());
    if (saveRequests.length > 1) return route.continue();
    const error = { message: 'The newsroom is busy: try again in 2 seconds.', code: -32603, data: { code: 'SERVICE_UNAVAILABLE', httpStatus: 503, details: { retryAfterSeconds: 2 } } };
    await route.fulfill({ status: 503, headers: { 'Content-Type': 'application/json', 'Retry-After': '2' }, body: JSON.stringify([{ error: { json: error } }]) });
  });
  await body(olha).click();
  await olha.keyboard.type('Written while the newsroom was busy.');
  await expect(olha.getByTestId('save-status')).toContainText('Newsroom busy');
  await expect(olha.getByTestId('save-status')).toContainText('Saved', { timeout: 15_000 });
  expect((await db.article.findFirstOrThrow({ where: { headline } })).bodyText).toBe('Written while the newsroom was busy.');
  // It came back no sooner than the server asked (typing meanwhile does not send sooner either).
  expect(saveRequests.length).toBeGreaterThanOrEqual(2);
  expect(saveRequests[1]! - saveRequests[0]!).toBeGreaterThanOrEqual(2_000);
  await olha.context().unroute('**/api/trpc/article.save**');
});

test('what is typed while the lead image uploads is kept when the upload ends', async ({ pageAs, db }) => {
  const olha = await pageAs('olha@example.com');
  const headline = `Upload race ${Date.now()}`;
  await newDraft(olha, headline);
  // The upload is held until the standfirst has been typed.
  let releaseUpload = () => {};
  const typed = new Promise<void>((resolve) => (releaseUpload = resolve));
  await olha.route('**/api/media', async (route) => {
    await typed;
    await route.continue();
  });
  await olha.getByLabel('Upload a lead image').setInputFiles('prisma/seed-assets/naval-exercise.jpg');
  await expect(olha.getByText('Uploading…')).toBeVisible();
  await olha.getByLabel('Standfirst').fill('Typed while the photo was uploading.');
  releaseUpload();
  await expect(olha.getByText('Uploading…')).toBeHidden();
  await expect(olha.getByLabel('Standfirst')).toHaveValue('Typed while the photo was uploading.');
  await expect
    .poll(() => db.article.findFirstOrThrow({ where: { headline }, select: { standfirst: true, leadImageId: true } }), { timeout: 15_000 })
    .toEqual({ standfirst: 'Typed while the photo was uploading.', leadImageId: expect.any(String) });
});

test('without co-editing, a conflicting save is never silently overwritten: the user sees who changed it and chooses', async ({ pageAs, db }) => {
  const olha = await pageAs('olha@example.com');
  const headline = `Conflict test ${Date.now()}`;
  await newFallbackDraft(olha, headline);
  const dana = await pageAs('editor@example.com');
  await blockCoEditing(dana);
  await dana.goto(olha.url());
  await expect(dana.getByTestId('collab-unavailable')).toBeVisible({ timeout: 20_000 });
  await expect(dana.getByLabel('Headline')).toHaveValue(headline);

  await body(olha).click();
  await olha.keyboard.type('Olha’s paragraph.');
  await expect(olha.getByTestId('save-status')).toContainText('Saved');

  await body(dana).click();
  await dana.keyboard.type('Dana’s paragraph.');
  const conflict = dana.getByRole('alert').filter({ hasText: 'changed by Olha Hlushchenko' });
  await expect(conflict).toBeVisible();
  await expect(dana.getByTestId('save-status')).toHaveText('Not saved: changed elsewhere');
  expect((await db.article.findFirstOrThrow({ where: { headline } })).bodyText).toBe('Olha’s paragraph.');

  await dana.getByRole('button', { name: 'Keep mine' }).click();
  await expect(dana.getByTestId('save-status')).toContainText('Saved');
  const article = await db.article.findFirstOrThrow({ where: { headline }, include: { revisions: { include: { author: true } } } });
  expect(article.bodyText).toBe('Dana’s paragraph.');
  // Olha's words are still in the history.
  expect(article.revisions.map((r) => r.author?.name).sort()).toEqual(['Dana Petrenko', 'Olha Hlushchenko']);
});

test('presence: each sees who else has the article open, and the other’s named caret in the text; nobody is warned off', async ({ pageAs }) => {
  const olha = await pageAs('olha@example.com');
  const headline = `Presence test ${Date.now()}`;
  await newDraft(olha, headline);
  const dana = await pageAs('editor@example.com');
  await dana.goto(olha.url());
  await expect(dana.getByTestId('presence')).toContainText('Also here: Olha Hlushchenko');
  await body(olha).click();
  await olha.keyboard.type('Olha is typing now.');
  await expect(body(dana)).toHaveText('Olha is typing now.');
  await expect(dana.locator('.collaboration-carets__caret[data-name="Olha Hlushchenko"]')).toBeVisible();
  await olha.reload();
  await expect(olha.getByTestId('presence')).toContainText('Also here: Dana Petrenko');
  await expect(olha.getByText('is typing in this article')).toHaveCount(0);
  await expect(olha.getByRole('button', { name: 'Take over' })).toHaveCount(0);
});
