import type { Page } from '@playwright/test';
import { readyArticle } from './support/articles';
import { expect, test } from './support/fixtures';

test.describe.configure({ timeout: 240_000 });

/** A live story published `hoursAgo` (so the front's own fill would not put it in the lead). */
async function liveStory(db: Parameters<typeof readyArticle>[0], headline: string, hoursAgo: number) {
  const story = await readyArticle(db, headline, { state: 'PUBLISHED' });
  return db.article.update({ where: { id: story.id }, data: { publishedAt: new Date(Date.now() - hoursAgo * 3_600_000) } });
}

async function screenshots(page: Page, name: string) {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    // Lazy images load once scrolled near: scrolled through first, so the picture shows them.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForFunction(() => [...document.images].every((image) => image.complete));
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `test-results/fronts-${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test('an editor arranges the home front, previews and saves it; readers see it; an unpublished story leaves it', async ({ page, pageAs, db, expectAccessible }) => {
  const run = Date.now();
  const lead = await liveStory(db, `Front lead story ${run}`, 30);
  const second = await liveStory(db, `Front second story ${run}`, 31);
  const altHeadline = `The day in one headline ${run}`;

  // Another editor has the same front open: their save later meets Dana's.
  const alex = await pageAs('admin@example.com');
  await alex.goto('/desk/fronts/home');
  await expect(alex.getByRole('button', { name: 'Save and publish' })).toBeVisible();

  const dana = await pageAs('editor@example.com');
  await dana.goto('/desk');
  await dana.getByRole('navigation', { name: 'Desk' }).getByRole('link', { name: 'Fronts' }).click();
  await dana.getByRole('link', { name: 'Home' }).click();
  await expect(dana.getByRole('heading', { name: 'Home page front' })).toBeVisible();

  // Keyboard way: find the story, choose its slot, Put.
  await dana.getByLabel('Find by headline').fill(`Front lead story ${run}`);
  await dana.getByLabel(`Slot for “${lead.headline}”`).selectOption({ label: 'Lead' });
  await dana.getByRole('button', { name: `Put “${lead.headline}” in slot` }).click();
  const leadSlot = dana.getByTestId('slot-0');
  await expect(leadSlot).toContainText(lead.headline);
  await leadSlot.getByLabel('Pin to this slot').check();
  await leadSlot.getByLabel('Alternative headline').fill(altHeadline);
  // An alternative image from the media library (the seeded photo): the lead shows it large.
  await leadSlot.getByRole('button', { name: 'Alternative image…' }).click();
  await dana.getByRole('dialog', { name: 'Choose an image' }).getByRole('button').filter({ hasText: 'naval-exercise' }).first().click();
  await expect(leadSlot.getByRole('img', { name: /Alternative image/ })).toBeVisible();

  // Drag and drop: the second story onto the first top-story slot.
  await dana.getByLabel('Find by headline').fill(`Front second story ${run}`);
  await dana.getByRole('listitem').filter({ hasText: second.headline }).first().dragTo(dana.getByTestId('slot-1'));
  await expect(dana.getByTestId('slot-1')).toContainText(second.headline);

  // The preview shows the front as readers will: the lead under its new headline, nothing saved yet.
  const preview = dana.getByTestId('front-preview');
  await expect(preview.getByTestId('front-lead')).toContainText(altHeadline);
  await expect(preview.getByTestId('front-top')).toContainText(second.headline);
  expect(await db.front.count({ where: { key: 'home' } })).toBe(0);
  await expectAccessible(dana);
  await screenshots(dana, 'editor');

  await dana.getByRole('button', { name: 'Save and publish' }).click();
  await expect(dana.getByRole('status').filter({ hasText: 'Saved (version 1)' })).toBeVisible();
  const audit = await db.auditEvent.findFirstOrThrow({ where: { action: 'front.saved', targetId: 'home' }, include: { actor: true } });
  expect(audit.actor?.email).toBe('editor@example.com');

  // Alex saves from the version they opened: refused, with a message saying why.
  await alex.getByRole('button', { name: 'Add a block' }).click();
  await alex.getByRole('button', { name: 'Save and publish' }).click();
  await expect(alex.getByRole('alert').filter({ hasText: 'Someone else saved this front since you opened it' })).toBeVisible();

  // Readers see it at once.
  await page.goto('/');
  const publicLead = page.getByTestId('front-lead');
  await expect(publicLead).toContainText(altHeadline);
  await expect(page.getByTestId('front-top')).toContainText(second.headline);
  await expect(page.getByRole('link', { name: lead.headline })).toHaveCount(0); // shown once, under the new headline
  // The lead's picture is fetched at once, first, its box reserved; the others wait until they near the view.
  const leadImage = publicLead.locator('img');
  await expect(leadImage).toHaveAttribute('fetchpriority', 'high');
  await expect(leadImage).toHaveAttribute('loading', 'eager');
  await expect(leadImage).toHaveAttribute('width', /^\d+$/);
  await expect(leadImage).toHaveAttribute('height', /^\d+$/);
  for (const image of await page.getByTestId('front-top').locator('img').all()) await expect(image).toHaveAttribute('loading', 'lazy');
  await expectAccessible(page);
  await screenshots(page, 'home');

  // Unpublished: it leaves the front by itself, its slot taken by the newest story.
  await dana.goto(`/desk/articles/${lead.id}`);
  await dana.getByRole('button', { name: 'Unpublish' }).click();
  await dana.getByLabel('Reason').fill('Legal review');
  await dana.getByRole('dialog').getByRole('button', { name: 'Unpublish' }).click();
  await expect(dana.getByTestId('article-state')).toHaveText('Unpublished');
  await expect
    .poll(async () => {
      await page.goto('/');
      return page.content();
    }, { timeout: 10_000 })
    .not.toContain(altHeadline);
  await expect(page.getByTestId('front-lead').getByRole('heading')).not.toBeEmpty();
});

test('a journalist has no Fronts link and the editor refuses them', async ({ pageAs }) => {
  const olha = await pageAs('olha@example.com');
  await olha.goto('/desk');
  await expect(olha.getByRole('link', { name: 'Fronts' })).toHaveCount(0);
  await olha.goto('/desk/fronts/home');
  await expect(olha.getByRole('alert').filter({ hasText: 'Only editors and admins can arrange fronts.' })).toBeVisible();
});
