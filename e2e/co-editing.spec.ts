import { rmSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { killOwnServer, startOwnServer, stopOwnServer, waitUntilServing } from './support/own-server';

const OLHA = 'olha@example.com';
const DANA = 'editor@example.com';
const ADMIN = 'admin@example.com';

// Several browsers and an app server on a shared two-core machine: each step is slower than alone.
test.beforeEach(() => test.setTimeout(180_000));

const body = (page: Page) => page.getByRole('textbox', { name: 'Article body' });
const status = (page: Page) => page.getByTestId('save-status');

/** Olha starts a draft; the others open it. Everyone is live before anyone types. */
async function shareDraft(pages: Page[], headline: string) {
  const [olha, ...others] = pages as [Page, ...Page[]];
  await olha.goto('/desk');
  await olha.getByRole('button', { name: 'New article' }).click();
  await olha.getByLabel('Headline').fill(headline);
  await expect(status(olha)).toContainText('Saved');
  for (const page of others) {
    await page.goto(olha.url());
    await expect(page.getByLabel('Headline')).toHaveValue(headline);
  }
  for (const page of pages) await expect(status(page)).toContainText(/Saved|Live/);
}

/**
 * Selects `words` in the body as a reader's mouse would (a DOM selection, which the editor follows), not
 * by arrow keys: another person's caret in the text is a widget that can take a key press of its own.
 */
async function selectWords(page: Page, words: string) {
  await body(page).focus();
  await body(page).evaluate((element, target) => {
    const texts: { node: Text; from: number }[] = [];
    let whole = '';
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      // Text inside a caret label is not the article's.
      if (node.parentElement?.closest('[contenteditable="false"]')) continue;
      texts.push({ node, from: whole.length });
      whole += node.data;
    }
    const start = whole.indexOf(target);
    if (start < 0) throw new Error(`“${target}” is not in the body`);
    const at = (offset: number) => {
      const hit = texts.findLast((text) => text.from <= offset)!;
      return [hit.node, offset - hit.from] as const;
    };
    const range = document.createRange();
    range.setStart(...at(start));
    range.setEnd(...at(start + target.length));
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
  }, words);
  await expect.poll(() => page.evaluate(() => document.getSelection()?.toString())).toBe(words);
}

/** Puts the caret at the end of the body's last paragraph. */
async function caretAtEnd(page: Page) {
  await body(page).click();
  await page.keyboard.press('Control+End');
}

test('three people in one story: two type in the same paragraph at once, everyone ends with the same text, and so does the stored article', async ({
  pageAs,
  db,
  expectAccessible,
}) => {
  const pages = await Promise.all([pageAs(OLHA), pageAs(DANA), pageAs(ADMIN)]);
  const [olha, dana, admin] = pages;
  const headline = `Typed together ${Date.now()}`;
  await shareDraft(pages, headline);
  await caretAtEnd(olha);
  await olha.keyboard.type('Shelling hit the port.');
  await expect(body(dana)).toHaveText('Shelling hit the port.');
  await caretAtEnd(dana);
  await caretAtEnd(olha);

  const olhaWords = ' Olha: three cranes burned.';
  const danaWords = ' Dana: the mayor confirmed it.';
  await Promise.all([olha.keyboard.type(olhaWords, { delay: 20 }), dana.keyboard.type(danaWords, { delay: 20 })]);

  // Each run of typing stays whole, in whichever order the document settled on, identical everywhere.
  const hasBoth = (text: string | null) => text !== null && text.includes(olhaWords.trim()) && text.includes(danaWords.trim());
  await expect.poll(async () => hasBoth(await body(admin).textContent())).toBe(true);
  const text = await body(admin).textContent();
  for (const page of pages) await expect(body(page)).toHaveText(text!);
  // The others' carets carry their names.
  await expect(admin.locator('.collaboration-carets__caret[data-name="Olha Hlushchenko"]')).toBeVisible();
  await expect.poll(async () => (await db.article.findFirstOrThrow({ where: { headline } })).bodyText, { timeout: 15_000 }).toBe(text);
  for (const page of pages) await expect(status(page)).toContainText('Saved');
  await expectAccessible(dana);
});

test('headline edits by two people at once keep both', async ({ pageAs, db }) => {
  const pages = await Promise.all([pageAs(OLHA), pageAs(DANA)]);
  const [olha, dana] = pages;
  const headline = `Port strike ${Date.now()}`;
  await shareDraft(pages, headline);
  await olha.getByLabel('Headline').press('Home');
  await dana.getByLabel('Headline').press('End');
  await Promise.all([olha.getByLabel('Headline').pressSequentially('Night ', { delay: 20 }), dana.getByLabel('Headline').pressSequentially(' in Odesa', { delay: 20 })]);
  const both = `Night ${headline} in Odesa`;
  await expect(olha.getByLabel('Headline')).toHaveValue(both);
  await expect(dana.getByLabel('Headline')).toHaveValue(both);
  await expect.poll(async () => (await db.article.findFirstOrThrow({ where: { id: olha.url().split('/').pop()! } })).headline, { timeout: 15_000 }).toBe(both);
});

test('a journalist’s editor turns read-only the moment she submits; the editor still writes', async ({ pageAs }) => {
  const pages = await Promise.all([pageAs(OLHA), pageAs(DANA)]);
  const [olha, dana] = pages;
  await shareDraft(pages, `Submitted while open ${Date.now()}`);
  await caretAtEnd(olha);
  await olha.keyboard.type('Ready for the desk.');
  await olha.getByLabel('Section').selectOption({ label: 'World' });
  await olha.getByLabel('Standfirst').fill('The port was hit overnight.');
  await expect(status(olha)).toContainText('Saved');
  await olha.getByRole('button', { name: 'Submit for review' }).click();

  await expect(olha.getByTestId('read-only')).toContainText('Read-only');
  await expect(body(olha)).toHaveAttribute('contenteditable', 'false');
  await expect(olha.getByLabel('Headline')).toHaveAttribute('readonly', '');
  await caretAtEnd(dana);
  await dana.keyboard.type(' Checked.');
  await expect(body(olha)).toHaveText('Ready for the desk. Checked.');
});

test('the editor’s comment on words follows them through the other’s edits, and says so once they are deleted', async ({ pageAs, expectAccessible }) => {
  const pages = await Promise.all([pageAs(OLHA), pageAs(DANA)]);
  const [olha, dana] = pages;
  await shareDraft(pages, `Anchored comment ${Date.now()}`);
  await caretAtEnd(olha);
  await olha.keyboard.type('The fleet sent fourteen ships north.');
  await expect(body(dana)).toHaveText('The fleet sent fourteen ships north.');

  // Dana selects "fourteen ships" and comments on it.
  await selectWords(dana, 'fourteen ships');
  await dana.getByRole('button', { name: 'Comment on selected words' }).click();
  await dana.getByLabel('Comment on “fourteen ships”').fill('Source for the number?');
  await dana.getByRole('button', { name: 'Comment', exact: true }).click();
  const anchored = dana.locator('.comment-anchor');
  await expect(anchored).toHaveText('fourteen ships');
  await expect(dana.getByTestId('comments')).toContainText('On “fourteen ships”');

  // Olha writes before and after the words: the comment stays on them.
  await body(olha).click();
  await olha.keyboard.press('Control+Home');
  await olha.keyboard.type('Overnight, ');
  await olha.keyboard.press('Control+End');
  await olha.keyboard.type(' More later.');
  await expect(body(dana)).toHaveText('Overnight, The fleet sent fourteen ships north. More later.');
  await expect(anchored).toHaveText('fourteen ships');
  await olha.reload();
  await expect(olha.locator('.comment-anchor')).toHaveText('fourteen ships');
  await expectAccessible(dana);

  // Olha deletes the words: the comment stays in the thread, marked.
  await selectWords(olha, 'fourteen ships');
  await olha.keyboard.press('Backspace');
  await expect(body(dana)).toHaveText('Overnight, The fleet sent  north. More later.');
  await expect(anchored).toHaveCount(0);
  await expect(dana.getByTestId('words-deleted')).toContainText('these words were deleted');
  await dana.getByRole('button', { name: 'Resolve' }).click();
  await expect(dana.getByRole('button', { name: 'Reopen' })).toBeVisible();
});

test('typing offline is kept in the browser, also across a reload, and merges on reconnect', async ({ pageAs, db }) => {
  const pages = await Promise.all([pageAs(OLHA), pageAs(DANA)]);
  const [olha, dana] = pages;
  const headline = `Offline merge ${Date.now()}`;
  await shareDraft(pages, headline);
  await caretAtEnd(olha);
  await olha.keyboard.type('Shared start.');
  await expect(body(dana)).toHaveText('Shared start.');

  const context = olha.context();
  await context.setOffline(true);
  await expect(status(olha)).toContainText('Offline');
  await olha.keyboard.type(' Olha offline.');
  await caretAtEnd(dana);
  await dana.keyboard.type(' Dana online.');
  await expect(body(dana)).toHaveText('Shared start. Dana online.');

  // Back on the network but the co-editing socket still blocked: a reload shows what she typed offline.
  const socket = await blockSocket(context);
  await context.setOffline(false);
  await olha.reload();
  await expect(body(olha)).toContainText('Olha offline.');
  socket.release();

  const merged = /^Shared start\.( Olha offline\.| Dana online\.){2}$/;
  await expect(body(olha)).toHaveText(merged, { timeout: 45_000 });
  await expect(body(olha)).toContainText('Dana online.');
  await expect(body(dana)).toContainText('Olha offline.');
  await expect(body(dana)).toHaveText((await body(olha).textContent())!);
  await expect.poll(async () => (await db.article.findFirstOrThrow({ where: { headline } })).bodyText, { timeout: 15_000 }).toMatch(merged);
});

/** Holds the co-editing WebSocket closed for new connections until released. */
async function blockSocket(context: BrowserContext) {
  let blocked = true;
  await context.routeWebSocket(/\/api\/collab/, (socket) => {
    if (blocked) void socket.close();
    else socket.connectToServer();
  });
  return { release: () => (blocked = false) };
}

const RESTART_DATA_DIR = '.masthead/e2e-co-editing-restart';

test('the server restarted while two people type loses nothing of either', async ({ browser }) => {
  test.setTimeout(900_000);
  rmSync(RESTART_DATA_DIR, { recursive: true, force: true });
  let server = startOwnServer({ dataDir: RESTART_DATA_DIR });
  try {
    await waitUntilServing(server);
    const signIn = async (email: string) => {
      const context = await browser.newContext({ baseURL: server.url });
      const page = await context.newPage();
      await page.goto('/signin');
      await page.getByLabel('Email').fill(email);
      await page.getByLabel('Password').fill('masthead-demo');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await expect(page).toHaveURL(/\/desk/);
      return page;
    };
    const olha = await signIn(OLHA);
    const dana = await signIn(DANA);
    await shareDraft([olha, dana], 'Written across a restart');
    await caretAtEnd(olha);
    await olha.keyboard.type('Before.');
    await expect(body(dana)).toHaveText('Before.');
    await caretAtEnd(dana);

    expect(await stopOwnServer(server)).toEqual({ code: 0, signal: null });
    await olha.keyboard.type(' Olha during.');
    await dana.keyboard.type(' Dana during.');
    await expect(status(olha)).toContainText('Offline');

    server = startOwnServer({ dataDir: RESTART_DATA_DIR });
    await waitUntilServing(server);
    const merged = /^Before\.( Olha during\.| Dana during\.){2}$/;
    await expect(body(olha)).toHaveText(merged, { timeout: 60_000 });
    await expect(body(dana)).toHaveText((await body(olha).textContent())!, { timeout: 60_000 });
    await expect(status(olha)).toContainText('Saved', { timeout: 30_000 });
    await olha.reload();
    await expect(body(olha)).toHaveText(merged);
    await olha.context().close();
    await dana.context().close();
    expect(await stopOwnServer(server)).toEqual({ code: 0, signal: null });
  } finally {
    await killOwnServer(server);
  }
});
