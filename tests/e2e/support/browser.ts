import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].filter(
  (p): p is string => Boolean(p),
);

export function findChromium(): string | null {
  return CHROMIUM_CANDIDATES.find((p) => existsSync(p)) ?? null;
}

export const SCREENSHOTS = 'test-results/screenshots';

/** Headless Chromium with the flags this machine needs (no background traffic to Google, no sandbox as root). */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium not found');
  mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launch({
    executablePath,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

/** A persistent-profile-free context; service workers allowed so the offline test can use them. `touch`: a phone's touch screen. */
export async function newContext(browser: Browser, options: { viewport?: { width: number; height: number }; touch?: boolean } = {}): Promise<BrowserContext> {
  return browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 900 },
    locale: 'zh-CN',
    serviceWorkers: 'allow',
    acceptDownloads: true,
    ...(options.touch ? { hasTouch: true, isMobile: true } : {}),
  });
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; html: string }[];
}

/**
 * Runs axe-core on the elements inside `selector` (the whole page by default); returns the serious and critical
 * violations, those of the rules in `alsoRules`, and ids those elements share with another element of the page.
 */
export async function a11yViolations(page: Page, selector = 'html', alsoRules: readonly string[] = []): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async (root) => {
    const axe = (window as unknown as { axe: { run: (ctx: object, opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(root === 'html' ? document : { include: [[root]] }, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => ({ target: n.target, html: n.html.slice(0, 160) })) }));
  }, selector);
  return [...violations.filter((v) => v.impact === 'serious' || v.impact === 'critical' || alsoRules.includes(v.id)), ...(await duplicateIds(page, selector))];
}

/** The serious and critical violations on the whole page, and those of the rules in `alsoRules`. */
export function seriousA11yViolations(page: Page, alsoRules: readonly string[] = []): Promise<AxeViolation[]> {
  return a11yViolations(page, 'html', alsoRules);
}

/**
 * Ids used twice on the page by the elements inside `selector`. axe-core 4.14 no longer reports them, but a
 * repeated id makes aria-labelledby, label `for` and radio groups point at the wrong widget.
 */
async function duplicateIds(page: Page, selector: string): Promise<AxeViolation[]> {
  const repeated = await page.evaluate((root) => {
    const count = new Map<string, number>();
    for (const element of document.querySelectorAll('[id]')) count.set(element.id, (count.get(element.id) ?? 0) + 1);
    return [...document.querySelectorAll(`${root} [id]`)].filter((e) => count.get(e.id)! > 1).map((e) => ({ target: [`#${e.id}`], html: e.outerHTML.slice(0, 160) }));
  }, selector);
  return repeated.length === 0 ? [] : [{ id: 'duplicate-id', impact: 'serious', help: 'An id must be unique on the page', nodes: repeated.slice(0, 3) }];
}

/** Collects console errors and uncaught exceptions of a page. */
export function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

