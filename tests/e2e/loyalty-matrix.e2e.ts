import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, SCREENSHOTS } from './support/browser';
import { expectAccessible, expectNoPageOverflow, focused, openWidget, PROJECTOR_SETTINGS, shootWidget, tabTo, usedWidgets } from './support/widget';

const CHAPTER9 = '/chapters/09-customer-loyalty/';
const NAME = 'loyalty-matrix';
const COMPONENT = 'LoyaltyMatrix';
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

// The indicators' quadrants, in card order (checked by hand in tests/engine/loyalty-matrix): keys 1 忠诚者, 2 唯利是图者, 3 人质, 4 背叛者.
const KEYS_IN_CARD_ORDER = ['1', '3', '2', '4', '1', '3', '2', '4'];

describe('loyalty-matrix (满意—忠诚矩阵) in Chromium, keyboard only', () => {
  it('places every member with the number keys, commits, and shows the indices and strategies', async () => {
    const opened = await openWidget(browser, CHAPTER9, NAME, COMPONENT);
    context = opened.context;
    const { page, widget } = opened;
    await widget.getByText('待放置的会员').waitFor();
    await shootWidget(page, NAME, `${SCREENSHOTS}/loyalty-matrix-desktop-start.png`);
    await expectAccessible(page, NAME);

    // Tab to the first card's first button and press Enter: 王老师 goes to 忠诚者; the focus moves to the next card.
    await widget.getByRole('button', { name: '复制链接' }).focus();
    await tabTo(page, widget.getByRole('button', { name: '王老师放入忠诚者（传道者）' }));
    await page.keyboard.press('Enter');
    for (const [i, key] of KEYS_IN_CARD_ORDER.slice(1).entries()) {
      await expect.poll(async () => (await focused(page)).focus).toMatch(/^card:/);
      await page.keyboard.press(key);
      await expect.poll(() => widget.locator('[role="status"][aria-live="polite"]').textContent()).toMatch(i === 6 ? /全部放好了/ : new RegExp(`还有 ${6 - i} 位`));
      if (i === 2) await shootWidget(page, NAME, `${SCREENSHOTS}/loyalty-matrix-desktop-sorting.png`);
    }
    await expect.poll(async () => (await focused(page)).focus).toBe('submit');
    await expectAccessible(page, NAME);
    await page.keyboard.press('Enter');

    const heading = widget.getByRole('heading', { name: '结果：8 / 8 位会员放对了象限' });
    await heading.waitFor();
    expect((await focused(page)).focus).toBe('result');
    expect(await widget.getByRole('heading', { name: '人质：2 位' }).count()).toBe(1);
    await shootWidget(page, NAME, `${SCREENSHOTS}/loyalty-matrix-desktop-result.png`);
    await expectAccessible(page, NAME);
    expect(await usedWidgets(page, '09-customer-loyalty')).toContain(NAME);

    // Write a measure for 人质 and compare with the reference, by keyboard.
    await tabTo(page, widget.getByLabel('给人质的挽留措施'));
    await page.keyboard.type('高峰期增开器械区，淋浴间加装隔间');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await widget.getByText(/^参考做法：尽快解决他们的不满/).waitFor();
    expect(opened.errors()).toEqual([]);
  });

  it('drags a card onto a quadrant with the mouse, and back to the pile', async () => {
    // A tall window, so a card in the pile and the matrix are on screen together.
    const opened = await openWidget(browser, CHAPTER9, NAME, COMPONENT, { viewport: { width: 1280, height: 1800 } });
    context = opened.context;
    const { page, widget } = opened;
    await widget.getByText('待放置的会员').waitFor();
    const drag = async (from: ReturnType<typeof widget.locator>, to: ReturnType<typeof widget.locator>) => {
      // Centre the card, clear of the sticky header, with the target still on screen.
      await from.evaluate((el) => el.scrollIntoView({ block: 'center' }));
      const a = (await from.boundingBox())!;
      const b = (await to.boundingBox())!;
      await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
      await page.mouse.down();
      await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 12 });
      await page.mouse.up();
    };
    // Place six members with their buttons so the pile is short enough for pile and matrix to share the screen.
    for (let i = 0; i < 6; i++) await widget.locator('.lm-pile .lm-card-actions .btn').first().click();
    await expect.poll(() => widget.locator('.lm-pile [data-drag-card]').count()).toBe(2);
    const quadrant = widget.locator('[data-drop="defector"]');
    const before = await quadrant.locator('[data-drag-card]').count();
    await drag(widget.locator('.lm-pile [data-drag-card]').first(), quadrant);
    await expect.poll(() => quadrant.locator('[data-drag-card]').count()).toBe(before + 1);
    await expect.poll(() => widget.locator('[role="status"][aria-live="polite"]').textContent()).toMatch(/还有 1 位/);
    await drag(quadrant.locator('[data-drag-card]').first(), widget.locator('[data-drop="pile"]'));
    await expect.poll(() => widget.locator('.lm-pile [data-drag-card]').count()).toBe(2);
    expect(opened.errors()).toEqual([]);
  });

  it('works on a phone (390 × 844) with taps, without sideways scrolling', async () => {
    const opened = await openWidget(browser, CHAPTER9, NAME, COMPONENT, { viewport: { width: 390, height: 844 } });
    context = opened.context;
    const { page, widget } = opened;
    await widget.getByText('待放置的会员').waitFor();
    await shootWidget(page, NAME, `${SCREENSHOTS}/loyalty-matrix-phone-start.png`);
    for (const [name, label] of [['王老师', '忠诚者（传道者）'], ['赵先生', '背叛者'], ['陈女士', '唯利是图者（雇佣兵）']] as const) {
      await widget.getByRole('button', { name: `${name}放入${label}` }).click();
    }
    await shootWidget(page, NAME, `${SCREENSHOTS}/loyalty-matrix-phone-sorting.png`);
    await expectNoPageOverflow(page);
    await expectAccessible(page, NAME);
    expect(opened.errors()).toEqual([]);
  });

  it('runs class mode for the instructor in projector mode', async () => {
    const opened = await openWidget(browser, `${CHAPTER9}?teacher=1&lm.mode=class`, NAME, COMPONENT, { settings: PROJECTOR_SETTINGS });
    context = opened.context;
    const { page, widget } = opened;
    expect(await page.locator('html').getAttribute('class')).toContain('projector-mode');
    await widget.getByRole('heading', { name: '课堂模式 · 第 1 / 8 位会员' }).waitFor();
    await shootWidget(page, NAME, `${SCREENSHOTS}/loyalty-matrix-projector-class.png`);
    await expectAccessible(page, NAME);
    await tabTo(page, widget.getByRole('button', { name: '人质' }));
    await page.keyboard.press('Enter');
    await tabTo(page, widget.getByRole('button', { name: '揭晓指标' }));
    await page.keyboard.press('Enter');
    await widget.locator('.lm-reveal').waitFor();
    expect(await widget.locator('.lm-reveal').textContent()).toContain('忠诚者（传道者）：✗ 与全班的判断不同。');
    await expect.poll(async () => (await focused(page)).focus).toBe('class-next');
    await shootWidget(page, NAME, `${SCREENSHOTS}/loyalty-matrix-projector-revealed.png`);
    await expectAccessible(page, NAME);
    await expectNoPageOverflow(page);
    expect(opened.errors()).toEqual([]);
  });

  it('reopens a shared result on the Traditional Chinese page', async () => {
    const opened = await openWidget(browser, `/zh-hant${CHAPTER9}?lm.picks=amhdamhd&lm.step=result`, NAME, COMPONENT);
    context = opened.context;
    const { page, widget } = opened;
    // a m h d a m h d against the answers a h m d a h m d (keys 1 3 2 4 …): 王老师, 吴先生, 小周, 郑女士 right.
    await widget.getByRole('heading', { name: '結果：4 / 8 位會員放對了象限' }).waitFor();
    expect(await widget.getByRole('heading', { name: '人質：2 位' }).count()).toBe(1);
    await shootWidget(page, NAME, `${SCREENSHOTS}/loyalty-matrix-zh-hant-result.png`);
    await expectAccessible(page, NAME);
    expect(opened.errors()).toEqual([]);
  });
});
