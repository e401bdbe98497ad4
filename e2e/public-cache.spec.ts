import type { APIRequestContext } from '@playwright/test';
import type { Db } from '../server/db/client';
import { approvedArticle as approvedArticleIn } from '../test/instances/approved-article';
import { expect, test } from './support/fixtures';

/** "Readers see the change within a second": every check after a desk action polls for at most this long. */
const WITHIN_A_SECOND = { timeout: 1_000, intervals: [100] };
const SAM = 'sam@example.com';

/**
 * An approved, complete article by Sam in World with a tag of its own, made directly in the database.
 * (Sam, not Olha: publishing notifies the byline, and another journey counts Olha's notifications.)
 */
async function approvedArticle(db: Db, headline: string) {
  const stamp = Date.now();
  const tag = await db.tag.create({ data: { name: `Cache check ${stamp}`, slug: `cache-check-${stamp}` } });
  const sam = await db.user.findUniqueOrThrow({ where: { email: SAM } });
  const article = await approvedArticleIn(db, { headline, slug: `cached-${stamp}`, authorEmail: SAM, extra: { tags: { create: [{ tagId: tag.id }] } } });
  return { article, listings: ['/', '/sections/world', `/tags/${tag.slug}`, `/authors/${sam.slug}`, '/rss.xml', '/sections/world/rss.xml', '/sitemap.xml', '/news-sitemap.xml'] };
}

const bodyOf = async (request: APIRequestContext, path: string) => (await request.get(path)).text();

test('published pages come from the cache, and publishing, correcting and unpublishing in the desk show at once', async ({ pageAs, request, db }) => {
  const headline = `Cache journey ${Date.now()}`;
  const { article, listings } = await approvedArticle(db, headline);
  const articlePath = `/articles/${article.slug}`;

  // Readers have been here before: every page is cached without the article.
  expect((await request.get(articlePath)).status()).toBe(404);
  for (const path of listings) expect(await bodyOf(request, path), path).not.toContain(article.slug);

  const dana = await pageAs('editor@example.com');
  await dana.goto(`/desk/articles/${article.id}`);
  await dana.getByRole('button', { name: 'Publish now' }).click();
  await expect(dana.getByTestId('article-state')).toHaveText('Published');

  await expect.poll(async () => (await request.get(articlePath)).status(), WITHIN_A_SECOND).toBe(200);
  for (const path of listings) await expect.poll(() => bodyOf(request, path), { ...WITHIN_A_SECOND, message: path }).toContain(article.slug);

  // Served from the cache: a change made behind the application's back (no revalidation) is not seen.
  // (First the publish's second expiry, through the outbox about a second later, must have been delivered,
  // and the pages read once more: copies cached before it may predate it.)
  await expect.poll(() => db.revalidationOutbox.count(), { timeout: 15_000 }).toBe(0);
  expect(await bodyOf(request, articlePath)).toContain(headline);
  expect(await bodyOf(request, '/')).toContain(headline);
  await db.article.update({ where: { id: article.id }, data: { headline: 'Changed behind the cache' } });
  expect(await bodyOf(request, articlePath)).toContain(headline);
  expect(await bodyOf(request, '/')).not.toContain('Changed behind the cache');

  // A correction through the desk is, once reviewed: Dana writes it as an update, another editor publishes it.
  const corrected = `${headline} (corrected)`;
  await dana.goto(`/desk/articles/${article.id}`);
  await dana.getByLabel('Headline').fill(corrected);
  await expect(dana.getByTestId('save-status')).toContainText('Saved');
  await dana.reload();
  await dana.getByTestId('pending-update').getByRole('button', { name: 'Submit update for review' }).click();
  await expect(dana.getByTestId('pending-update')).toContainText('Update in review');
  expect(await bodyOf(request, articlePath)).not.toContain(corrected);
  const alex = await pageAs('admin@example.com');
  await alex.goto(`/desk/articles/${article.id}`);
  await alex.getByTestId('pending-update').getByRole('button', { name: 'Approve and publish update' }).click();
  const publishDialog = alex.getByRole('dialog', { name: 'Approve and publish update' });
  await publishDialog.getByLabel('Public note').selectOption({ label: 'No note' });
  await publishDialog.getByRole('button', { name: 'Publish update' }).click();
  await expect(alex.getByTestId('pending-update')).toHaveCount(0);
  for (const path of [articlePath, '/', '/sections/world', '/rss.xml']) {
    await expect.poll(() => bodyOf(request, path), { ...WITHIN_A_SECOND, message: path }).toContain(corrected);
  }

  // Unpublished: 410 Gone at its address, and out of every listing, feed and sitemap.
  await dana.reload();
  await dana.getByRole('button', { name: 'Unpublish' }).click();
  await dana.getByLabel('Reason').fill('Legal review');
  await dana.getByRole('dialog').getByRole('button', { name: 'Unpublish' }).click();
  await expect(dana.getByTestId('article-state')).toHaveText('Unpublished');
  await expect.poll(async () => (await request.get(articlePath)).status(), WITHIN_A_SECOND).toBe(410);
  for (const path of listings) await expect.poll(() => bodyOf(request, path), { ...WITHIN_A_SECOND, message: path }).not.toContain(article.slug);
});

test('a withdrawn article answers 410 in the browser too; a never-published one 404', async ({ page, db }) => {
  const { article } = await approvedArticle(db, `Never published ${Date.now()}`);
  expect((await page.goto(`/articles/${article.slug}`))?.status()).toBe(404);

  await db.article.update({ where: { id: article.id }, data: { state: 'UNPUBLISHED', publishedAt: new Date() } });
  await db.article.update({ where: { id: article.id }, data: { slug: `${article.slug}-withdrawn` } });
  const response = await page.goto(`/articles/${article.slug}-withdrawn`);
  expect(response?.status()).toBe(410);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This article has been withdrawn');
});
