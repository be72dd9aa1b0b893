import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { bestPlaythrough, currentTurn, replayRoleplay, type Scenario } from '~/engine/communication/roleplay';
import { toHant } from '~/i18n/hant-html';
import { loadScenarios } from '../engine/communication/roleplay/load-scenarios';
import { launchBrowser, newContext, SCREENSHOTS } from './support/browser';
import { scratchDir } from '../helpers/scratch-dirs';
import { url } from './support/site';
import { expectAccessible, JS_BUDGET_BYTES, openWidget, tabUntilWith, weighScripts, type OpenOptions } from './support/widget';

const CHAPTER = '/chapters/07-customer-communication/';
const scripts = new Map(loadScenarios().map((s) => [s.id, s]));
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

async function open(path: string, options: Pick<OpenOptions, 'viewport' | 'settings'> = {}) {
  const opened = await openWidget(browser, path, 'complaint-roleplay', 'ComplaintRoleplay', options);
  context = opened.context;
  return { page: opened.page, widget: opened.widget, errors: opened.consoleErrors };
}

const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return { text: (el?.textContent ?? '').replace(/\s+/g, ''), tag: el?.tagName ?? '', label: el?.getAttribute('aria-label') ?? '', focus: el?.dataset.focus ?? '', type: el?.getAttribute('type') ?? '' };
  });

const tabUntil = tabUntilWith(focused);

/** A screenshot of part of the page without the sticky site header lying over it. */
async function shot(page: Page, target: Locator, name: string): Promise<void> {
  const style = await page.addStyleTag({ content: '.site-header { position: static !important; }' });
  await target.screenshot({ path: `${SCREENSHOTS}/complaint-roleplay-${name}.png` });
  await style.evaluate((element) => (element as HTMLElement).remove());
}

const squash = (s: string) => s.replace(/\s+/g, '');
const optionText = (scenario: Scenario, node: string, option: string) => scenario.nodes[node]!.options!.find((o) => o.id === option)!.text;

/** Tabs to the reply button whose text is the option's and presses Enter; waits for the next turn. */
async function replyByKeys(page: Page, widget: Locator, text: string, turn: number): Promise<void> {
  await tabUntil(page, (f) => f.tag === 'BUTTON' && f.text.endsWith(squash(text)));
  await page.keyboard.press('Enter');
  await widget.getByText(new RegExp(`^你（第 ${turn} 轮`)).first().waitFor();
}

describe('complaint-roleplay (客户投诉处理角色扮演) in Chromium', () => {
  it('keeps chapter 7 within the JavaScript budget before interaction', async () => {
    context = await newContext(browser);
    const page = await context.newPage();
    const loaded = weighScripts(page);
    await page.goto(url(CHAPTER), { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    const before = loaded.gzip();
    const widget = page.locator('[data-widget="complaint-roleplay"]');
    await widget.scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelector('astro-island[component-url*="ComplaintRoleplay"]:not([ssr])') !== null);
    await page.waitForLoadState('networkidle');
    const after = loaded.gzip();
    const html = await (await page.request.get(url(CHAPTER))).body();
    const script = await (await page.request.get(url('/scenarios/parcel-delay.json'))).body();
    console.log(
      `chapter 7 JavaScript (gzip): ${(before / 1024).toFixed(1)} KB before interaction, ${(after / 1024).toFixed(1)} KB once the role-play is on screen; ` +
        `page HTML ${(html.length / 1024).toFixed(1)} KB (${(gzipSync(html).length / 1024).toFixed(1)} KB gzip); ` +
        `one script, parcel-delay.json, ${(script.length / 1024).toFixed(1)} KB (${(gzipSync(script).length / 1024).toFixed(1)} KB gzip), fetched when chosen`,
    );
    expect(before).toBeLessThanOrEqual(JS_BUDGET_BYTES);
  });

  it('a scenario played to its end by keyboard: debrief, better replies, path map, transcript exported', async () => {
    const parcel = scripts.get('parcel-delay')!;
    const { page, widget, errors } = await open(CHAPTER);
    await widget.getByRole('button', { name: /包裹延误/ }).focus();
    // The widget's own stylesheet is on the page (the scenario buttons are laid out as cards).
    expect(await widget.locator('.cr-scenario').first().evaluate((el) => getComputedStyle(el).display)).toBe('flex');
    await shot(page, widget, 'desktop-brief');
    await expectAccessible(page);

    await tabUntil(page, (f) => f.text === '开始对话');
    await page.keyboard.press('Enter');
    await widget.getByText(parcel.nodes.open!.line as string).waitFor();
    // The customer's line has the focus; the replies follow it in the tab order.
    expect((await focused(page)).focus).toBe('line');
    expect(await widget.getByRole('meter', { name: /周女士的情绪/ }).getAttribute('aria-valuetext')).toBe('怒气冲冲，满意度 15/100');

    // Turn 1: a weak reply (asking for the number before hearing her out); then the best ones.
    const plan = replayRoleplay(parcel, ['number-first', ...bestPlaythrough(parcel).history.slice(1).map((h) => h.option)]).state.history;
    expect(plan).toHaveLength(8);
    for (const [i, record] of plan.entries()) {
      await replyByKeys(page, widget, optionText(parcel, record.node, record.option), i + 1);
      if (i === 2) {
        await shot(page, widget, 'desktop-conversation');
        await expectAccessible(page);
      }
    }
    const debrief = widget.getByRole('heading', { name: '复盘' });
    await debrief.waitFor();
    expect((await focused(page)).focus).toBe('debrief');
    expect(await widget.getByText('结局：圆满解决').count()).toBe(1);
    expect(await widget.locator('.cr-score').textContent()).toMatch(/流程总分 83（良好）/); // listening skipped: (0 + 5 × 100) / 6
    expect(await widget.locator('.cr-verdict').textContent()).toMatch(/^及格：/);
    expect(await widget.getByText('第 1 轮 · 开场').count()).toBe(1);
    expect(await widget.getByRole('img', { name: /对话地图：这个情境共有 16 个节点、4 种结局；你的路径经过 9 个节点/ }).count()).toBe(1);
    await shot(page, widget, 'desktop-debrief');
    await shot(page, widget.locator('.cr-debrief > .cr-table-wrap').first(), 'desktop-debrief-outcomes');
    await shot(page, widget.locator('.cr-debrief > .cr-table-wrap').nth(1), 'desktop-debrief-steps');
    await shot(page, widget.locator('.cr-map'), 'desktop-debrief-map');
    await shot(page, widget.locator('.cr-better'), 'desktop-debrief-better');
    await expectAccessible(page);

    await tabUntil(page, (f) => f.text === '导出对话记录（Markdown）', 120);
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toMatch(/^投诉处理角色扮演-包裹延误-差点误了投标的标书-\d{4}-\d{2}-\d{2}\.md$/);
    const saved = `${scratchDir('roleplay-')}/transcript.md`;
    await download.saveAs(saved);
    const md = readFileSync(saved, 'utf8');
    expect(md).toContain('# 客户投诉处理角色扮演：包裹延误：差点误了投标的标书');
    expect(md).toContain(`**你（第 1 轮）：** ${optionText(parcel, 'open', 'number-first')}`.replace('（第 1 轮）', '（第 1 轮，选择）'));
    expect(md).toContain('**结局：化险为夷，客户留下了**');
    expect(md).toContain('| 倾听 | 接收 | 0 | 没有做 |');

    // Back to turn 1 from the debrief, by keyboard, to try the better reply (it sits above the export button).
    await tabUntil(page, (f) => f.text === '回到第1轮再试', 60, 'Shift+Tab');
    await page.keyboard.press('Enter');
    await widget.getByRole('heading', { name: '复盘' }).waitFor({ state: 'detached' });
    await widget.locator('.cr-log').getByText(parcel.nodes.open!.line as string).waitFor();
    expect(await widget.locator('.cr-option').count()).toBe(4);
    expect(errors).toEqual([]);
  });

  it('class vote in projector mode (teacher, keyboard only): a tie, a majority, then the class’s path', async () => {
    const hotel = scripts.get('hotel-overbooking')!;
    const { page, widget, errors } = await open(CHAPTER, { settings: { teacher: true, projector: true, course: null } });
    expect(await page.locator('html').getAttribute('class')).toContain('projector-mode');
    await widget.getByRole('button', { name: /酒店超订/ }).focus();
    await page.keyboard.press('Enter');
    await widget.getByText(/悦居酒店前台值班主管/).waitFor();
    // The answer mode with the arrow keys, as a radio group works.
    await tabUntil(page, (f) => f.tag === 'INPUT' && f.type === 'radio');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await widget.getByRole('radio', { name: /全班投票/ }).isChecked()).toBe(true);
    await page.keyboard.press('Shift+Tab');
    await tabUntil(page, (f) => f.text === '开始对话');
    await page.keyboard.press('Enter');
    await widget.getByRole('heading', { name: '全班投票' }).waitFor();
    await shot(page, widget, 'projector-vote');
    await expectAccessible(page);

    const best = bestPlaythrough(hotel).history;
    const letters = ['A', 'B', 'C', 'D'];
    /** The replies on offer at turn k (0-based) of the best path, in the order (and letters) the widget shows them. */
    const offered = (k: number) => currentTurn(hotel, replayRoleplay(hotel, best.slice(0, k).map((h) => h.option)).state).options;
    const vote = async (counts: number[]) => {
      await tabUntil(page, (f) => f.tag === 'INPUT' && f.type === 'number');
      for (const count of counts) {
        await page.keyboard.type(String(count));
        await page.keyboard.press('Tab');
        await tabUntil(page, (f) => (f.tag === 'INPUT' && f.type === 'number') || f.text === '按多数票继续');
      }
      expect((await focused(page)).text).toBe('按多数票继续');
      await page.keyboard.press('Enter');
    };
    // Turn 1: a tie between the best reply and another; nothing is played, the instructor is asked to decide.
    const first = offered(0);
    const bestIndex = first.findIndex((o) => o.id === best[0]!.option);
    const tie = first.map((_, i) => (i === bestIndex || i === (bestIndex + 1) % first.length ? 12 : 3));
    await vote(tie);
    expect(await widget.getByRole('alert').textContent()).toMatch(/票数相同（各 12 票）/);
    await shot(page, widget, 'projector-tie');
    // The instructor decides with the keyboard (the choice buttons sit above 按多数票继续).
    await tabUntil(page, (f) => f.text === `全班选${letters[bestIndex]}`, 20, 'Shift+Tab');
    await page.keyboard.press('Enter');
    await widget.getByText(/^你（第 1 轮，全班投票）/).waitFor({ state: 'attached' }); // the log is folded in class mode

    // Turns 2 and 3: a clear majority for the best reply.
    for (const turn of [1, 2]) {
      const options = offered(turn);
      const winner = options.findIndex((o) => o.id === best[turn]!.option);
      await widget.locator('.cr-class-line p', { hasText: best[turn]!.line }).waitFor();
      expect((await focused(page)).focus).toBe('class-line');
      await vote(options.map((_, i) => (i === winner ? 20 : 2)));
      await widget.getByText(new RegExp(`^你（第 ${turn + 1} 轮，全班投票）`)).waitFor({ state: 'attached' });
    }
    await shot(page, widget, 'projector-vote-turn4');

    // The rest by the instructor's choice.
    for (const [turn, record] of best.slice(3).entries()) {
      const options = offered(turn + 3);
      await widget.locator('.cr-class-line p', { hasText: record.line }).waitFor();
      await tabUntil(page, (f) => f.text === `全班选${letters[options.findIndex((o) => o.id === record.option)]}`, 60);
      await page.keyboard.press('Enter');
      await widget.getByText(new RegExp(`^你（第 ${turn + 4} 轮，全班投票）`)).waitFor({ state: 'attached' });
    }
    await widget.getByRole('heading', { name: '复盘（全班）' }).waitFor();
    expect(await widget.getByRole('heading', { name: '全班的路径' }).count()).toBe(1);
    expect(await widget.getByText(/^全班投票：.*20 票/).count()).toBe(2);
    await shot(page, widget, 'projector-debrief');
    await shot(page, widget.locator('.cr-map'), 'projector-debrief-map');
    // The path map's labels and step numbers as drawn (their size times the map's scale) read from the back row,
    // and no two of them overlap.
    const drawn = await widget.locator('.cr-map-svg').evaluate((svg) => {
      const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
      return [...svg.querySelectorAll('text')].map((t) => {
        const r = t.getBoundingClientRect();
        const px = parseFloat(getComputedStyle(t).fontSize) * scale;
        // The glyphs' own height (the box adds the line's leading above and below).
        const middle = (r.top + r.bottom) / 2;
        return { text: t.textContent, px, left: r.left, top: middle - px / 2, right: r.right, bottom: middle + px / 2 };
      });
    });
    expect(drawn.length).toBeGreaterThan(10);
    expect(drawn.filter((t) => t.px < 28).map((t) => `${t.text} ${t.px.toFixed(1)} px`)).toEqual([]);
    const overlapping = drawn.flatMap((a, i) =>
      drawn.slice(i + 1).filter((b) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1).map((b) => `${a.text} × ${b.text}`),
    );
    expect(overlapping).toEqual([]);
    await expectAccessible(page);
    expect(errors).toEqual([]);
  });

  it('works on a phone (390 × 844): a typed reply is read and played, then the debrief fits the screen', async () => {
    const bank = scripts.get('bank-fee')!;
    const { page, widget, errors } = await open(CHAPTER, { viewport: { width: 390, height: 844 } });
    await widget.getByRole('button', { name: /银行扣费/ }).tap().catch(() => widget.getByRole('button', { name: /银行扣费/ }).click());
    await widget.getByRole('radio', { name: '自由输入' }).check();
    await page.screenshot({ path: `${SCREENSHOTS}/complaint-roleplay-phone-brief.png` });
    await widget.getByRole('button', { name: '开始对话' }).click();
    const box = widget.getByLabel('用你自己的话回复客户');
    await box.fill('大爷您别着急，先坐下。您是说存折上少了十块钱，担心卡被盗了，对吧？');
    await widget.getByRole('button', { name: '发送' }).click();
    await widget.getByRole('heading', { name: '系统这样理解你的回复' }).waitFor();
    expect(await widget.locator('.cr-reading').textContent()).toMatch(/倾听与复述/);
    await page.screenshot({ path: `${SCREENSHOTS}/complaint-roleplay-phone-free-reading.png` });
    await expectAccessible(page);
    await widget.getByRole('button', { name: '就按这个回答' }).click();
    await widget.getByText(/^你输入的原话/).waitFor();

    // The rest with taps on the buttons offered alongside the box.
    await widget.getByRole('radio', { name: '选择回答' }).check();
    for (const [i, record] of bestPlaythrough(bank).history.slice(1).entries()) {
      const text = optionText(bank, record.node, record.option);
      await widget.locator('.cr-option', { hasText: new RegExp(`^[A-D]：${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }).click();
      await widget.getByText(new RegExp(`^你（第 ${i + 2} 轮`)).first().waitFor();
    }
    await widget.getByRole('heading', { name: '复盘' }).waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}/complaint-roleplay-phone-debrief.png` });
    await shot(page, widget.locator('.cr-map'), 'phone-map');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAccessible(page);
    expect(errors).toEqual([]);
  });

  it('speaks Traditional Chinese on /zh-hant/ pages, reads a reply typed in Traditional, and a shared link reopens a turn', async () => {
    const telecom = scripts.get('telecom-bill')!;
    const path = bestPlaythrough(telecom).history.slice(0, 2).map((h) => h.option);
    const { page, widget, errors } = await open(`/zh-hant${CHAPTER}?roleplay.scenario=telecom-bill&roleplay.mode=free&roleplay.path=${path.join('.')}`);
    // Expected words converted with OpenCC, as the build converts the pages.
    await widget.getByRole('heading', { name: toHant('客户投诉处理角色扮演') }).waitFor();
    await widget.getByText(toHant(telecom.title)).first().waitFor();
    await widget.getByText(new RegExp(`^${toHant('你（第 2 轮')}`)).waitFor();
    await widget.getByLabel(toHant('用你自己的话回复客户')).fill(toHant('孙先生，非常抱歉。我马上帮您退订，90 元今天全额退回，两个工作日内给您答复。'));
    await widget.getByRole('button', { name: toHant('发送') }).click();
    await widget.getByRole('heading', { name: toHant('系统这样理解你的回复') }).waitFor();
    const reading = await widget.locator('.cr-reading').textContent();
    expect(reading).toContain(toHant('致歉'));
    expect(reading).toContain(toHant('提出解决方案'));
    expect(reading).toContain(toHant('具体承诺'));
    await shot(page, widget, 'hant-free');
    await expectAccessible(page);
    expect(errors).toEqual([]);
  });
});
