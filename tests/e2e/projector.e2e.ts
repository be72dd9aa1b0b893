// Projector mode at 1920 × 1080: the screen starts with the lesson (the table of contents folded), text reads from
// the back row (28 px and up: body, status lines, buttons, table cells, chart labels), headings and key numbers
// larger, a widget's title larger than its buttons. Sizes are computed font sizes, and chart.js's own fonts as it
// draws them. Also the table of contents itself, in any mode.
import { readdirSync } from 'node:fs';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, SCREENSHOTS } from './support/browser';
import { canvasTexts, fontPx, hydrateAll, PROJECTOR_SCREEN, recordCanvasText } from './support/layout';
import { url } from './support/site';
import { PROJECTOR_SETTINGS, reachWidget } from './support/widget';

const MIN_PX = 28;
const CHAPTERS = readdirSync('content/chapters').filter((f) => f.endsWith('.mdx')).map((f) => f.replace(/\.mdx$/, ''));
let browser: Browser;
let context: BrowserContext | undefined;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterEach(async () => {
  await context?.close();
  context = undefined;
});
afterAll(async () => browser?.close());

async function projectorPage(path: string): Promise<Page> {
  context = await newContext(browser, { viewport: PROJECTOR_SCREEN });
  await context.addInitScript((s) => localStorage.setItem('crm-lab:settings', JSON.stringify({ v: 1, data: s })), PROJECTOR_SETTINGS);
  await recordCanvasText(context);
  const page = await context.newPage();
  await page.goto(url(path));
  return page;
}

/** Computed sizes of the visible elements matched, with their text, smallest first. */
async function sizes(locator: Locator): Promise<{ px: number; text: string }[]> {
  const all = await locator.evaluateAll((els) =>
    els
      .filter((el) => el.getClientRects().length > 0 && (el.textContent ?? '').trim() !== '' && !el.closest('.visually-hidden'))
      .map((el) => ({ px: parseFloat(getComputedStyle(el).fontSize), text: (el.textContent ?? '').trim().slice(0, 30) })),
  );
  return all.sort((a, b) => a.px - b.px);
}

/** Every visible piece of text inside `root` that is smaller than `min` px. */
function smallText(root: Locator, min = MIN_PX): Promise<string[]> {
  return root.evaluate((el, least) => {
    const small: string[] = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement!;
      if (!node.textContent?.trim() || parent.getClientRects().length === 0 || parent.closest('.visually-hidden')) continue;
      const px = parseFloat(getComputedStyle(parent).fontSize);
      if (px < least) small.push(`${px.toFixed(1)} px <${parent.tagName.toLowerCase()} class="${parent.className}">${node.textContent.trim().slice(0, 20)}`);
    }
    return small;
  }, min);
}

async function chartTextsDrawn(page: Page, widget: string): Promise<{ text: string; px: number }[]> {
  await expect.poll(async () => (await canvasTexts(page, widget)).length, { timeout: 60_000 }).toBeGreaterThan(0);
  return canvasTexts(page, widget);
}

describe('projector mode at 1920 × 1080', () => {
  it('chapter 6 starts with the lesson; prose, headings, status lines, buttons, table cells and chart labels read from the back row', async () => {
    const page = await projectorPage('/chapters/06-customer-tiering/');
    // The table of contents is folded, so the chapter's title is on the first screen.
    expect(await page.locator('.toc details').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    const title = (await page.locator('h1').boundingBox())!;
    expect(title.y + title.height).toBeLessThanOrEqual(PROJECTOR_SCREEN.height);
    await page.screenshot({ path: `${SCREENSHOTS}/projector-chapter-start.png` });

    const body = await fontPx(page.locator('article > p').first());
    expect(body).toBeGreaterThanOrEqual(MIN_PX);
    const [h1, h2, h3] = [await fontPx(page.locator('h1')), await fontPx(page.locator('article > h2').first()), await fontPx(page.locator('article > h3').first())];
    expect(h1).toBeGreaterThan(h2);
    expect(h2).toBeGreaterThan(h3);
    expect(h3).toBeGreaterThan(body);

    await hydrateAll(page);
    await reachWidget(page, 'rfm-calculator', 'RfmCalculator');
    const rfm = page.locator('[data-widget="rfm-calculator"]');
    await rfm.locator('.rfm-customers tbody tr').first().waitFor({ timeout: 60_000 });
    await rfm.locator('details').evaluateAll((ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));

    for (const [what, locator] of [
      ['status lines', page.locator('main [role="status"], main .status')],
      ['buttons', page.locator('main button, main .btn')],
      ['table cells', page.locator('main td, main th')],
      ['body text', page.locator('article > p, article li')],
    ] as const) {
      const measured = await sizes(locator);
      expect(measured.length, what).toBeGreaterThan(0);
      expect(measured[0]!.px, `${what}: smallest is “${measured[0]!.text}”`).toBeGreaterThanOrEqual(MIN_PX);
    }
    expect(await fontPx(rfm.locator('.rfm-status'))).toBeGreaterThanOrEqual(MIN_PX);

    // A widget's title is larger than the buttons beside it.
    const head = rfm.locator('.widget-head');
    const buttons = await sizes(head.locator('button, .btn'));
    expect(await fontPx(head.locator('h3'))).toBeGreaterThan(buttons.at(-1)!.px);

    // Chart labels (axes, legends) as chart.js draws them.
    const drawn = await chartTextsDrawn(page, 'rfm-calculator');
    expect(Math.min(...drawn.map((t) => t.px)), drawn.map((t) => `${t.px} ${t.text}`).slice(0, 5).join('; ')).toBeGreaterThanOrEqual(MIN_PX);
    // Nothing in the widget is small print.
    expect(await smallText(rfm)).toEqual([]);
    await rfm.screenshot({ path: `${SCREENSHOTS}/projector-rfm-calculator.png` });
  });

  it('chapter 8: the satisfaction analyzer’s key numbers are larger than its text; chart labels and the IPA view at 28 px and up', async () => {
    const page = await projectorPage('/chapters/08-customer-satisfaction/');
    await reachWidget(page, 'satisfaction-analyzer', 'SatisfactionAnalyzer');
    const sat = page.locator('[data-widget="satisfaction-analyzer"]');
    const big = sat.locator('.sat-big').first();
    await big.waitFor({ timeout: 60_000 });
    expect(await fontPx(big)).toBeGreaterThanOrEqual(1.5 * (await fontPx(sat.locator('.sat-hint').first())));
    expect(await smallText(sat)).toEqual([]);

    await sat.getByRole('tab', { name: '重要性—绩效' }).click();
    await sat.getByRole('button', { name: '显示答案（教师）' }).click();
    await expect.poll(() => sat.locator('.sat-feedback').textContent()).toContain('答案：');
    await expect.poll(async () => (await canvasTexts(page, 'satisfaction-analyzer')).map((t) => t.text)).toContain('可靠性');
    const drawn = await chartTextsDrawn(page, 'satisfaction-analyzer');
    expect(Math.min(...drawn.map((t) => t.px))).toBeGreaterThanOrEqual(MIN_PX);
    expect(await smallText(sat)).toEqual([]);
    await sat.screenshot({ path: `${SCREENSHOTS}/projector-satisfaction-ipa.png` });
  });

  it('chapter 3: the customer sorter’s cards, piles and keys at 28 px and up', async () => {
    const page = await projectorPage('/chapters/03-customer-selection/');
    await reachWidget(page, 'customer-sorter', 'CustomerSorter');
    const sorter = page.locator('[data-widget="customer-sorter"]');
    await sorter.getByRole('heading', { name: /待分类/ }).waitFor();
    expect(await smallText(sorter)).toEqual([]);
  });

  // Every widget of every chapter, as it first shows (folded parts stay folded): no small print anywhere.
  it.each(CHAPTERS)('%s: every widget’s text at 28 px and up', async (slug) => {
    const page = await projectorPage(`/chapters/${slug}/`);
    await hydrateAll(page);
    await page.waitForLoadState('networkidle');
    const small: string[] = [];
    for (const widget of await page.locator('[data-widget]').all()) {
      const name = await widget.getAttribute('data-widget');
      small.push(...(await smallText(widget)).map((text) => `${name}: ${text}`));
    }
    expect(small).toEqual([]);
  });
});

describe('the table of contents', () => {
  it('shows each heading’s own number once, links without underlines, and lists 本章自测 and 思考与实践', async () => {
    context = await newContext(browser, { viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    await page.goto(url('/chapters/06-customer-tiering/'));
    const toc = page.locator('nav.toc');
    expect(await toc.locator('details').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    const items = await toc.locator('li').evaluateAll((lis) => lis.map((li) => getComputedStyle(li).listStyleType));
    expect(new Set(items)).toEqual(new Set(['none']));
    const lines = await toc.locator('a').evaluateAll((as) => as.map((a) => getComputedStyle(a).textDecorationLine));
    expect(new Set(lines)).toEqual(new Set(['none']));
    expect(await toc.locator('a').first().textContent()).toMatch(/^第一节/);
    const links = await toc.locator('a').evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href')]));
    expect(links.slice(-2)).toEqual([['本章自测', '#self-check'], ['思考与实践', '#think-practice']]);
    expect(await page.locator('#self-check').count()).toBe(1);
  });
});
