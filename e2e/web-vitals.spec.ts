import type { Browser, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { fixtureArticle } from '../server/seed/fixture-article';

/** Core Web Vitals goals for the seeded site in Chromium (issue: "the largest image is prioritised"). */
const LCP_BUDGET_MS = 1500;
const CLS_BUDGET = 0.05;

type LcpElement = { tag: string; src: string; fetchPriority: string | null; loading: string | null; preloaded: boolean; inLeadFigure: boolean };
type Vitals = { lcp: number; cls: number; element: LcpElement | null };

/** Every image the reader sees without scrolling (lazy ones there load too) has loaded, and so has the page: LCP has its final candidate. */
async function waitForFirstView(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  await page.waitForFunction(() =>
    [...document.images]
      .filter((image) => image.getBoundingClientRect().top < window.innerHeight)
      .every((image) => image.complete && image.naturalWidth > 0),
  );
}

/**
 * LCP and CLS of the page as loaded, read from the browser's own buffered entries (layout shifts right after
 * input do not count, as in the Web Vitals definition), with what the LCP element is and how it was asked for.
 */
function readVitals(page: Page): Promise<Vitals> {
  return page.evaluate(
    () =>
      new Promise<Vitals>((resolve) => {
        let cls = 0;
        const addShifts = (entries: PerformanceEntryList) => {
          for (const entry of entries as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
            if (!entry.hadRecentInput) cls += entry.value;
          }
        };
        const shifts = new PerformanceObserver((list) => addShifts(list.getEntries()));
        shifts.observe({ type: 'layout-shift', buffered: true });
        // Buffered entries arrive together in one observer task; the LCP list is never empty after a paint.
        const largest = new PerformanceObserver((list) => {
          const last = list.getEntries().at(-1) as PerformanceEntry & { element: Element | null };
          addShifts(shifts.takeRecords());
          shifts.disconnect();
          largest.disconnect();
          const image = last.element instanceof HTMLImageElement ? last.element : null;
          const src = image?.currentSrc ?? '';
          const preloads = [...document.querySelectorAll<HTMLLinkElement>('link[rel="preload"][as="image"]')];
          resolve({
            lcp: last.startTime,
            cls,
            element: last.element && {
              tag: last.element.tagName.toLowerCase(),
              src,
              fetchPriority: image?.getAttribute('fetchpriority') ?? null,
              loading: image?.getAttribute('loading') ?? null,
              preloaded: image !== null && preloads.some((link) => link.href === src || (link.imageSrcset ?? '').includes(new URL(src).pathname)),
              inLeadFigure: last.element.closest('article figure') === document.querySelector('article figure'),
            },
          });
        });
        largest.observe({ type: 'largest-contentful-paint', buffered: true });
      }),
  );
}

/** Loads measured per page: their median LCP is asserted, as lab tools do, so one stall of a busy machine is no verdict. */
const MEASURED_LOADS = 3;

type Viewport = { width: number; height: number };
const DESKTOP: Viewport = { width: 1280, height: 720 };
const PHONE: Viewport = { width: 390, height: 844 };

async function load(browser: Browser, path: string, viewport: Viewport): Promise<Vitals> {
  const context = await browser.newContext({ viewport });
  try {
    const page = await context.newPage();
    await page.goto(path);
    await waitForFirstView(page);
    return await readVitals(page);
  } finally {
    await context.close();
  }
}

/**
 * A reader's first visit to a page the site already serves from its cache: one load renders the page on
 * the server and makes its renditions (what Web Vitals measure of a news page is the cached page, not its
 * first render on a cold server), then loads in fresh contexts, each with an empty browser cache, are
 * measured. Gives the median load by LCP and the worst CLS of them all.
 */
async function measure(browser: Browser, path: string, viewport: Viewport = DESKTOP): Promise<Vitals> {
  await load(browser, path, viewport);
  const loads: Vitals[] = [];
  for (let run = 0; run < MEASURED_LOADS; run++) loads.push(await load(browser, path, viewport));
  const median = loads.sort((a, b) => a.lcp - b.lcp)[Math.floor(MEASURED_LOADS / 2)]!;
  return { ...median, cls: Math.max(...loads.map((measured) => measured.cls)) };
}

/** The largest image a reader sees first is asked for at once: high priority (or preloaded), never lazily. */
function expectPrioritised(element: LcpElement): void {
  expect(element.fetchPriority === 'high' || element.preloaded, `${element.src} is fetched with high priority or preloaded`).toBe(true);
  expect(element.loading).not.toBe('lazy');
}

for (const [screen, viewport] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
  test(`the fixture article paints its lead image first and quickly, and nothing shifts (${screen})`, async ({ browser }) => {
    const vitals = await measure(browser, `/articles/${fixtureArticle.slug}`, viewport);
    const summary = `fixture article, ${screen}: LCP ${Math.round(vitals.lcp)} ms (median of ${MEASURED_LOADS}), CLS ${vitals.cls.toFixed(4)}`;
    test.info().annotations.push({ type: 'web-vitals', description: summary });
    console.log(`web vitals, ${summary}`);
    // The LCP element is the lead image, as one of its renditions.
    expect(vitals.element).toMatchObject({ tag: 'img', inLeadFigure: true, src: expect.stringMatching(/\/media\/r\//) });
    expectPrioritised(vitals.element!);
    expect(vitals.lcp).toBeLessThan(LCP_BUDGET_MS);
    expect(vitals.cls).toBeLessThan(CLS_BUDGET);
  });
}

test('the home page paints quickly and nothing shifts; an image as its largest element is prioritised', async ({ browser }) => {
  const vitals = await measure(browser, '/');
  const summary = `home, desktop: LCP ${Math.round(vitals.lcp)} ms (median of ${MEASURED_LOADS}), CLS ${vitals.cls.toFixed(4)}, LCP element ${vitals.element?.tag ?? 'none'}`;
  test.info().annotations.push({ type: 'web-vitals', description: summary });
  console.log(`web vitals, ${summary}`);
  expect(vitals.element).not.toBeNull();
  if (vitals.element!.tag === 'img') expectPrioritised(vitals.element!);
  expect(vitals.lcp).toBeLessThan(LCP_BUDGET_MS);
  expect(vitals.cls).toBeLessThan(CLS_BUDGET);
});
