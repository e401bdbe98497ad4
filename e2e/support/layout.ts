import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/**
 * Every control of the open dialog is what a tap at its centre reaches: nothing (the editor's sticky
 * toolbar, a header) is drawn over it. The page behind is scrolled first so the toolbar sits right under
 * the dialog's controls.
 */
export async function expectDialogOnTop(page: Page) {
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await page.evaluate(() => {
    const toolbar = document.querySelector('[role="toolbar"][aria-label="Formatting"]');
    const submit = document.querySelector('[role="dialog"] button[type="submit"]');
    if (!toolbar || !submit) throw new Error('no toolbar or dialog button');
    window.scrollBy(0, toolbar.getBoundingClientRect().top - submit.getBoundingClientRect().top);
  });
  const covered = await dialog.evaluate((element) =>
    [...element.querySelectorAll<HTMLElement>('input, textarea, select, button')].flatMap((control) => {
      const box = control.getBoundingClientRect();
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      return hit && (hit === control || control.contains(hit)) ? [] : [`${control.outerHTML.slice(0, 60)} under ${hit?.outerHTML.slice(0, 80) ?? 'nothing'}`];
    }),
  );
  expect(covered).toEqual([]);
}
