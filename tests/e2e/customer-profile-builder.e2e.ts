import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, SCREENSHOTS, seriousA11yViolations } from './support/browser';
import { scratchDir } from '../helpers/scratch-dirs';
import { copyShareLink, openWidget, shootWidget, tabTo, widgetA11yViolations, type ErrorWatch, type OpenOptions } from './support/widget';

const CHAPTER5 = '/chapters/05-customer-information/';
let browser: Browser;
let context: BrowserContext;
let page: Page;
let watched: ErrorWatch;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const widget = () => page.locator('[data-widget="customer-profile-builder"]');
const sheetNames = () => widget().locator('.profile-row-name').allTextContents();
const score = () => widget().locator('.profile-score');
const shoot = (name: string) => shootWidget(page, 'customer-profile-builder', `${SCREENSHOTS}/customer-profile-builder-${name}.png`);

/** Opens the chapter in a fresh context, or with `keep` in the same one (its storage: a second visit). */
async function open(options: Pick<OpenOptions, 'viewport' | 'projector'> & { path?: string; keep?: boolean } = {}) {
  if (!options.keep) await context?.close();
  const opened = await openWidget(browser, options.path ?? CHAPTER5, 'customer-profile-builder', 'ProfileBuilder', { ...options, context: options.keep ? context : undefined });
  ({ context, page } = opened);
  watched = opened;
  await widget().getByRole('radio').first().waitFor();
}

/** Space on a checkbox found by its accessible name (Tab until it has the focus). */
async function toggle(name: RegExp | string, key: 'Tab' | 'Shift+Tab' = 'Tab') {
  await tabTo(page, widget().getByRole('checkbox', { name }), 150, key);
  await page.keyboard.press('Space');
}

describe('Record-sheet designer (chapter 5), keyboard only', () => {
  it('designs the supermarket member sheet, checks it, fixes it, exports it, and finds the draft again after a reload', async () => {
    await open();
    await shoot('start');
    expect(await seriousA11yViolations(page)).toEqual([]);

    await widget().getByRole('radio', { name: /鲜邻超市的会员档案/ }).focus();
    for (const name of [/^客户编号/, /^手机号/, /^身份证号/]) await toggle(name);
    await expect.poll(sheetNames).toEqual(['客户编号', '手机号', '身份证号']);
    expect(await score().count()).toBe(0); // no feedback before the learner asks
    await tabTo(page, widget().getByRole('button', { name: '检查我的设计' }));
    await page.keyboard.press('Enter');
    // 3 must-haves missing (3 × 8), ID number sensitive and unneeded (10), 客户编号 and 手机号 optional (2 × 3), no reasons (2 × 2) → 56.
    await expect.poll(() => score().textContent()).toBe('得分 56 / 100（需要修改）：必备字段 2 / 5；有必须改的问题，见下。');
    expect(await widget().locator('.profile-findings').textContent()).toContain('“身份证号”属于敏感个人信息（身份证件号码），本情境不需要，不应收集');
    await shoot('checked');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Fix it: remove the ID number, add the three missing fields, mark all five required and write what each is for.
    await tabTo(page, widget().getByRole('button', { name: '移除“身份证号”' }), 150, 'Shift+Tab');
    await page.keyboard.press('Enter');
    // The focus is now on the sheet's heading (after the catalogue): back up to the fields, last first.
    for (const name of [/^告知同意和授权记录/, /^购买记录/, /^沟通偏好/]) await toggle(name, 'Shift+Tab');
    await expect.poll(sheetNames).toEqual(['客户编号', '手机号', '沟通偏好', '购买记录', '告知同意和授权记录']);
    for (let i = 0; i < 5; i++) {
      await tabTo(page, widget().getByRole('checkbox', { name: '必填' }).nth(i), 150);
      await page.keyboard.press('Space');
      await page.keyboard.press('Tab');
      await page.keyboard.type('会员服务需要');
    }
    await tabTo(page, widget().getByRole('button', { name: '检查我的设计' }));
    await page.keyboard.press('Enter');
    await expect.poll(() => score().textContent()).toBe('得分 100 / 100（优秀）：必备字段 5 / 5；没有必须改的问题。');

    await tabTo(page, widget().getByRole('button', { name: '导出 CSV（Excel 可打开）' }), 150, 'Shift+Tab');
    const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    const path = join(scratchDir('profile-'), file.suggestedFilename());
    await file.saveAs(path);
    const lines = readFileSync(path, 'utf8').replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('栏目,字段,必填/选填,用途说明,提示,填写内容');
    expect(lines[1]).toBe('基本信息,客户编号,必填,会员服务需要,,');
    expect(lines).toHaveLength(7); // header, 5 fields, the last line break

    // The draft survives a reload (localStorage), and the feedback is hidden again until asked for.
    await page.close();
    await open({ keep: true });
    await expect.poll(sheetNames).toEqual(['客户编号', '手机号', '沟通偏好', '购买记录', '告知同意和授权记录']);
    expect(await score().count()).toBe(0);
    expect(watched.errors()).toEqual([]);
  });

  it('switches to a business card with the arrow keys, shows the reference design to a teacher, and shares a design', async () => {
    await open({ path: `${CHAPTER5}?teacher=1` });
    await widget().getByRole('radio', { name: /鲜邻超市的会员档案/ }).focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown'); // → 城商银行的小微企业贷款客户档案
    await expect.poll(() => widget().locator('.profile-story h4').textContent()).toBe('城商银行的小微企业贷款客户档案（企业客户）');
    expect(await widget().getByRole('checkbox', { name: /^身份证号/ }).count()).toBe(0); // fields for business customers only
    await toggle(/^统一社会信用代码/);
    await toggle(/^法定代表人身份证号/);
    await tabTo(page, widget().getByRole('button', { name: '显示参考设计（教师）' }));
    await page.keyboard.press('Enter');
    await expect.poll(() => widget().locator('.profile-reference').textContent()).toContain('法定代表人身份证号（可以必填）');
    await shoot('teacher-reference');
    expect(await seriousA11yViolations(page)).toEqual([]);

    const link = await copyShareLink(page, widget(), 200);
    expect(link).toContain('profile.s=bank-small-business');
    const student = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const studentPage = await student.newPage();
    await studentPage.goto(link);
    await expect.poll(() => studentPage.locator('[data-widget="customer-profile-builder"] .profile-row-name').allTextContents(), { timeout: 30_000 }).toEqual(['统一社会信用代码', '法定代表人身份证号']);
    await student.close();
    expect(watched.errors()).toEqual([]);
  });

  it('holds on a phone, in projector mode, and in Traditional Chinese', async () => {
    await open({ viewport: { width: 390, height: 844 } });
    await widget().getByRole('checkbox', { name: /^客户编号/ }).check();
    await widget().getByRole('checkbox', { name: /^手机号/ }).check();
    await expect.poll(sheetNames).toEqual(['客户编号', '手机号']);
    expect(await widget().evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(1);
    await shoot('phone');
    expect(await widgetA11yViolations(page, 'customer-profile-builder')).toEqual([]);

    await open({ projector: true });
    await widget().getByRole('checkbox', { name: /^客户编号/ }).check();
    await widget().getByRole('button', { name: '检查我的设计' }).click();
    await expect.poll(() => score().textContent()).toContain('得分');
    expect(await score().evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(22);
    await shoot('projector');
    expect(await seriousA11yViolations(page)).toEqual([]);

    await open({ path: `/zh-hant${CHAPTER5}` });
    await expect.poll(() => widget().locator('.profile-story h4').textContent()).toBe('鮮鄰超市的會員檔案（個人客戶）');
    await shoot('hant');
    expect(watched.errors()).toEqual([]);
  });
});
