import { expect, test } from './support/fixtures';

test('preview links are listed on the article, and revoked one by one and all at once', async ({ pageAs, browser, db, expectAccessible }) => {
  const olha = await db.user.findUniqueOrThrow({ where: { email: 'olha@example.com' } });
  const draft = await db.article.create({
    data: {
      slug: `preview-links-${Date.now()}`,
      headline: 'A quote for the source to check',
      body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'The quote as we have it.' }] }] },
      bodyHtml: '<p>The quote as we have it.</p>',
      createdById: olha.id,
      bylines: { create: [{ position: 0, userId: olha.id }] },
    },
  });
  const makeLink = async (email: string) => {
    const page = await pageAs(email);
    await page.goto(`/desk/articles/${draft.id}`);
    const panel = page.getByRole('region', { name: /Preview links/ });
    await panel.getByRole('button', { name: 'Create a 48-hour preview link' }).click();
    const link = await panel.getByRole('textbox', { name: 'New preview link' }).inputValue();
    return { page, panel, path: new URL(link).pathname };
  };
  const dana = await makeLink('editor@example.com');
  const mine = await makeLink('olha@example.com');
  await expect(mine.panel.getByRole('listitem')).toHaveCount(2);
  await expect(mine.panel).toContainText('(2 active)');
  await expect(mine.panel.getByRole('listitem').filter({ hasText: 'Dana Petrenko' })).toContainText('Works until');
  await mine.panel.screenshot({ path: 'e2e/.screens/preview-links-panel.png' });
  await expectAccessible(mine.page);

  const outsider = await (await browser.newContext()).newPage();
  const opens = async (path: string) => {
    await outsider.goto(path);
    return outsider.getByRole('heading', { level: 1 }).innerText();
  };
  expect(await opens(dana.path)).toBe('A quote for the source to check');

  // The author revokes the editor's link: it stops working, hers does not.
  await mine.panel.getByRole('button', { name: /^Revoke the link Dana Petrenko made/ }).click();
  await expect(mine.panel.getByRole('listitem').filter({ hasText: 'Dana Petrenko' })).toContainText('Revoked by Olha');
  expect(await opens(dana.path)).toBe('This preview link has stopped working');
  expect(await opens(mine.path)).toBe('A quote for the source to check');

  await mine.panel.getByRole('button', { name: 'Revoke all' }).click();
  await expect(mine.panel).toContainText('(0 active)');
  await expect(mine.panel.getByRole('textbox', { name: 'New preview link' })).toHaveCount(0);
  expect(await opens(mine.path)).toBe('This preview link has stopped working');
  const timeline = mine.page.getByTestId('timeline');
  await expect(timeline).toContainText('Made a preview link');
  await expect(timeline).toContainText('Revoked a preview link');
  await expect(timeline).toContainText('Revoked all preview links');
  await outsider.context().close();
});

// Markup typed into names and comments must reach every desk panel that shows them as text, never as HTML.
const MARKUP = ['<img src=x onerror="window.__xss=1">', '<script>window.__xss=1</script>', '"><svg onload="window.__xss=1">'];

test('names and comments holding markup show as text in the preview links, comments and timeline', async ({ pageAs, browser, db }) => {
  const olha = await db.user.findUniqueOrThrow({ where: { email: 'olha@example.com' } });
  const suffix = Date.now();
  const writer = await db.user.create({
    data: { name: `Mal ${MARKUP[0]}`, email: `mal-${suffix}@example.com`, slug: `mal-${suffix}`, passwordHash: olha.passwordHash },
  });
  const draft = await db.article.create({
    data: {
      slug: `markup-${suffix}`,
      headline: 'A draft with markup around it',
      body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Plain text.' }] }] },
      bodyHtml: '<p>Plain text.</p>',
      createdById: writer.id,
      bylines: { create: [{ position: 0, userId: writer.id }] },
    },
  });
  const mal = await pageAs(writer.email);
  await mal.goto(`/desk/articles/${draft.id}`);
  await mal.getByRole('button', { name: 'Create a 48-hour preview link' }).click();
  const link = await mal.getByRole('textbox', { name: 'New preview link' }).inputValue();
  for (const markup of MARKUP) {
    await mal.getByRole('textbox', { name: 'New comment' }).fill(markup);
    await mal.getByRole('button', { name: 'Comment', exact: true }).click();
    await expect(mal.getByTestId('comments')).toContainText(markup);
  }

  const dana = await pageAs('editor@example.com');
  const dialogs: string[] = [];
  dana.on('dialog', (dialog) => void dialog.dismiss().then(() => dialogs.push(dialog.message())));
  await dana.goto(`/desk/articles/${draft.id}`);
  await expect(dana.getByTestId('preview-links')).toContainText(`Mal ${MARKUP[0]}`);
  for (const markup of MARKUP) {
    await expect(dana.getByTestId('comments')).toContainText(markup);
    await expect(dana.getByTestId('timeline')).toContainText(markup);
  }
  const outsider = await (await browser.newContext()).newPage();
  await outsider.goto(new URL(link).pathname);
  await expect(outsider.getByText(`Mal ${MARKUP[0]}`)).toBeVisible();
  for (const page of [dana, outsider]) {
    expect(await page.locator('img[src="x"], svg[onload]').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  }
  expect(dialogs).toEqual([]);
  await outsider.context().close();
});
