import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, SCREENSHOTS } from './support/browser';
import { url } from './support/site';
import { expectAccessible, focused, JS_BUDGET_BYTES, openWidget, tabUntilWith, weighScripts, type OpenOptions } from './support/widget';

const CHAPTER = '/chapters/03-customer-selection/';
let browser: Browser;
let context: BrowserContext | undefined;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());
afterEach(async () => {
  await context?.close();
  context = undefined;
});

async function open(path: string, options: Pick<OpenOptions, 'viewport' | 'settings'> = {}): Promise<{ page: Page; widget: Locator; errors: string[] }> {
  const opened = await openWidget(browser, path, 'customer-sorter', 'CustomerSorter', options);
  context = opened.context;
  await opened.widget.locator('.cs-board, .cs-result, .cs-class').first().waitFor();
  return { page: opened.page, widget: opened.widget, errors: opened.consoleErrors };
}

const tabUntil = tabUntilWith(focused, 30);

describe('customer-sorter (好客户还是坏客户?) in Chromium', () => {
  it('keeps the chapter within the JavaScript budget before interaction', async () => {
    context = await newContext(browser);
    const page = await context.newPage();
    const scripts = weighScripts(page);
    await page.goto(url(CHAPTER), { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    const before = scripts.gzip();
    await page.locator('[data-widget="customer-sorter"]').scrollIntoViewIfNeeded();
    await page.locator('[data-widget="customer-sorter"]').getByRole('heading', { name: /待分类/ }).waitFor();
    await page.waitForLoadState('networkidle');
    const after = scripts.gzip();
    console.log(`chapter 3 JavaScript (gzip): ${(before / 1024).toFixed(1)} KB before interaction, ${(after / 1024).toFixed(1)} KB once the sorter is on screen`);
    expect(before).toBeLessThanOrEqual(JS_BUDGET_BYTES);
  });

  it('a deck sorted entirely by keys is committed and scored', async () => {
    const { page, widget, errors } = await open(CHAPTER);
    await widget.getByRole('radio', { name: /入门/ }).focus();
    await page.screenshot({ path: `${SCREENSHOTS}/customer-sorter-desktop-start.png` });
    await widget.screenshot({ path: `${SCREENSHOTS}/customer-sorter-desktop-deck.png` });
    await expectAccessible(page);

    await tabUntil(page, (f) => f.label.startsWith('判为好客户：'));
    const keys = ['g', 'b', 'ArrowLeft', 'ArrowRight', 'G', 'B', 'g', 'b'];
    for (const [i, key] of keys.entries()) {
      await page.keyboard.press(key);
      await expect.poll(() => widget.locator('[role="status"][aria-live="polite"]').textContent()).toContain(`已分类 ${i + 1} / 8 张`);
      if (i === 3) await widget.screenshot({ path: `${SCREENSHOTS}/customer-sorter-desktop-sorting.png` });
    }
    expect(await widget.getByRole('heading', { name: /好客户\s*（4 张）/ }).count()).toBe(1);
    expect(await widget.getByRole('heading', { name: /坏客户\s*（4 张）/ }).count()).toBe(1);
    // The focus is on the commit button once every card is placed.
    await expect.poll(async () => (await focused(page)).text).toBe('提交判断，翻开卡片');
    await expectAccessible(page);
    await page.keyboard.press('Enter');

    const headline = widget.getByRole('heading', { name: /^得分 / });
    await headline.waitFor();
    expect(await headline.textContent()).toMatch(/^得分 \d+(\.5)? \/ 8：判断正确 \d+ 张/);
    expect((await focused(page)).focus).toBe('result');
    expect(await widget.getByText(/^模型结论：/).count()).toBe(8);
    expect(await widget.getByRole('figure', { name: /按营收排 vs 按利润排/ }).isVisible()).toBe(true);
    await widget.screenshot({ path: `${SCREENSHOTS}/customer-sorter-desktop-result.png` });
    await expectAccessible(page);

    // Retry by keyboard: the same deck, every card back.
    await tabUntil(page, (f) => f.text === '再来一次', 200);
    await page.keyboard.press('Enter');
    await widget.getByRole('heading', { name: /待分类\s*（8 张）/ }).waitFor();
    expect(errors).toEqual([]);
  });

  it('class mode reveals one card at a time (teacher, keyboard only), in projector mode', async () => {
    const { page, widget, errors } = await open(`${CHAPTER}?teacher=1`, { settings: { teacher: true, projector: true, course: null } });
    expect(await page.locator('html').getAttribute('class')).toContain('projector-mode');
    await widget.getByRole('radio', { name: /入门/ }).focus();
    await tabUntil(page, (f) => f.text === '课堂模式（一次投影一张）');
    await page.keyboard.press('Enter');
    await widget.getByRole('heading', { name: '课堂模式 · 第 1 / 8 张' }).waitFor();
    expect(await widget.getByText('利润核算（万元）').count()).toBe(0); // hidden until revealed
    await widget.screenshot({ path: `${SCREENSHOTS}/customer-sorter-projector-class-card.png` });
    await expectAccessible(page);

    await tabUntil(page, (f) => f.tag === 'INPUT' && f.focus === '');
    await page.keyboard.type('18');
    await page.keyboard.press('Tab');
    await page.keyboard.type('7');
    await page.keyboard.press('Tab');
    expect((await focused(page)).text).toBe('记录举手结果');
    await page.keyboard.press('Enter');
    await widget.getByText('已记录：全班判为好客户（好 18 : 坏 7）。', { exact: true }).first().waitFor();
    await tabUntil(page, (f) => f.text === '揭晓利润');
    await page.keyboard.press('Enter');
    await widget.getByText('利润核算（万元）').waitFor();
    expect(await widget.getByText(/^模型结论：/).count()).toBe(1);
    await widget.screenshot({ path: `${SCREENSHOTS}/customer-sorter-projector-class-revealed.png` });
    await expectAccessible(page);

    // The focus waits on 下一张; the next card comes up unrevealed.
    expect((await focused(page)).text).toBe('下一张');
    await page.keyboard.press('Enter');
    await widget.getByRole('heading', { name: '课堂模式 · 第 2 / 8 张' }).waitFor();
    expect(await widget.getByText('利润核算（万元）').count()).toBe(0);
    for (let card = 2; card <= 8; card++) {
      await tabUntil(page, (f) => f.text === '全班判为坏客户');
      await page.keyboard.press('Enter');
      await tabUntil(page, (f) => f.text === '揭晓利润');
      await page.keyboard.press('Enter');
      await widget.getByText('利润核算（万元）').waitFor();
      await page.keyboard.press('Enter'); // 下一张 / 查看全班总结 has the focus
      if (card < 8) await widget.getByRole('heading', { name: `课堂模式 · 第 ${card + 1} / 8 张` }).waitFor();
    }
    const summary = widget.getByRole('table', { name: '全班的判断与模型结论' });
    await summary.waitFor();
    expect(await summary.getByRole('row').count()).toBe(9);
    await widget.screenshot({ path: `${SCREENSHOTS}/customer-sorter-projector-class-summary.png` });
    await expectAccessible(page);
    expect(errors).toEqual([]);
  });

  it('class mode full screen on a 1920 × 1080 projector (keyboard only): each next card comes up with its number and customer on screen', async () => {
    const { page, widget, errors } = await open(CHAPTER, { viewport: { width: 1920, height: 1080 }, settings: { teacher: true, projector: true, course: null } });
    await widget.getByRole('radio', { name: /入门/ }).focus();
    await tabUntil(page, (f) => f.text === '全屏', 30, 'Shift+Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement?.getAttribute('data-widget') ?? null)).toBe('customer-sorter');
    await tabUntil(page, (f) => f.text === '课堂模式（一次投影一张）');
    await page.keyboard.press('Enter');
    /** Whether the whole of `locator` is inside the screen. */
    const onScreen = (locator: Locator) =>
      locator.evaluate((el) => {
        const box = el.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= innerHeight;
      });
    for (let card = 1; card <= 3; card++) {
      const title = widget.getByRole('heading', { name: `课堂模式 · 第 ${card} / 8 张` });
      await title.waitFor();
      await expect.poll(() => onScreen(title), { message: `card ${card}: 课堂模式 · 第 ${card} / 8 张` }).toBe(true);
      expect(await onScreen(widget.locator('.cs-class .cs-card h5')), `card ${card}: the customer's name`).toBe(true);
      await tabUntil(page, (f) => f.text === '全班判为坏客户');
      await page.keyboard.press('Enter');
      await tabUntil(page, (f) => f.text === '揭晓利润');
      await page.keyboard.press('Enter');
      await widget.getByText('利润核算（万元）').waitFor();
      expect((await focused(page)).text).toBe('下一张');
      if (card === 1) await page.screenshot({ path: `${SCREENSHOTS}/customer-sorter-fullscreen-revealed.png` });
      await page.keyboard.press('Enter');
    }
    await page.screenshot({ path: `${SCREENSHOTS}/customer-sorter-fullscreen-card-4.png` });
    expect(await page.evaluate(() => document.fullscreenElement?.getAttribute('data-widget') ?? null)).toBe('customer-sorter');
    expect(errors).toEqual([]);
  });

  it('class mode live on the chapter’s slide at 1920 × 1080: 下一张 scrolls the slide’s live area, never the page under the deck', async () => {
    const { page, widget, errors } = await open(`${CHAPTER}slides/#19`, { viewport: { width: 1920, height: 1080 }, settings: { teacher: true, projector: false, course: null } });
    const slide = page.locator('[data-deck-stage] > .slide:not([hidden])');
    expect(await slide.getAttribute('aria-label')).toMatch(/^第 19 张/);
    await widget.getByRole('button', { name: '课堂模式（一次投影一张）' }).click();
    for (let card = 2; card <= 3; card++) {
      await widget.getByRole('button', { name: '揭晓利润' }).click();
      await widget.getByText('利润核算（万元）').waitFor();
      await widget.getByRole('button', { name: '下一张' }).click();
      const title = widget.getByRole('heading', { name: `课堂模式 · 第 ${card} / 8 张` });
      await title.waitFor();
      const fromLiveTop = () =>
        title.evaluate((el) => el.getBoundingClientRect().top - el.closest('.slide-live')!.getBoundingClientRect().top);
      await expect.poll(fromLiveTop, { message: `card ${card}: its heading at the top of the live area` }).toBeLessThan(20);
      expect(await fromLiveTop()).toBeGreaterThanOrEqual(0);
      expect(await page.evaluate(() => scrollY), 'the page under the deck').toBe(0);
      expect(await slide.locator('.slide-title').evaluate((el) => el.getBoundingClientRect().top), 'the slide’s title on screen').toBeGreaterThanOrEqual(0);
    }
    await page.screenshot({ path: `${SCREENSHOTS}/customer-sorter-slide-class-card-3.png` });
    expect(errors).toEqual([]);
  });

  it('the card on top of the deck is a Tab stop, so its documented keys work on the card itself', async () => {
    const { page, widget, errors } = await open(CHAPTER);
    await widget.getByRole('radio', { name: /入门/ }).focus();
    const name = (await widget.locator('.cs-deck .cs-card h5').textContent())!;
    await tabUntil(page, (f) => f.tag === 'ARTICLE' && f.focus.startsWith('card:'));
    await page.keyboard.press('g');
    await widget.getByRole('heading', { name: /好客户\s*（1 张）/ }).waitFor();
    expect(await widget.locator('.cs-pile-good .cs-chip strong').textContent()).toBe(name);
    // The focus moves to the next card, where B sends it to the other pile.
    await expect.poll(async () => (await focused(page)).tag).toBe('ARTICLE');
    await page.keyboard.press('b');
    await widget.getByRole('heading', { name: /坏客户\s*（1 张）/ }).waitFor();
    expect(errors).toEqual([]);
  });

  it('drag and drop with the mouse: to a pile, across, and back to the deck', async () => {
    const { page, widget, errors } = await open(CHAPTER);
    const drag = async (from: Locator, to: Locator) => {
      const a = (await from.boundingBox())!;
      const b = (await to.boundingBox())!;
      await page.mouse.move(a.x + a.width / 2, a.y + Math.min(40, a.height / 2));
      await page.mouse.down();
      await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 12 });
      await page.mouse.up();
    };
    const deckCard = widget.locator('.cs-deck .cs-card');
    await deckCard.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    const name = (await deckCard.locator('h5').textContent())!;
    await drag(deckCard, widget.locator('.cs-pile-good'));
    await widget.getByRole('heading', { name: /好客户\s*（1 张）/ }).waitFor();
    expect(await widget.locator('.cs-pile-good .cs-chip strong').textContent()).toBe(name);
    await widget.screenshot({ path: `${SCREENSHOTS}/customer-sorter-desktop-dragged.png` });

    await drag(widget.locator('.cs-pile-good .cs-chip'), widget.locator('.cs-pile-bad'));
    await widget.getByRole('heading', { name: /坏客户\s*（1 张）/ }).waitFor();
    expect(await widget.locator('[role="status"][aria-live="polite"]').textContent()).toBe(`“${name}”移到“坏客户”一栏。`);

    await drag(widget.locator('.cs-pile-bad .cs-chip'), widget.locator('.cs-deck'));
    await widget.getByRole('heading', { name: /待分类\s*（8 张）/ }).waitFor();
    expect(await deckCard.locator('h5').textContent()).toBe(name);
    expect(errors).toEqual([]);
  });

  it('works on a phone (390 × 844) with taps', async () => {
    const { page, widget, errors } = await open(CHAPTER, { viewport: { width: 390, height: 844 } });
    await widget.getByRole('radio', { name: /进阶/ }).check();
    await widget.getByRole('heading', { name: /待分类\s*（12 张）/ }).waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}/customer-sorter-phone-deck.png` });
    for (let i = 0; i < 12; i++) {
      await widget.getByRole('button', { name: i % 3 ? /^判为好客户：/ : /^判为坏客户：/ }).click();
      await widget.getByRole('heading', { name: new RegExp(`待分类\\s*（${11 - i} 张）`) }).waitFor();
      if (i === 5) await widget.screenshot({ path: `${SCREENSHOTS}/customer-sorter-phone-sorting.png` });
    }
    await widget.getByRole('button', { name: '提交判断，翻开卡片' }).click();
    await widget.getByRole('heading', { name: /^得分 .* \/ 12：/ }).waitFor();
    expect(await widget.getByText(/^陷阱卡：/).count()).toBeGreaterThanOrEqual(8);
    await widget.screenshot({ path: `${SCREENSHOTS}/customer-sorter-phone-result.png` });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAccessible(page);
    expect(errors).toEqual([]);
  });

  it('speaks Traditional Chinese on /zh-hant/ pages, and a shared link reopens the result', async () => {
    const { widget, errors } = await open(`/zh-hant${CHAPTER}?sorter.deck=advanced&sorter.seed=3&sorter.picks=gggggggggggg&sorter.step=result`);
    const headline = widget.getByRole('heading', { name: /^得分 / });
    await headline.waitFor();
    expect(await widget.getByText(/模型結論：/).count()).toBe(12);
    expect(await widget.getByRole('link', { name: /回到本章「好客戶」與「壞客戶」的標準/ }).getAttribute('href')).toBe('#第二節-好客戶與壞客戶');
    expect(errors).toEqual([]);
  });
});
