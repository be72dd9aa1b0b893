// The gzipped JavaScript a page loads once its widgets have hydrated and run their default analysis
// (docs/contracts.md §6: a widget with its charts at most 90 KB, a page with all its widgets at most 120 KB).
// Used by the budget e2e (page-weight.e2e.ts) and by `npm run bench` (scripts/bench-widget-weight.ts).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';

export const WIDGET_BUDGET_BYTES = 90 * 1024;
export const PAGE_BUDGET_BYTES = 120 * 1024;
/** No request for this long (and none open) counts as done: the worker has answered and the charts are drawn. */
const QUIET_MS = 1500;
/** The most a widget may take to hydrate and run its first analysis on a busy machine. */
const SETTLE_MS = 60_000;

export interface WidgetWeight {
  readonly widget: string;
  /** What hydrating this widget alone adds to the page: its island, its worker and its charts. */
  readonly gzip: number;
  readonly scripts: number;
  /** The paths of those scripts. */
  readonly urls: readonly string[];
}

export interface PageWeight {
  readonly path: string;
  /** Before interaction. */
  readonly before: number;
  /** With every widget hydrated and its default analysis run. */
  readonly all: number;
  readonly scripts: number;
  readonly widgets: readonly WidgetWeight[];
}

/**
 * Every script the page and its workers fetch from now on, gzipped as a server would send it, counted once per
 * URL (a second Worker of the same script comes from the browser's cache on a real host); and whether the
 * network has been quiet for a while.
 */
function watchNetwork(page: Page) {
  const scripts = new Map<string, Promise<number>>();
  let open = 0;
  let lastActivity = Date.now();
  const touch = () => {
    lastActivity = Date.now();
  };
  page.on('request', () => {
    open++;
    touch();
  });
  const finished = () => {
    open = Math.max(0, open - 1);
    touch();
  };
  page.on('requestfinished', finished);
  page.on('requestfailed', finished);
  page.on('response', (response) => {
    const { pathname } = new URL(response.url());
    if (!/\.m?js$/.test(pathname) || scripts.has(pathname)) return;
    scripts.set(pathname, response.body().then((body) => gzipSync(body).length, () => 0));
  });
  return {
    async total(): Promise<{ gzip: number; scripts: number; urls: string[] }> {
      const sizes = await Promise.all(scripts.values());
      return { gzip: sizes.reduce((a, b) => a + b, 0), scripts: sizes.length, urls: [...scripts.keys()] };
    },
    async quiet(): Promise<void> {
      const deadline = Date.now() + SETTLE_MS;
      while (Date.now() < deadline && (open > 0 || Date.now() - lastActivity < QUIET_MS)) await page.waitForTimeout(QUIET_MS / 5);
    },
  };
}

/** The `data-widget` names of the page's islands shown on the page, in page order. */
function widgetsOf(page: Page): Promise<string[]> {
  return page.$$eval('astro-island [data-widget]', (nodes) => [...new Set(nodes.filter((n) => n.getClientRects().length > 0).map((n) => n.getAttribute('data-widget')!))]);
}

/**
 * Whether a widget is still at work: its dataset picker's progress bar, or a status line that says only that it is
 * (正在读取数据…, 正在计算…, 正在评级…): between its requests the network can be quiet for seconds on a busy machine.
 */
function working(page: Page, widget: string): Promise<boolean> {
  return page.$$eval(`[data-widget="${widget}"] .picker-progress, [data-widget="${widget}"] [role="status"], [data-widget="${widget}"] .widget-loading`, (nodes) =>
    nodes.some((n) => n.classList.contains('picker-progress') || /^\s*正在[^，。]{1,24}…+\s*$/.test(n.textContent ?? '')),
  );
}

/** Scrolls a widget into view (it hydrates when visible) and waits until it has loaded what it needs. */
async function hydrate(page: Page, network: ReturnType<typeof watchNetwork>, widget: string): Promise<void> {
  const island = page.locator(`astro-island:has([data-widget="${widget}"])`).last();
  await island.scrollIntoViewIfNeeded();
  // Astro takes `ssr` off an island once it has hydrated.
  await page.waitForFunction((el) => !el?.hasAttribute('ssr'), await island.elementHandle(), { timeout: SETTLE_MS });
  const deadline = Date.now() + SETTLE_MS;
  for (;;) {
    await network.quiet();
    if (!(await working(page, widget)) || Date.now() > deadline) return;
    await page.waitForTimeout(QUIET_MS / 5);
  }
}

/** A fresh page at `url` with nothing cached and no service worker (it would fetch every file to precache). */
async function open(browser: Browser, url: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN', serviceWorkers: 'block' });
  const page = await context.newPage();
  const network = watchNetwork(page);
  await page.goto(url, { waitUntil: 'load' });
  await network.quiet();
  return { context, page, network };
}

/**
 * What `path` weighs before interaction, with all its widgets, and with each widget alone (but those in `weighed`:
 * a widget weighs the same on every page, so each is weighed once; the names weighed here are added to it).
 */
export async function weighPage(browser: Browser, origin: string, path: string, weighed = new Set<string>()): Promise<PageWeight> {
  const first = await open(browser, origin + path);
  const widgets = await widgetsOf(first.page);
  const before = (await first.network.total()).gzip;
  for (const widget of widgets) await hydrate(first.page, first.network, widget);
  const all = await first.network.total();
  await first.context.close();

  const each: WidgetWeight[] = [];
  for (const widget of widgets.filter((w) => !weighed.has(w))) {
    weighed.add(widget);
    const alone = await open(browser, origin + path);
    const start = await alone.network.total();
    // Only this widget may hydrate: the page's other islands that have not yet are taken out, so scrolling to it
    // brings no neighbour into view.
    await alone.page.$$eval('astro-island[ssr]', (islands, name) => {
      for (const island of islands) if (!island.querySelector(`[data-widget="${name}"]`) && !island.closest(`[data-widget="${name}"]`)) island.remove();
    }, widget);
    await hydrate(alone.page, alone.network, widget);
    const end = await alone.network.total();
    each.push({ widget, gzip: end.gzip - start.gzip, scripts: end.scripts - start.scripts, urls: end.urls.filter((u) => !start.urls.includes(u)) });
    await alone.context.close();
  }
  return { path, before, all: all.gzip, scripts: all.scripts, widgets: each };
}

const hasWidget = (html: string) => html.includes('<astro-island') && html.includes('data-widget=');

/**
 * The pages of the built site in `dist` with at least one widget island, as URL paths. Simplified Chinese only:
 * a `/zh-hant/` page loads the same scripts; and no slide deck: it shows the chapter's widgets one slide at a time.
 */
export function pagesWithWidgets(dist: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const file = join(dir, name);
      if (statSync(file).isDirectory()) {
        if (!(dir === dist && ['_astro', 'pagefind', 'zh-hant'].includes(name)) && name !== 'slides') walk(file);
      } else if (name === 'index.html' && hasWidget(readFileSync(file, 'utf8'))) {
        found.push(`/${relative(dist, dir).split('\\').join('/')}/`.replace(/^\/\/$/, '/'));
      }
    }
  };
  walk(dist);
  return found.sort();
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The table `npm run bench` prints and the budget e2e logs. */
export function weightTable(pages: readonly PageWeight[]): string {
  const lines = [`Gzipped JavaScript after hydration (budgets: a widget ${kb(WIDGET_BUDGET_BYTES)}, a page with all its widgets ${kb(PAGE_BUDGET_BYTES)})`];
  lines.push('   before  all / own   scripts   page / widget (own: what hydrating it alone adds, worker and charts included)');
  for (const p of pages) {
    const over = p.all > PAGE_BUDGET_BYTES ? '  ← over budget' : '';
    lines.push(`${kb(p.before).padStart(9)} ${kb(p.all).padStart(9)} ${String(p.scripts).padStart(6)}     ${p.path}${over}`);
    for (const w of p.widgets) {
      const wover = w.gzip > WIDGET_BUDGET_BYTES ? '  ← over budget' : w.scripts === 0 ? '  (hydrates on load: counted in “before”)' : '';
      lines.push(`${''.padStart(9)} ${kb(w.gzip).padStart(9)} ${String(w.scripts).padStart(6)}       ${w.widget}${wover}`);
    }
  }
  return lines.join('\n');
}
