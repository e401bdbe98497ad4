import type { JSONContent } from '@tiptap/core';
import { expect, test } from './support/fixtures';
import { fixtureArticle } from '../server/seed/fixture-article';

/** The fixture body's blocks as a person types them: bold label (if any), text, or the attributed quote. */
type Block = { quote: string; source: string } | { bold: string | null; text: string };

function blocksOf(doc: JSONContent): Block[] {
  return (doc.content ?? []).map((block): Block => {
    if (block.type === 'attributedQuote') {
      return { quote: block.content?.[0]?.content?.[0]?.text ?? '', source: (block.attrs as { source: string }).source };
    }
    const [first, ...rest] = block.content ?? [];
    const bold = first?.marks?.some((mark) => mark.type === 'bold') ? (first.text ?? '') : null;
    const text = (bold === null ? [first, ...rest] : rest).map((node) => node?.text ?? '').join('');
    return { bold, text };
  });
}

test('a journalist enters the fixture article completely through the desk, and the preview shows every part', async ({
  pageAs,
  expectAccessible,
}) => {
  test.setTimeout(120_000);
  const page = await pageAs('olha@example.com');
  const article = fixtureArticle;
  await page.goto('/desk');
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByLabel('Headline').fill(article.headline);
  await page.getByLabel('Standfirst').fill(article.standfirst);
  await page.getByLabel('Section').selectOption({ label: article.sectionName });

  const editor = page.getByRole('textbox', { name: 'Article body' });
  await editor.click();
  const blocks = blocksOf(article.body);
  for (const [index, block] of blocks.entries()) {
    if (index > 0) await page.keyboard.press('Enter');
    if ('quote' in block) {
      await page.keyboard.insertText(block.quote);
      continue;
    }
    if (block.bold) {
      await page.keyboard.press('Control+B');
      await page.keyboard.insertText(block.bold);
      await page.keyboard.press('Control+B');
    }
    await page.keyboard.insertText(block.text);
  }
  // Turn the quote paragraph into an attributed quote and name its source.
  const quote = blocks.find((block) => 'quote' in block) as { quote: string; source: string };
  await editor.getByText(quote.quote.slice(0, 40)).click();
  await page.getByRole('button', { name: 'Quote with attribution' }).click();
  await page.getByRole('textbox', { name: 'Quote from' }).fill(quote.source);

  await page.getByRole('button', { name: 'Add source' }).click();
  await page.getByRole('textbox', { name: 'Source 1 name' }).fill(article.sources[0]!.name);
  await page.getByRole('textbox', { name: 'Source 1 link' }).fill(article.sources[0]!.url);
  await page.getByLabel('Upload a lead image').setInputFiles('prisma/seed-assets/naval-exercise.jpg');
  await page.getByRole('textbox', { name: 'Lead image caption' }).fill(article.leadImage.caption);
  await page.getByRole('textbox', { name: 'Lead image credit' }).fill(article.leadImage.credit);
  await page.getByRole('textbox', { name: 'Lead image alt text' }).fill(article.leadImage.alt);
  for (const tag of article.tagNames) {
    await page.getByRole('combobox', { name: 'Add a tag' }).fill(tag);
    await page.getByRole('option', { name: tag, exact: true }).click();
  }
  for (const tag of article.tagNames) await expect(page.getByRole('list', { name: 'Chosen tags' })).toContainText(tag);
  await expect(page.getByTestId('save-status')).toContainText('Saved', { timeout: 15_000 });
  await page.screenshot({ path: 'e2e/.screens/fixture-editor.png', fullPage: true });

  await page.getByRole('link', { name: 'Preview' }).click();
  const view = page.getByRole('article');
  await expect(view.getByRole('heading', { level: 1 })).toHaveText(article.headline);
  await expect(view.getByText(article.standfirst)).toBeVisible();
  await expect(view.getByTestId('byline')).toContainText('Olha Hlushchenko');
  await expect(view.getByRole('img', { name: article.leadImage.alt })).toBeVisible();
  await expect(view.locator('figcaption').first()).toHaveText(`${article.leadImage.caption} ${article.leadImage.credit}`);
  await expect(view.getByTestId('sources')).toHaveText('Source: ISW');
  await expect(view.getByTestId('sources').getByRole('link', { name: 'ISW' })).toHaveAttribute('href', article.sources[0]!.url);
  for (const block of blocks) {
    if ('quote' in block) {
      const figure = view.locator('figure.attributed-quote');
      await expect(figure.locator('blockquote')).toHaveText(block.quote);
      await expect(figure.locator('figcaption')).toHaveText(`Quote from ${block.source}`);
    } else {
      const paragraph = view.locator('.article-body p', { hasText: block.text });
      await expect(paragraph).toHaveText(`${block.bold ?? ''}${block.text}`);
      if (block.bold) await expect(paragraph.locator('strong')).toHaveText(block.bold);
    }
  }
  for (const tag of article.tagNames) await expect(view.getByRole('list', { name: 'Tags' })).toContainText(tag);
  await expectAccessible(page);
  await page.screenshot({ path: 'e2e/.screens/fixture-preview.png', fullPage: true });
});
