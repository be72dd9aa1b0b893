import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, SCREENSHOTS, seriousA11yViolations } from './support/browser';
import { scratchDir } from '../helpers/scratch-dirs';
import { CHAPTER6 } from './support/rfm-e2e';
import { csvRows, openWidget, shootWidget, tabTo, type ErrorWatch } from './support/widget';

let browser: Browser;
let context: BrowserContext;
let page: Page;
let watched: ErrorWatch;
const realErrors = () => watched.errors();

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const widget = () => page.locator('[data-widget="abc-analysis"]');
const status = () => widget().locator('.abc-status');
const summary = () => widget().locator('.abc-summary tbody tr').evaluateAll((rows) => rows.map((tr) => [...tr.children].map((c) => c.textContent)));

async function open(viewport?: { width: number; height: number }) {
  await context?.close();
  const opened = await openWidget(browser, CHAPTER6, 'abc-analysis', 'AbcAnalysis', { viewport });
  ({ context, page } = opened);
  watched = opened;
}

describe('ABC analysis (chapter 6), keyboard only', () => {
  it('reproduces the chapter’s example, moves the cut-offs with the arrow keys, exports the table', async () => {
    await open();
    await expect.poll(() => status().textContent(), { timeout: 30_000 }).toContain('10 位客户，价值合计 1,000');
    expect(await summary()).toEqual([
      ['A 类', '4', '40.0%', '790.00', '79.0%'],
      ['B 类', '2', '20.0%', '120.00', '12.0%'],
      ['C 类', '4', '40.0%', '90.00', '9.0%'],
      ['合计', '10', '100.0%', '1,000.00', '100.0%'],
    ]);
    await page.waitForFunction(() => (document.querySelector('[data-widget="abc-analysis"] canvas') as HTMLCanvasElement | null)?.width! > 0);
    await shootWidget(page, 'abc-analysis', `${SCREENSHOTS}/abc-analysis-chapter-example.png`);
    expect(await seriousA11yViolations(page)).toEqual([]);

    // A cut-off from 70 % to 80 % with the arrow keys: K05 (79 % before it) becomes A.
    await widget().getByRole('combobox', { name: '数据' }).focus();
    await tabTo(page, widget().getByRole('slider').first());
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => status().textContent()).toContain('A 类分界线 80%');
    expect((await summary())[0]).toEqual(['A 类', '5', '50.0%', '860.00', '86.0%']);

    await tabTo(page, widget().getByRole('button', { name: /导出 CSV/ }));
    const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    const path = join(scratchDir('abc-'), file.suggestedFilename());
    await file.saveAs(path);
    const rows = csvRows(readFileSync(path, 'utf8'));
    expect(rows[0]).toEqual(['排名', '客户', '金额', '占比', '累计占比', '类别']);
    // A below 80 %: K01–K05 (K05 has 79 % before it); B below 90 %: K06 (86 %); K07 has 91 % before it: C.
    expect(rows.slice(1).map((r) => r[5]).join('')).toBe('AAAAABCCCC');
    expect(realErrors()).toEqual([]);
  });

  it('ranks the logistics company’s customers by annual revenue', async () => {
    await open();
    await expect.poll(() => status().textContent(), { timeout: 30_000 }).toContain('10 位客户');
    const select = widget().getByRole('combobox', { name: '数据' });
    await select.focus();
    await page.keyboard.press('ArrowDown'); // next option: 物流公司 B2B 客户档案
    await expect.poll(() => status().textContent(), { timeout: 30_000 }).toContain('160 位客户');
    expect(await status().textContent()).toContain('“年营收(万元)”');
    await shootWidget(page, 'abc-analysis', `${SCREENSHOTS}/abc-analysis-logistics.png`);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('fits a phone screen', async () => {
    await open({ width: 390, height: 844 });
    await expect.poll(() => status().textContent(), { timeout: 30_000 }).toContain('10 位客户');
    const overflow = await widget().evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await shootWidget(page, 'abc-analysis', `${SCREENSHOTS}/abc-analysis-phone.png`);
  });
});
