import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/**
 * Every control of the open dialog is what a tap at its centre reaches, and the editor's sticky toolbar
 * is under the dialog's backdrop: nothing is drawn over the dialog. The page behind is scrolled first to
 * bring the toolbar as close under the dialog's buttons as it goes.
 */
export async function expectDialogOnTop(page: Page) {
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  // The toolbar comes with the editor, which may still be loading on a busy machine when the dialog opens.
  await expect(page.locator('[role="toolbar"][aria-label="Formatting"]')).toBeAttached();
  await expect(dialog.locator('button[type="submit"]')).toBeAttached();
  const toolbarHit = await page.evaluate(() => {
    const toolbar = document.querySelector('[role="toolbar"][aria-label="Formatting"]');
    const submit = document.querySelector('[role="dialog"] button[type="submit"]');
    if (!toolbar || !submit) throw new Error('no toolbar or dialog button');
    toolbar.scrollIntoView({ block: 'center' });
    window.scrollBy(0, toolbar.getBoundingClientRect().top - submit.getBoundingClientRect().top);
    const box = toolbar.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return hit === null ? 'nothing' : toolbar.contains(hit) ? 'toolbar' : 'something above it';
  });
  expect(toolbarHit, 'what a tap on the toolbar reaches while the dialog is open').toBe('something above it');
  const covered = await dialog.evaluate((element) =>
    [...element.querySelectorAll<HTMLElement>('input, textarea, select, button')].flatMap((control) => {
      const box = control.getBoundingClientRect();
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      return hit && (hit === control || control.contains(hit)) ? [] : [`${control.outerHTML.slice(0, 60)} under ${hit?.outerHTML.slice(0, 80) ?? 'nothing'}`];
    }),
  );
  expect(covered).toEqual([]);
}
