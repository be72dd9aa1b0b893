import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';

export const CHAPTER6 = '/chapters/06-customer-tiering/';

/** Scrolls a widget into view (that is what hydrates it: client:visible) and waits until its island is live. */
export async function reachWidget(page: Page, name: string, component: string): Promise<void> {
  const widget = page.locator(`[data-widget="${name}"]`);
  await widget.scrollIntoViewIfNeeded();
  await page.waitForFunction((c) => document.querySelector(`astro-island[component-url*="${c}"]:not([ssr])`) !== null, component, { timeout: 30_000 });
}

/** Presses Tab (or Shift+Tab) until `target` has the focus (keyboard only), or fails after `max` presses. */
export async function tabTo(page: Page, target: Locator, max = 80, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`could not reach ${target.toString()} with ${key}`);
}

/** `npm run --silent crm -- rfm <file> --json …`: the command line's result, the reference the widget's export must match. */
export function crmRfm(file: string, ...options: string[]): { asof: string; customers: Record<string, string | number>[] } {
  const run = spawnSync('npm', ['run', '--silent', 'crm', '--', 'rfm', file, '--json', ...options], { encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`crm rfm failed: ${run.stderr}`);
  return JSON.parse(run.stdout);
}

/** The rows of an exported CSV (BOM stripped, CRLF, no quoted cells expected in these files). */
export function csvRows(text: string): string[][] {
  return text.replace(/^\uFEFF/, '').split('\r\n').filter((l) => l !== '').map((l) => l.split(','));
}

/** A transaction file of `rows` rows (about rows / 10 customers over two years), seeded, for the performance check. */
export function writeBigTransactions(dir: string, rows: number): string {
  let seed = 20240601;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const lines = ['订单号,会员号,下单时间,实付金额'];
  const start = Date.UTC(2023, 0, 1);
  for (let i = 0; i < rows; i++) {
    const customer = `M${String(Math.floor(random() * (rows / 10))).padStart(6, '0')}`;
    const day = new Date(start + Math.floor(random() * 730) * 86_400_000).toISOString().slice(0, 10);
    const amount = (random() < 0.03 ? -1 : 1) * Math.round(random() * 50000) / 100;
    lines.push(`D${i + 1},${customer},${day} ${String(8 + Math.floor(random() * 12)).padStart(2, '0')}:${String(Math.floor(random() * 60)).padStart(2, '0')},${amount}`);
  }
  const path = join(dir, `transactions-${rows}.csv`);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's serious and critical findings inside one widget only. */
export async function widgetA11yViolations(page: Page, name: string): Promise<{ id: string; help: string; nodes: string[] }[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async (selector) => {
    const axe = (window as unknown as { axe: { run: (ctx: object, opts: object) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { html: string }[] }[] }> } }).axe;
    const result = await axe.run({ include: [[selector]] }, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.html.slice(0, 160)) }));
  }, `[data-widget="${name}"]`);
}

/**
 * Console errors and failed requests of a page. A build made with `--outDir` may lack `/sw.js` (the PWA plugin
 * writes it elsewhere), so a 404 for `/sw.js` alone is set aside (and counted in `swMissing`); every other 404 counts.
 */
export function watchErrors(page: Page): { errors: () => string[]; swMissing: () => number } {
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

/** Screenshots of a tall widget: the sticky site header would be painted over it, so it is made static first. */
export async function shootWidget(page: Page, name: string, path: string): Promise<void> {
  await page.addStyleTag({ content: '.site-header { position: static !important; }' });
  await page.locator(`[data-widget="${name}"]`).screenshot({ path });
}
