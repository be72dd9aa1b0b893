// The steps a widget's end-to-end test takes again and again: open a chapter page in a fresh browser context
// and wait for the widget's island, move by keyboard, check accessibility, take screenshots, watch for errors,
// weigh the page's JavaScript.
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { a11yViolations, newContext, seriousA11yViolations, watchConsole, type AxeViolation } from './browser';
import { url } from './site';

/** The most gzipped JavaScript a page may load before the learner interacts. */
export const JS_BUDGET_BYTES = 60 * 1024;

/** The three screens every page is looked at on: a phone, a laptop, and a lecture-hall projector (projector mode on). */
export const SCREEN_SIZES: readonly (readonly [name: string, viewport: { width: number; height: number }, projector: boolean])[] = [
  ['phone', { width: 390, height: 844 }, false],
  ['laptop', { width: 1366, height: 768 }, false],
  ['projector', { width: 1920, height: 1080 }, true],
];

/** Teacher and projector mode, as the header's switches store them. */
export const PROJECTOR_SETTINGS = { teacher: true, projector: true, course: null };

/** Scrolls a widget into view (that is what hydrates it: client:visible) and waits until its island is live. */
export async function reachWidget(page: Page, name: string, component: string): Promise<void> {
  const widget = page.locator(`[data-widget="${name}"]`);
  await widget.scrollIntoViewIfNeeded();
  await page.waitForFunction((c) => document.querySelector(`astro-island[component-url*="${c}"]:not([ssr])`) !== null, component, { timeout: 30_000 });
}

export interface ErrorWatch {
  /** Console errors, uncaught exceptions and 404s, a missing `/sw.js` set aside. */
  errors(): string[];
  /** How many 404s for `/sw.js` were set aside. */
  swMissing(): number;
}

/**
 * Console errors and failed requests of a page. A build made with `--outDir` may lack `/sw.js` (the PWA plugin
 * writes it elsewhere), so a 404 for `/sw.js` alone is set aside (and counted in `swMissing`); every other 404 counts.
 */
export function watchErrors(page: Page): ErrorWatch {
  const messages: string[] = [];
  const missing: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') messages.push(m.text());
  });
  page.on('pageerror', (e) => messages.push(e.message));
  page.on('response', (r) => {
    if (r.status() === 404) missing.push(new URL(r.url()).pathname);
  });
  const sw = () => missing.filter((p) => p === '/sw.js').length;
  return {
    errors: () => {
      let allowed = sw();
      const kept = messages.filter((m) => !(/status of 404/.test(m) && allowed-- > 0));
      return [...kept, ...missing.filter((p) => p !== '/sw.js').map((p) => `404 ${p}`)];
    },
    swMissing: sw,
  };
}

export interface OpenOptions {
  viewport?: { width: number; height: number };
  /** Site settings written to localStorage from the home page, once, before the page opens. */
  settings?: object;
  /** Teacher and projector mode stored before every page this context loads (links opened later included). */
  projector?: boolean;
  /** A context to open the page in (a second visit with the same storage) instead of a fresh one. */
  context?: BrowserContext;
  /** File choosers intercepted from the start (files are chosen by keyboard: a key press must never beat the interception). */
  interceptFileChooser?: boolean;
}

export interface OpenedPage extends ErrorWatch {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Console errors and uncaught exceptions only, as they come (no 404 is set aside). */
  readonly consoleErrors: string[];
}

/** Opens a page of the built site in a fresh context (or the one given), watching for errors from the start. */
export async function openPage(browser: Browser, path: string, options: OpenOptions = {}): Promise<OpenedPage> {
  const context = options.context ?? (await newContext(browser, { viewport: options.viewport }));
  if (options.projector) {
    await context.addInitScript((s) => localStorage.setItem('crm-lab:settings', JSON.stringify({ v: 1, data: s })), PROJECTOR_SETTINGS);
  }
  const page = await context.newPage();
  const watched = watchErrors(page);
  const consoleErrors = watchConsole(page);
  if (options.interceptFileChooser) page.on('filechooser', () => undefined);
  if (options.settings) {
    await page.goto(url('/'));
    await page.evaluate((s) => localStorage.setItem('crm-lab:settings', JSON.stringify({ v: 1, data: s })), options.settings);
  }
  await page.goto(url(path));
  return { context, page, consoleErrors, ...watched };
}

export interface Opened extends OpenedPage {
  readonly widget: Locator;
}

/** Opens a chapter page (see `openPage`) and waits until the widget's island is live. */
export async function openWidget(browser: Browser, path: string, name: string, component: string, options: OpenOptions = {}): Promise<Opened> {
  const opened = await openPage(browser, path, options);
  await reachWidget(opened.page, name, component);
  return { ...opened, widget: opened.page.locator(`[data-widget="${name}"]`) };
}

/** Presses Tab (or Shift+Tab) until `target` has the focus (keyboard only), or fails after `max` presses. */
export async function tabTo(page: Page, target: Locator, max = 80, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`could not reach ${target.toString()} with ${key}`);
}

/**
 * A `tabUntil(page, test, max, key)` for a test file: presses Tab (or Shift+Tab) until `test` holds for what
 * `read` says of the focused element, or fails after `max` presses naming where the focus ended.
 */
export function tabUntilWith<F>(read: (page: Page) => Promise<F>, defaultMax = 40) {
  return async (page: Page, test: (focused: F) => boolean, max = defaultMax, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> => {
    for (let i = 0; i < max; i++) {
      if (test(await read(page))) return;
      await page.keyboard.press(key);
    }
    throw new Error(`focus never reached the target; last: ${JSON.stringify(await read(page))}`);
  };
}

/** The element with the keyboard focus: its text, label and data-focus. */
export function focused(page: Page): Promise<{ text: string; label: string; focus: string; tag: string }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return { text: (el?.textContent ?? '').trim(), label: el?.getAttribute('aria-label') ?? '', focus: el?.dataset.focus ?? '', tag: el?.tagName ?? '' };
  });
}

/** The serious and critical axe-core findings inside the widget `name`, and ids it shares with the rest of the page. */
export function widgetA11yViolations(page: Page, name: string): Promise<AxeViolation[]> {
  return a11yViolations(page, `[data-widget="${name}"]`);
}

/** No serious or critical axe-core finding: inside the widget `name`, or on the whole page without one. */
export async function expectAccessible(page: Page, name?: string): Promise<void> {
  const violations = name === undefined ? await seriousA11yViolations(page) : await widgetA11yViolations(page, name);
  expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
}

/** Screenshots of a tall widget: the sticky site header would be painted over it, so it is made static first. */
export async function shootWidget(page: Page, name: string, path: string): Promise<void> {
  await page.addStyleTag({ content: '.site-header { position: static !important; }' });
  await page.locator(`[data-widget="${name}"]`).screenshot({ path });
}

/** No sideways scrolling of the whole page (a phone must not have to pan). */
export async function expectNoPageOverflow(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
}

/** The widgets recorded as used on a chapter (the course map's progress, in localStorage). */
export async function usedWidgets(page: Page, chapter: string): Promise<string[]> {
  return page.evaluate((c) => {
    const raw = localStorage.getItem('crm-lab:progress');
    const data = raw ? (JSON.parse(raw) as { data?: { chapters?: Record<string, { widgets?: string[] }> } }) : null;
    return data?.data?.chapters?.[c]?.widgets ?? [];
  }, chapter);
}

/** The scripts a page loads from now on, gzipped as a server would send them: `gzip()` is their total in bytes. */
export function weighScripts(page: Page): { gzip: () => number } {
  const scripts = new Map<string, number>();
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'script') return;
    try {
      scripts.set(response.url(), gzipSync(await response.body()).length);
    } catch {
      /* a response without a body carries no script */
    }
  });
  return { gzip: () => [...scripts.values()].reduce((a, b) => a + b, 0) };
}

/** The rows of an exported CSV (BOM stripped, CRLF, no quoted cells expected in these files). */
export function csvRows(text: string): string[][] {
  return text.replace(/^\uFEFF/, '').split('\r\n').filter((l) => l !== '').map((l) => l.split(','));
}

/**
 * Copies the widget's share link by keyboard (Shift+Tab back to “复制链接”, at most `max` presses, then Enter),
 * waits for the confirmation and returns the link from the clipboard (reading it is allowed first).
 */
export async function copyShareLink(page: Page, widget: Locator, max = 80): Promise<string> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await tabTo(page, widget.getByRole('button', { name: '复制链接' }), max, 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect.poll(() => widget.locator('.share-link .status').textContent()).toContain('链接已复制');
  return page.evaluate(() => navigator.clipboard.readText());
}

/** Options for a test that counts long tasks: measured again (up to twice) before it fails. */
export const LONG_TASK_RETRY = { retry: 2 } as const;

/**
 * Records the page's tasks over 50 ms from now on; the returned function reads them. It first waits for the
 * page's start-up (hydration, chart code being parsed) to go quiet for half a second, so only tasks caused
 * by what the test does next are counted. docs/contracts.md §6: no main-thread task over 50 ms while a big upload is analysed.
 */
export async function watchLongTasks(page: Page): Promise<() => Promise<{ start: number; duration: number }[]>> {
  await page.evaluate(
    () =>
      new Promise<void>((settled) => {
        const w = window as unknown as { longTasks: { start: number; duration: number }[] };
        let since = Infinity;
        let lastEnd = 0;
        w.longTasks = [];
        new PerformanceObserver((list) =>
          list.getEntries().forEach((e) => {
            lastEnd = Math.max(lastEnd, e.startTime + e.duration);
            if (e.startTime >= since && e.duration > 50) w.longTasks.push({ start: e.startTime, duration: e.duration });
          }),
        ).observe({ type: 'longtask', buffered: true });
        const giveUp = performance.now() + 10_000;
        const check = () => {
          const now = performance.now();
          if (now - lastEnd >= 500 || now > giveUp) {
            since = now;
            settled();
          } else setTimeout(check, 100);
        };
        setTimeout(check, 100);
      }),
  );
  return () => page.evaluate(() => (window as unknown as { longTasks: { start: number; duration: number }[] }).longTasks);
}
