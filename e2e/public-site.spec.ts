import { fixtureArticle } from '../server/seed/fixture-article';
import { expect, test } from './support/fixtures';

const ARTICLE_URL = `/articles/${fixtureArticle.slug}`;

test('the fixture article renders for readers with every part in place', async ({ page, expectAccessible }) => {
  const response = await page.goto(ARTICLE_URL);
  expect(response?.status()).toBe(200);
  const article = page.getByRole('article');
  await expect(article.getByRole('heading', { level: 1 })).toHaveText(fixtureArticle.headline);
  await expect(article.getByTestId('byline')).toContainText('Olha Hlushchenko · Tuesday, 15 October 2024, 04:58');
  await expect(article.getByRole('img', { name: fixtureArticle.leadImage.alt })).toBeVisible();
  await expect(article).toContainText('Stock photo: Getty Images');
  await expect(article.getByTestId('sources')).toHaveText('Source: ISW');
  await expect(article.locator('figure.attributed-quote figcaption')).toHaveText('Quote from ISW');
  await expect(article.locator('strong', { hasText: 'Background:' })).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: 'e2e/.screens/public-article.png', fullPage: true });

  // Search engines and social cards.
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${ARTICLE_URL}$`));
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}') as Record<string, unknown>;
  expect(jsonLd).toMatchObject({ '@type': 'NewsArticle', headline: fixtureArticle.headline, datePublished: '2024-10-15T01:58:00.000Z' });

  // The newsroom's name in the title and the card, the feed advertised, the image's size, the publisher's logo.
  await expect(page).toHaveTitle(`${fixtureArticle.headline} · Masthead Daily`);
  await expect(page.locator('meta[property="og:site_name"]')).toHaveAttribute('content', 'Masthead Daily');
  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', /\/rss\.xml$/);
  await expect(page.locator('meta[property="og:image:width"]')).toHaveAttribute('content', /^\d+$/);
  await expect(page.locator('meta[property="og:image:height"]')).toHaveAttribute('content', /^\d+$/);
  expect(jsonLd).toMatchObject({ publisher: { name: 'Masthead Daily', logo: { '@type': 'ImageObject', url: expect.stringMatching(/\/logo\.png$/) } } });
  expect((await page.request.get('/logo.png')).headers()['content-type']).toBe('image/png');
  // Caption and credit are set apart; the section label leads to the section.
  const caption = article.locator('figure').first().locator('figcaption');
  await expect(caption.locator('.credit')).toHaveText('Stock photo: Getty Images');
  await expect(caption.locator('.credit')).toHaveCSS('display', 'block');
  await expect(article.getByTestId('section-label')).toHaveAttribute('href', '/sections/world');

  // From the article to its author, section and tag pages.
  await article.getByRole('link', { name: 'Olha Hlushchenko' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Olha Hlushchenko');
  await expect(page.getByRole('link', { name: fixtureArticle.headline })).toBeVisible();
  await page.goto(ARTICLE_URL);
  await page.getByRole('list', { name: 'Tags' }).getByRole('link', { name: 'Russia' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Russia');
  await expect(page.getByRole('link', { name: fixtureArticle.headline })).toBeVisible();
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'World' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('World');
  await expect(page.getByRole('link', { name: fixtureArticle.headline })).toBeVisible();
  await expectAccessible(page);
});

test('feeds and sitemaps carry live articles, and an unpublished one is nowhere', async ({ request, db }) => {
  const world = await db.section.findUniqueOrThrow({ where: { name: 'World' } });
  const hidden = await db.article.create({
    data: { slug: `taken-down-${Date.now()}`, headline: 'Taken down for legal review', body: {}, state: 'UNPUBLISHED', sectionId: world.id, publishedAt: new Date() },
  });
  expect((await request.get(`/articles/${hidden.slug}`)).status()).toBe(410); // withdrawn: it was published
  for (const path of ['/rss.xml', '/sections/world/rss.xml', '/sitemap.xml', '/news-sitemap.xml']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const body = await response.text();
    expect(body, path).not.toContain(hidden.slug);
    if (path !== '/news-sitemap.xml') expect(body, path).toContain(fixtureArticle.slug); // the fixture is from 2024
  }
  expect((await request.get("/articles/no-such-article")).status()).toBe(404);
});


test('an expiring preview link shows a draft to someone without an account, and a forged one shows nothing', async ({ pageAs, browser, db }) => {
  const olha = await db.user.findUniqueOrThrow({ where: { email: 'olha@example.com' } });
  const draft = await db.article.create({
    data: {
      slug: `draft-preview-${Date.now()}`,
      headline: 'A draft for the source to check',
      body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'The quote as we have it.' }] }] },
      bodyHtml: '<p>The quote as we have it.</p>',
      bylines: { create: [{ position: 0, userId: olha.id }] },
    },
  });
  const dana = await pageAs('editor@example.com');
  await dana.goto(`/desk/articles/${draft.id}/preview`);
  await dana.getByRole('button', { name: 'Create a 48-hour preview link' }).click();
  const link = await dana.getByRole('textbox', { name: 'New preview link' }).inputValue();
  expect(link).toMatch(/\/preview\/[\w-]+\.[\w-]+$/);

  const outsider = await (await browser.newContext()).newPage();
  await outsider.goto(new URL(link).pathname);
  await expect(outsider.getByRole('heading', { level: 1 })).toHaveText('A draft for the source to check');
  await expect(outsider.getByText('The quote as we have it.')).toBeVisible();
  await expect(outsider.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex, nofollow');
  await outsider.goto(`${new URL(link).pathname}x`);
  await expect(outsider.getByRole('heading', { level: 1 })).toHaveText('This preview link has stopped working');
  await outsider.context().close();
});
