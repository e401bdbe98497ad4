import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { fixtureArticle } from '../server/seed/fixture-article';
import { readyArticle } from './support/articles';
import { expect, test } from './support/fixtures';

/** What an agency's photo carries in XMP: description, rights, subject keywords and the credit line. */
const AGENCY_XMP = `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/">
<dc:description><rdf:Alt><rdf:li xml:lang="x-default">Patrol boats in the harbour</rdf:li></rdf:Alt></dc:description>
<dc:rights><rdf:Alt><rdf:li xml:lang="x-default">© Agency 2026</rdf:li></rdf:Alt></dc:rights>
<dc:subject><rdf:Bag><rdf:li>harbour</rdf:li><rdf:li>navy</rdf:li></rdf:Bag></dc:subject>
<photoshop:Credit>Agency / Jane Doe</photoshop:Credit></rdf:Description></rdf:RDF></x:xmpmeta>`;

/** A 2400×1600 agency photo with its metadata and a camera's GPS position, written to a temporary file. */
async function agencyPhoto(name: string) {
  const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'masthead-photo-')), name);
  const bytes = await sharp(path.resolve('prisma/seed-assets/naval-exercise.jpg'))
    .withExif({ IFD0: { Make: 'Canon' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '46/1 28/1 0/1' } })
    .withXmp(AGENCY_XMP)
    .jpeg()
    .toBuffer();
  await writeFile(file, bytes);
  return file;
}

test('upload prefills the metadata, the focal point moves the crops, and the library reuses the image', async ({ page, signInAs, db, expectAccessible }) => {
  test.setTimeout(180_000);
  const run = Date.now();
  const first = await readyArticle(db, `Harbour patrol ${run}`, { state: 'DRAFT' });
  const second = await readyArticle(db, `Harbour follow-up ${run}`, { state: 'DRAFT' });
  await signInAs('olha@example.com');

  // Upload: caption and credit come from the photo's XMP.
  await page.goto(`/desk/articles/${first.id}`);
  const leadImage = page.getByRole('group', { name: 'Lead image' });
  await page.getByLabel('Upload a lead image').setInputFiles(await agencyPhoto(`harbour-${run}.jpg`));
  await expect(page.getByRole('textbox', { name: 'Lead image caption' })).toHaveValue('Patrol boats in the harbour');
  await expect(page.getByRole('textbox', { name: 'Lead image credit' })).toHaveValue('Agency / Jane Doe');
  await page.getByRole('textbox', { name: 'Lead image alt text' }).fill('Two grey ships on a calm sea');
  await expect(page.getByTestId('save-status')).toContainText('Saved', { timeout: 15_000 });
  const asset = await db.mediaAsset.findFirstOrThrow({ where: { originalName: `harbour-${run}.jpg` } });
  expect(asset).toMatchObject({ caption: 'Patrol boats in the harbour', copyright: '© Agency 2026', keywords: ['harbour', 'navy'], width: 2400, height: 1600 });

  // Focal point: a click on the subject, then a keyboard nudge; the 1:1 crop follows it.
  await leadImage.getByText('Focal point, crops and rights').click();
  const marker = page.getByTestId('focal-marker');
  const picture = page.getByTestId('focal-picture');
  const box = (await picture.boundingBox())!;
  await picture.click({ position: { x: box.width * 0.2, y: box.height * 0.4 } });
  await expect(marker).toHaveAccessibleName('Focal point: 20% across, 40% down');
  await marker.focus();
  await page.keyboard.press('ArrowRight');
  await expect(marker).toHaveAccessibleName('Focal point: 22% across, 40% down');
  await page.getByRole('radio', { name: /^1:1/ }).click();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(page.getByRole('radio', { name: /1:1 · adjusted/ })).toBeChecked();
  await page.getByLabel(/Usage rights end after/).fill('2031-12-31');
  await page.getByRole('button', { name: 'Save image' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Image saved.' })).toBeVisible();
  const saved = await db.mediaAsset.findUniqueOrThrow({ where: { id: asset.id } });
  expect(saved.focalX).toBeCloseTo(0.22, 2);
  expect(saved.focalY).toBeCloseTo(0.4, 2);
  expect(saved.cropOverrides).toMatchObject({ '1:1': { width: 1440, height: 1440 } });
  expect(saved.rightsEndAt).not.toBeNull();
  await expectAccessible(page);
  await page.screenshot({ path: 'e2e/.screens/image-desk-crops.png', fullPage: true });

  // Library reuse: the second article picks the same image by a keyword, with its caption and credit.
  await page.goto(`/desk/articles/${second.id}`);
  await page.getByRole('button', { name: 'Choose from the library' }).click();
  const dialog = page.getByRole('dialog', { name: 'Media library' });
  await dialog.getByLabel('Search images').fill('harbour');
  await expect(dialog.getByRole('button', { name: /^Use as lead image/ })).toHaveCount(1);
  await expectAccessible(page);
  await page.screenshot({ path: 'e2e/.screens/image-desk-picker.png' });
  await dialog.getByRole('button', { name: 'Use as lead image: Patrol boats in the harbour' }).click();
  await expect(page.getByRole('textbox', { name: 'Lead image caption' })).toHaveValue('Patrol boats in the harbour');
  await expect(page.getByRole('textbox', { name: 'Lead image credit' })).toHaveValue('Agency / Jane Doe');
  await expect(page.getByTestId('save-status')).toContainText('Saved', { timeout: 15_000 });
  expect((await db.article.findUniqueOrThrow({ where: { id: second.id } })).leadImageId).toBe(asset.id);

  // The library page: the image, found by its uploader, used in both articles.
  await page.goto('/desk/media');
  await page.getByLabel('Search images').fill('harbour agency');
  await page.getByRole('button', { name: 'Show details: Patrol boats in the harbour' }).click();
  const usage = page.getByTestId('image-usage');
  // Most recently changed first.
  await expect(usage.getByRole('link')).toHaveText([`Harbour follow-up ${run}`, `Harbour patrol ${run}`]);
  await expectAccessible(page);
  await page.screenshot({ path: 'e2e/.screens/media-library.png', fullPage: true });

  // The same at 390 px: nothing wider than the screen, still axe-clean.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await page.getByLabel('Search images').fill('harbour');
  await page.getByRole('button', { name: 'Show details: Patrol boats in the harbour' }).click();
  await expect(page.getByTestId('image-details')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectAccessible(page);
  await page.screenshot({ path: 'e2e/.screens/media-library-phone.png', fullPage: true });
});

test('the public article serves its lead image as AVIF/WebP/JPEG renditions, its crops to search engines and a 1200×630 card', async ({ page, expectAccessible }) => {
  await page.goto(`/articles/${fixtureArticle.slug}`);
  const picture = page.getByRole('article').locator('picture').first();
  await expect(picture.locator('source')).toHaveCount(2);
  expect(await picture.locator('source').evaluateAll((sources) => sources.map((source) => source.getAttribute('type')))).toEqual(['image/avif', 'image/webp']);
  const img = picture.locator('img');
  // The box is reserved before the image arrives: width and height of the 2400×1600 demo photo.
  await expect(img).toHaveAttribute('width', '2400');
  await expect(img).toHaveAttribute('height', '1600');
  await expect(img).toHaveAttribute('loading', 'eager');
  await expect.poll(() => img.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth > 0), { timeout: 30_000 }).toBe(true);
  const chosen = await img.evaluate((element: HTMLImageElement) => element.currentSrc);
  expect(chosen).toMatch(/\/media\/r\/.+\.avif$/);
  const served = await page.request.get(chosen);
  expect(served.headers()['content-type']).toBe('image/avif');
  expect(served.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  await expectAccessible(page);

  await expect(page.locator('meta[property="og:image:width"]')).toHaveAttribute('content', '1200');
  await expect(page.locator('meta[property="og:image:height"]')).toHaveAttribute('content', '630');
  const card = await page.request.get((await page.locator('meta[property="og:image"]').getAttribute('content'))!);
  expect(await sharp(await card.body()).metadata()).toMatchObject({ format: 'jpeg', width: 1200, height: 630 });
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}') as { image: string[] };
  expect(jsonLd.image).toHaveLength(3);
  const sizes = [];
  for (const url of jsonLd.image) sizes.push(await sharp(await (await page.request.get(url)).body()).metadata().then(({ width, height }) => `${width}×${height}`));
  expect(sizes).toEqual(['1200×675', '1200×900', '1200×1200']);
});

test('two people edit one image: the later save is refused with a clear message, keeps its input, and saving again replaces', async ({ pageAs, db, expectAccessible }) => {
  const olha = await db.user.findUniqueOrThrow({ where: { email: 'olha@example.com' } });
  const caption = `Convoy at dawn ${Date.now()}`;
  // Dimensions unknown: the form shows its fields without the crop editor (no file needed for this journey).
  const asset = await db.mediaAsset.create({
    data: { storageKey: `${crypto.randomUUID()}.jpg`, mimeType: 'image/jpeg', byteSize: 1, originalName: 'convoy.jpg', caption, uploadedById: olha.id },
  });
  const open = async (email: string) => {
    const page = await pageAs(email);
    await page.goto('/desk/media');
    await page.getByLabel('Search images').fill(caption);
    await page.getByRole('button', { name: `Show details: ${caption}` }).click();
    return page;
  };
  const [mine, theirs] = [await open('olha@example.com'), await open('editor@example.com')];

  await theirs.getByRole('textbox', { name: 'Library credit' }).fill('Editor’s credit');
  await theirs.getByRole('button', { name: 'Save image' }).click();
  await expect(theirs.getByRole('status').filter({ hasText: 'Image saved.' })).toBeVisible();

  await mine.getByRole('textbox', { name: 'Library credit' }).fill('Olha’s credit');
  await mine.getByRole('button', { name: 'Save image' }).click();
  await expect(mine.getByTestId('image-details').getByRole('alert')).toHaveText(
    'Someone else saved this image while you were editing it. Your changes are still in the form: save again to replace theirs, or reload the page to see theirs.',
  );
  await expect(mine.getByRole('textbox', { name: 'Library credit' })).toHaveValue('Olha’s credit');
  expect((await db.mediaAsset.findUniqueOrThrow({ where: { id: asset.id } })).credit).toBe('Editor’s credit');
  await expectAccessible(mine);
  await mine.screenshot({ path: 'e2e/.screens/image-desk-conflict.png', fullPage: true });

  await mine.getByRole('button', { name: 'Save image' }).click();
  await expect(mine.getByRole('status').filter({ hasText: 'Image saved.' })).toBeVisible();
  expect(await db.mediaAsset.findUniqueOrThrow({ where: { id: asset.id } })).toMatchObject({ credit: 'Olha’s credit', version: 3 });
  expect(await db.auditEvent.count({ where: { targetType: 'media', targetId: asset.id, action: 'media.updated' } })).toBe(2);
});
