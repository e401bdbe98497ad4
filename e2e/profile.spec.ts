import path from 'node:path';
import { readyArticle } from './support/articles';
import { expect, test } from './support/fixtures';

test('a reporter edits their profile and readers see it on the author page', async ({ page, signInAs, db, expectAccessible }) => {
  // Author pages exist only for people with a live article: give Sam one.
  const sam = await db.user.findUniqueOrThrow({ where: { email: 'sam@example.com' } });
  const live = await readyArticle(db, `Markets steady ${Date.now()}`, { state: 'PUBLISHED' });
  await db.article.update({ where: { id: live.id }, data: { publishedAt: new Date(), bylines: { deleteMany: {}, create: [{ position: 0, userId: sam.id }] } } });
  await signInAs('sam@example.com');
  await page.goto('/desk');
  await page.getByRole('navigation', { name: 'Desk' }).getByRole('link', { name: 'Your profile' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your profile' })).toBeVisible();

  // The shared schema's message, before anything is sent.
  await page.getByLabel('Name').fill('  ');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByText('Enter your name.')).toBeVisible();
  await expect(page.getByLabel('Name')).toHaveAttribute('aria-invalid', 'true');

  const bio = `Covers the economy and energy.\nBefore that: ten years on the markets desk (${Date.now()}).`;
  await page.getByLabel('Name').fill('Sam Rivera');
  await page.getByLabel('Job title').fill('Economics correspondent');
  await page.getByLabel('Bio').fill(bio);
  await page.getByLabel(/Upload a photo/).setInputFiles(path.resolve('prisma/seed-assets/naval-exercise.jpg'));
  await expect(page.getByRole('img', { name: 'Your current photo' })).toBeVisible();
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: 'e2e/.screens/desk-profile.png', fullPage: true });

  await page.getByRole('link', { name: 'See your author page' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sam Rivera');
  await expect(page.getByText('Economics correspondent')).toBeVisible();
  await expect(page.getByText(`ten years on the markets desk`)).toBeVisible();
  const photo = page.getByRole('img', { name: 'Photo of Sam Rivera' });
  await expect(photo).toBeVisible();
  await expect(photo).toHaveAttribute('width', '112');
  await expectAccessible(page);
  await page.screenshot({ path: 'e2e/.screens/author-page.png', fullPage: true });

  const audit = await db.auditEvent.findFirst({ where: { action: 'staff.profile_updated' }, orderBy: { createdAt: 'desc' } });
  expect(audit?.after).toMatchObject({ jobTitle: 'Economics correspondent', bio });
});
