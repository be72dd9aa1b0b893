// Phones (390 × 844): no page ever scrolls sideways, the header fits in three short rows, wide tables scroll in
// their own box with a hint and a sticky first column, glossary terms show their definition on a tap, and the
// IPA chart names its dots and keeps its legend inside the widget.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, SCREENSHOTS } from './support/browser';
import { canvasTexts, hydrateAll, openAllDetails, PHONE, recordCanvasText, sidewaysOverflow } from './support/layout';
import { allPages, shotName, url } from './support/site';
import { reachWidget, shootWidget } from './support/widget';

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

async function phonePage(path: string, touch = false): Promise<Page> {
  context = await newContext(browser, { viewport: PHONE, touch });
  const page = await context.newPage();
  await page.goto(url(path));
  return page;
}

/** How many lines each cell's text takes (the distinct line tops of its text nodes). */
function lineCounts(page: Page, selector: string): Promise<number[]> {
  return page.locator(selector).evaluateAll((cells) =>
    cells.map((cell) => {
      const tops = new Set<number>();
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const r of range.getClientRects()) if (r.width > 0) tops.add(Math.round(r.top));
      }
      return tops.size;
    }),
  );
}

/** A lecture deck shows one slide at a time and wakes a widget when its slide is shown: each widget slide in turn. */
async function eachWidgetSlide(page: Page): Promise<{ step: string; excess: number; culprits: string[] }[]> {
  const found = [];
  const slides = await page.locator('.slide--widget').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.slide!));
  for (const n of slides) {
    await page.evaluate((n) => (location.hash = `#${n}`), n);
    await page.waitForFunction(() => document.querySelector('.slide:not([hidden]) astro-island[ssr]') === null, undefined, { timeout: 60_000 });
    await openAllDetails(page);
    found.push({ step: `slide ${n}`, ...(await sidewaysOverflow(page)) });
  }
  return found;
}

describe('no page scrolls sideways on a phone', () => {
  it.each(allPages())('%s, with every widget awake, every tab shown and every fold (查看数据表…) open', async (path) => {
    const page = await phonePage(path);
    await page.screenshot({ path: `${SCREENSHOTS}/phone/${shotName(path)}.png` });
    const found = [{ step: 'page', ...(await sidewaysOverflow(page)) }];
    if (path.endsWith('/slides/')) found.push(...(await eachWidgetSlide(page)));
    else await hydrateAll(page);
    await openAllDetails(page);
    found.push({ step: 'folds open', ...(await sidewaysOverflow(page)) });
    const tabs = page.getByRole('tab');
    for (let i = 0; i < (await tabs.count()); i++) {
      await tabs.nth(i).click();
      await page.waitForTimeout(300);
      await openAllDetails(page);
      found.push({ step: `tab “${(await tabs.nth(i).textContent())?.trim()}”`, ...(await sidewaysOverflow(page)) });
    }
    const wide = found.filter((f) => f.excess > 0);
    expect(wide, JSON.stringify(wide, null, 2)).toEqual([]);
  });
});

describe('the header on a phone', () => {
  it.each([
    ['a student', '', ['繁體中文', '教师模式']],
    ['teacher mode', '?teacher=1', ['繁體中文', '教师模式', '投影模式']],
  ])('for %s: three short rows, the name with the switches, the whole nav, then search', async (_who, query, buttons) => {
    const page = await phonePage(`/chapters/06-customer-tiering/${query}`);
    const header = (await page.locator('.site-header').boundingBox())!;
    expect(header.height).toBeLessThanOrEqual(140);
    const brand = (await page.locator('.brand').boundingBox())!;
    for (const name of buttons) {
      const button = (await page.locator('.site-header').getByText(name, { exact: true }).boundingBox())!;
      expect(Math.abs(button.y + button.height / 2 - (brand.y + brand.height / 2)), `${name} on the first row`).toBeLessThan(12);
      expect(button.x + button.width).toBeLessThanOrEqual(PHONE.width);
    }
    // The name leads to the course map; the nav's six other links fit on one row.
    expect(await page.locator('.brand').getAttribute('href')).toBe('/');
    const links = await page.locator('.main-nav a:visible').evaluateAll((as) => as.map((a) => [a.textContent, a.getBoundingClientRect().left, a.getBoundingClientRect().right] as const));
    expect(links.map(([text]) => text)).toEqual(['章节', '实训', '练习 CRM', '数据集', '名词解释', '学习笔记']);
    for (const [text, left, right] of links) expect([text, left >= 0 && right <= PHONE.width]).toEqual([text, true]);
    await page.screenshot({ path: `${SCREENSHOTS}/phone-header${query ? '-teacher' : ''}.png`, clip: { x: 0, y: 0, width: PHONE.width, height: 200 } });
  });
});

describe('RFM tables on a phone', () => {
  it('the customer list keeps 类别 on one line and its first column in view, the heat map fits, 查看数据表 scrolls in its box', async () => {
    const page = await phonePage('/chapters/06-customer-tiering/');
    await reachWidget(page, 'rfm-calculator', 'RfmCalculator');
    const widget = page.locator('[data-widget="rfm-calculator"]');
    await widget.locator('.rfm-customers tbody tr').first().waitFor({ timeout: 60_000 });

    // Headers never wrap; 类别 such as 重要价值客户 stays on one line; rows stay short.
    expect(await lineCounts(page, '.rfm-customers thead th')).toEqual([1, 1, 1, 1, 1, 1]);
    const categories = await lineCounts(page, '.rfm-customers tbody td:last-child');
    expect(categories.length).toBeGreaterThan(0);
    expect(new Set(categories)).toEqual(new Set([1]));
    const rowHeights = await page.locator('.rfm-customers tbody tr').evaluateAll((rows) => rows.map((r) => r.getBoundingClientRect().height));
    expect(Math.max(...rowHeights)).toBeLessThan(60);

    // The list is wider than the phone: it says so, and scrolled to the end the customer column is still there.
    const box = widget.locator('.rfm-table-wrap').filter({ has: page.locator('.rfm-customers') });
    expect(await box.getAttribute('data-overflow')).toBe('');
    expect(await box.evaluate((el) => getComputedStyle(el, '::before').content)).toContain('左右滚动');
    await box.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
    const [boxLeft, firstLeft, lastRight, boxRight] = await box.evaluate((el) => {
      const b = el.getBoundingClientRect();
      const row = el.querySelector('tbody tr')!;
      return [b.left, row.firstElementChild!.getBoundingClientRect().left, row.lastElementChild!.getBoundingClientRect().right, b.right];
    });
    expect(Math.abs(firstLeft - boxLeft)).toBeLessThanOrEqual(2);
    expect(lastRight).toBeLessThanOrEqual(boxRight + 1);
    await box.screenshot({ path: `${SCREENSHOTS}/phone-rfm-customers-scrolled.png` });

    // The R × F heat map shows F 5 within the widget.
    const grid = widget.locator('.rfm-grid-wrap');
    const [f5Right, gridRight] = await grid.evaluate((el) => [el.querySelector('thead th:last-child')!.getBoundingClientRect().right, el.getBoundingClientRect().right]);
    expect(f5Right).toBeLessThanOrEqual(gridRight + 1);

    // 查看数据表 under the segment chart: the table scrolls inside its box, with the hint; the page does not.
    await widget.getByText('查看数据表').first().click();
    const tableBox = widget.locator('.chart-table .scroll-box').first();
    await expect.poll(() => tableBox.getAttribute('data-overflow')).toBe('');
    expect(await tableBox.evaluate((el) => getComputedStyle(el, '::before').content)).toContain('左右滚动');
    expect((await sidewaysOverflow(page)).excess).toBeLessThanOrEqual(0);

    // The segment buttons: figures spaced apart, no “·” left dangling at the end of a wrapped line.
    expect(await widget.locator('.rfm-segment .figures').allTextContents()).not.toContainEqual(expect.stringContaining('·'));
    await shootWidget(page, 'rfm-calculator', `${SCREENSHOTS}/phone-rfm-calculator.png`);
  });
});

describe('tables in the text on a phone', () => {
  it('a table wider than the phone says it scrolls and keeps its first column in view', async () => {
    const page = await phonePage('/chapters/09-customer-loyalty/');
    const boxes = page.locator('article .table-scroll');
    await expect.poll(() => page.locator('article .table-scroll[data-overflow]').count()).toBeGreaterThan(0);
    const marks = await boxes.evaluateAll((els) =>
      els.map((el) => ({ wide: el.scrollWidth > el.clientWidth + 1, marked: el.hasAttribute('data-overflow'), hint: getComputedStyle(el, '::before').content })),
    );
    for (const mark of marks) {
      expect(mark.marked).toBe(mark.wide);
      if (mark.wide) expect(mark.hint).toContain('左右滚动');
    }
    const box = page.locator('article .table-scroll[data-overflow]').first();
    await box.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
    const [boxLeft, firstLeft] = await box.evaluate((el) => [el.getBoundingClientRect().left, el.querySelector('tbody tr > :first-child')!.getBoundingClientRect().left]);
    expect(Math.abs(firstLeft - boxLeft)).toBeLessThanOrEqual(2);
  });
});

describe('glossary terms on a touch screen', () => {
  it('a tap shows the definition in place, on screen; a tap elsewhere hides it; a second tap opens the glossary', async () => {
    const page = await phonePage('/chapters/09-customer-loyalty/', true);
    const terms = page.locator('article .term');
    // Several terms, so one of them sits near the right edge: its definition must still fit the screen.
    for (let i = 0; i < 6; i++) {
      const term = terms.nth(i);
      await term.scrollIntoViewIfNeeded();
      await term.locator('a').tap();
      await expect.poll(() => term.locator('.term-tip').isVisible()).toBe(true);
      expect(page.url()).toBe(url('/chapters/09-customer-loyalty/'));
      const tip = (await term.locator('.term-tip').boundingBox())!;
      expect(tip.x).toBeGreaterThanOrEqual(0);
      expect(tip.x + tip.width).toBeLessThanOrEqual(PHONE.width);
      expect((await sidewaysOverflow(page)).excess).toBeLessThanOrEqual(0);
      if (i === 5) await page.screenshot({ path: `${SCREENSHOTS}/phone-glossary-term-tap.png` });
      // A tap anywhere but the term (here on the definition itself) hides it.
      await term.locator('.term-tip').tap();
      await expect.poll(() => term.locator('.term-tip').isVisible()).toBe(false);
    }

    const first = terms.first();
    await first.scrollIntoViewIfNeeded();
    await first.locator('a').tap();
    await expect.poll(() => first.locator('.term-tip').isVisible()).toBe(true);
    const href = (await first.locator('a').getAttribute('href'))!;
    await first.locator('a').tap();
    await page.waitForURL(url(href));
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(href.split('#')[1]);
  });
});

describe('the IPA chart on a phone', () => {
  it('names every dot, and its legend stays inside the widget', async () => {
    context = await newContext(browser, { viewport: PHONE });
    await recordCanvasText(context);
    const page = await context.newPage();
    await page.goto(url('/chapters/08-customer-satisfaction/?sat.tab=ipa&teacher=1'));
    await reachWidget(page, 'satisfaction-analyzer', 'SatisfactionAnalyzer');
    const widget = page.locator('[data-widget="satisfaction-analyzer"]');
    const dimensions = ['有形性', '可靠性', '响应性', '保证性', '移情性'];
    await expect.poll(async () => (await canvasTexts(page, 'satisfaction-analyzer')).map((t) => t.text), { timeout: 60_000 }).toEqual(expect.arrayContaining(dimensions));

    await widget.getByRole('button', { name: '显示答案（教师）' }).click();
    const legend = widget.locator('.sat-ipa-legend');
    await expect.poll(() => legend.textContent()).toContain('重点改进');
    const inside = await legend.evaluate((ul) => {
      const frame = ul.closest('[data-widget]')!.getBoundingClientRect();
      return [...ul.children].every((li) => li.getBoundingClientRect().right <= frame.right && li.getBoundingClientRect().left >= frame.left);
    });
    expect(inside).toBe(true);
    await widget.locator('.chart-figure').first().screenshot({ path: `${SCREENSHOTS}/phone-ipa-chart.png` });
  });
});
