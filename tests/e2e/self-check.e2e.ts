import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, SCREENSHOTS } from './support/browser';
import { url } from './support/site';
import { expectAccessible, JS_BUDGET_BYTES, openPage, tabUntilWith, weighScripts, type OpenOptions } from './support/widget';

const CH6 = '/chapters/06-customer-tiering/';
const CH2 = '/chapters/02-crm-technology/';
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

async function open(path: string, options: Pick<OpenOptions, 'viewport' | 'settings'> & { widget?: string } = {}): Promise<{ page: Page; widget: Locator; errors: string[] }> {
  const opened = await openPage(browser, path, options);
  context = opened.context;
  const { page, consoleErrors: errors } = opened;
  const widget = page.locator(`[data-widget="${options.widget ?? 'self-check'}"]`);
  await widget.scrollIntoViewIfNeeded();
  await widget.locator('.sc-question, .sc-summary, .sc-class').first().waitFor();
  // Keyboard work starts inside the widget (its first control), as after Tab-ing down the page to it.
  await widget.locator('.widget-head button').first().focus();
  return { page, widget, errors };
}

const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return { text: (el?.textContent ?? '').trim(), tag: el?.tagName ?? '', type: (el as HTMLInputElement | null)?.type ?? '', label: el?.closest('label')?.textContent?.trim() ?? '', focus: el?.dataset.focus ?? '' };
  });

const tabUntil = tabUntilWith(focused);

/** The option labels of the current question, in the order shown. */
const optionLabels = (widget: Locator) => widget.locator('.sc-form label.sc-option').allTextContents();

/** Answers the current question by keyboard: focus its first input, then arrows (radios) or Tab/Space (checkboxes). */
async function chooseByKeyboard(page: Page, widget: Locator, wanted: (label: string) => boolean, multiple: boolean): Promise<void> {
  const labels = await optionLabels(widget);
  await tabUntil(page, (f) => f.tag === 'INPUT' && (f.type === 'radio' || f.type === 'checkbox'));
  if (multiple) {
    for (const label of labels) {
      if (wanted(label)) await page.keyboard.press('Space');
      await page.keyboard.press('Tab');
    }
  } else {
    const index = labels.findIndex(wanted);
    expect(index, `no option matching among ${labels.join(' | ')}`).toBeGreaterThanOrEqual(0);
    // Tab lands on the checked radio or the first one; arrows move and select.
    await page.keyboard.press('Space');
    for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  }
}

async function submitByKeyboard(page: Page): Promise<void> {
  await tabUntil(page, (f) => f.text === '提交答案');
  await page.keyboard.press('Enter');
}

describe('self-check in Chromium', () => {
  it('keeps chapter 2 (two quizzes and the staffing calculator) within the JavaScript budget before interaction', async () => {
    context = await newContext(browser);
    const page = await context.newPage();
    const scripts = weighScripts(page);
    await page.goto(url(CH2), { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    const before = scripts.gzip();
    const quiz = page.locator('[data-widget="crm-functions-quiz"]');
    await quiz.scrollIntoViewIfNeeded();
    await quiz.locator('.sc-question').waitFor();
    await page.waitForLoadState('networkidle');
    const after = scripts.gzip();
    console.log(`chapter 2 JavaScript (gzip): ${(before / 1024).toFixed(1)} KB before interaction, ${(after / 1024).toFixed(1)} KB once the functions quiz is on screen`);
    expect(before).toBeLessThanOrEqual(JS_BUDGET_BYTES);
    // Two quiz widgets, each with its own kebab-case name and quiz id, the self-check last in the article.
    expect(await page.locator('[data-widget="crm-functions-quiz"] [data-quiz="02-crm-technology/crm-functions-quiz"]').count()).toBe(1);
    expect(await page.locator('[data-widget="self-check"] [data-quiz="02-crm-technology/self-check"]').count()).toBe(1);
    expect(await page.locator('[data-widget-slot="crm-functions-quiz"]').count()).toBe(0);
  });

  it('a learner answers chapter 6’s self-check by keyboard alone; the answers, score and progress survive a reload', async () => {
    const { page, widget, errors } = await open(CH6);
    await widget.getByRole('heading', { name: /第 1 \/ 8 题/ }).waitFor();
    // Nothing of the answer before the learner commits.
    expect(await widget.getByText('解析：').count()).toBe(0);
    await widget.screenshot({ path: `${SCREENSHOTS}/self-check-desktop-question.png` });
    await expectAccessible(page);

    // Q1 (number): D's R score; type a wrong answer first to meet the typical-mistake feedback.
    await tabUntil(page, (f) => f.tag === 'INPUT' && f.type === 'text');
    await page.keyboard.type('2');
    await page.keyboard.press('Enter');
    const verdict = widget.locator('.sc-verdict');
    await verdict.waitFor();
    expect(await verdict.textContent()).toContain('你数的是天数比 D 少的人');
    await expect.poll(async () => (await focused(page)).focus).toBe('feedback:q1');
    await widget.screenshot({ path: `${SCREENSHOTS}/self-check-desktop-feedback.png` });
    await expectAccessible(page);

    // Q2 … Q8 by keyboard, answering each with the right option where it is easy to find.
    const right: Record<number, { pick: (label: string) => boolean; multiple?: boolean; text?: string }> = {
      2: { pick: () => false, text: '3' },
      3: { pick: () => false, text: '1,675.43 元' },
      4: { pick: (l) => l.includes('重要发展客户') },
      5: { pick: (l) => l.includes('RFM 分析法') },
      6: { pick: (l) => l.includes('错误') },
      7: { pick: (l) => l.includes('潜在价值') },
      8: { pick: (l) => l.includes('最低订货量') },
    };
    for (let n = 2; n <= 8; n++) {
      await tabUntil(page, (f) => f.text === '下一题');
      await page.keyboard.press('Enter');
      await widget.getByRole('heading', { name: new RegExp(`第 ${n} / 8 题`) }).waitFor();
      await expect.poll(async () => (await focused(page)).focus).toBe('question');
      const answer = right[n]!;
      if (answer.text) {
        await tabUntil(page, (f) => f.tag === 'INPUT' && f.type === 'text');
        await page.keyboard.type(answer.text);
        await page.keyboard.press('Enter');
      } else {
        await chooseByKeyboard(page, widget, answer.pick, answer.multiple ?? false);
        await submitByKeyboard(page);
      }
      await expect.poll(() => widget.locator('.sc-verdict').count()).toBe(1);
      if (n === 6) await widget.screenshot({ path: `${SCREENSHOTS}/self-check-desktop-true-false.png` });
    }
    await tabUntil(page, (f) => f.text === '查看总分');
    await page.keyboard.press('Enter');
    const total = widget.getByRole('heading', { name: /^总分 7 \/ 8（88%）$/ });
    await total.waitFor();
    await expect.poll(async () => (await focused(page)).focus).toBe('summary');
    expect(await widget.locator('[role="status"][aria-live="polite"]').textContent()).toContain('全部 8 题已答完，总分 7 / 8');
    await widget.screenshot({ path: `${SCREENSHOTS}/self-check-desktop-summary.png` });
    await expectAccessible(page);

    // Kept in this browser: the score page comes back after a reload, and the chapter counts the widget as used.
    await page.reload();
    await widget.scrollIntoViewIfNeeded();
    await total.waitFor();
    const stored = await page.evaluate(() => ({
      quiz: JSON.parse(localStorage.getItem('crm-lab:self-check')!).data.quizzes['06-customer-tiering/self-check'],
      progress: JSON.parse(localStorage.getItem('crm-lab:progress')!).data.chapters['06-customer-tiering'],
    }));
    expect(Object.keys(stored.quiz.attempt.responses)).toHaveLength(8);
    expect(stored.quiz.history).toHaveLength(1);
    expect(stored.progress.widgets).toContain('self-check');

    // Retry by keyboard: a new seed, nothing answered.
    await widget.getByRole('button', { name: '复制链接' }).focus();
    await tabUntil(page, (f) => f.text === '重新测一遍（选项重新打乱）', 80);
    await page.keyboard.press('Enter');
    await widget.getByRole('heading', { name: /第 1 \/ 8 题/ }).waitFor();
    expect(await widget.getByRole('button', { name: '第 1 题：未作答' }).count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('multiple answers by keyboard: Space ticks, partial credit is explained', async () => {
    const { page, widget } = await open('/chapters/03-customer-selection/?self-check.q=3');
    await widget.getByRole('heading', { name: /第 3 \/ 8 题 · 多选题/ }).waitFor();
    await chooseByKeyboard(page, widget, (l) => l.includes('毛利很薄') || l.includes('账期'), true);
    await submitByKeyboard(page);
    await widget.getByRole('heading', { name: /½ 部分正确：选对了 3 个正确选项中的 2 个，没有选错，得 0.67 分/ }).waitFor();
    expect(await widget.getByText('你漏选了').count()).toBe(1);
    await widget.screenshot({ path: `${SCREENSHOTS}/self-check-desktop-multiple.png` });
    await expectAccessible(page);
  });

  it('the functions quiz of chapter 2 and its self-check keep separate answers; a copied link reopens the same question and order', async () => {
    const { page, widget } = await open(CH2, { widget: 'crm-functions-quiz' });
    await context!.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url('/')).origin });
    await widget.getByRole('heading', { name: /第 1 \/ 8 题 · 单选题/ }).waitFor();
    await chooseByKeyboard(page, widget, (l) => l.includes('营销管理'), false);
    await submitByKeyboard(page);
    await widget.getByRole('heading', { name: /✓ 回答正确/ }).waitFor();
    await tabUntil(page, (f) => f.text === '下一题');
    await page.keyboard.press('Enter');
    await widget.getByRole('heading', { name: /第 2 \/ 8 题/ }).waitFor();
    const order = await optionLabels(widget);
    await widget.getByRole('button', { name: '复制链接' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => widget.locator('.share-link [role="status"]').textContent()).toContain('链接已复制');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(/crm-functions-quiz\.seed=1&crm-functions-quiz\.q=2#crm-functions-quiz$/);

    const stored = await page.evaluate(() => Object.keys(JSON.parse(localStorage.getItem('crm-lab:self-check')!).data.quizzes));
    expect(stored).toEqual(['02-crm-technology/crm-functions-quiz']);

    const other = await context!.newPage();
    await other.goto(link);
    const again = other.locator('[data-widget="crm-functions-quiz"]');
    await again.scrollIntoViewIfNeeded();
    await again.getByRole('heading', { name: /第 2 \/ 8 题/ }).waitFor();
    await again.locator('.sc-question').waitFor();
    expect(await optionLabels(again)).toEqual(order);
    await expectAccessible(other);
  });

  it('class mode for the projector: one question big, the answer only when revealed (teacher, keyboard only)', async () => {
    const { page, widget, errors } = await open(`${CH6}?teacher=1`, { settings: { teacher: true, projector: true, course: null } });
    expect(await page.locator('html').getAttribute('class')).toContain('projector-mode');
    // The teacher's key opens without answering.
    await tabUntil(page, (f) => f.text === '显示答案（教师）', 60);
    await page.keyboard.press('Enter');
    await widget.getByRole('heading', { name: '答案与解析' }).waitFor();
    await expectAccessible(page);

    await tabUntil(page, (f) => f.text === '课堂模式（一次投影一题）', 60, 'Shift+Tab');
    await page.keyboard.press('Enter');
    await widget.getByRole('heading', { name: /课堂模式 · 第 1 \/ 8 题 · 计算题/ }).waitFor();
    expect(await widget.getByText('解析：').count()).toBe(0);
    await tabUntil(page, (f) => f.text === '下一题');
    await page.keyboard.press('Enter');
    await widget.getByRole('heading', { name: /课堂模式 · 第 2 \/ 8 题/ }).waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}/self-check-projector-class.png` });
    await tabUntil(page, (f) => f.text === '揭晓答案');
    await page.keyboard.press('Enter');
    await widget.getByText('解析：').waitFor();
    await expect.poll(async () => (await focused(page)).focus).toBe('class-answer');
    const size = await widget.locator('.sc-class-prompt').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(30);
    await page.screenshot({ path: `${SCREENSHOTS}/self-check-projector-revealed.png` });
    await expectAccessible(page);
    expect(errors).toEqual([]);
  });

  it('on a phone (390 × 844) nothing overflows the screen', async () => {
    const { page, widget } = await open(`${CH6}?self-check.q=1`, { viewport: { width: 390, height: 844 } });
    await widget.getByRole('heading', { name: /第 1 \/ 8 题/ }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await widget.screenshot({ path: `${SCREENSHOTS}/self-check-phone-question.png` });
    await page.goto(url('/chapters/02-crm-technology/?crm-functions-quiz.q=8#crm-functions-quiz'));
    const quiz = page.locator('[data-widget="crm-functions-quiz"]');
    await quiz.scrollIntoViewIfNeeded();
    await quiz.getByRole('heading', { name: /第 8 \/ 8 题/ }).waitFor();
    await quiz.locator('label.sc-option').nth(3).click();
    await quiz.getByRole('button', { name: '提交答案' }).click();
    await quiz.locator('.sc-verdict').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await quiz.screenshot({ path: `${SCREENSHOTS}/self-check-phone-feedback.png` });
    await expectAccessible(page);
  });

  it('in Traditional Chinese the questions and the widget’s own words convert', async () => {
    const { page, widget, errors } = await open('/zh-hant/chapters/08-customer-satisfaction/');
    await widget.getByRole('heading', { name: '本章自測' }).waitFor();
    expect(await widget.getByRole('heading', { name: /第 1 \/ 8 題 · 計算題/ }).count()).toBe(1);
    expect(await widget.textContent()).toContain('淨推薦值');
    await widget.locator('input[type="text"]').fill('20');
    await widget.getByRole('button', { name: '提交答案' }).click();
    await widget.getByRole('heading', { name: /✓ 回答正確/ }).waitFor();
    const link = widget.getByRole('link', { name: /回看本章/ });
    const href = (await link.getAttribute('href'))!;
    expect(await page.locator(`[id="${decodeURIComponent(href.slice(1))}"]`).count()).toBe(1);
    await widget.screenshot({ path: `${SCREENSHOTS}/self-check-hant.png` });
    await expectAccessible(page);
    expect(errors).toEqual([]);
  });
});
