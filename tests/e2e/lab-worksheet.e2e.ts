import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, SCREENSHOTS } from './support/browser';
import { scratchDir } from '../helpers/scratch-dirs';
import { crmFigures } from '../../src/engine/crm/figures';
import { seedWorkspace } from '../../src/engine/crm/seed-workspace';
import { url } from './support/site';
import { expectAccessible, expectNoPageOverflow, openPage, reachWidget, SCREEN_SIZES, shootWidget } from './support/widget';

// A lab's worksheet (实训报告) on its page: filled in, kept across a reload and offline, exported as .docx (read
// back with jszip), Markdown and the hand-in JSON that the teacher's marking sheet opens; filled from a widget's
// result; shown in the notebook.

const LAB = '/labs/key-accounts/';
const PLAN = '专属客户经理每月走访一次，季度回顾。';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

async function reachWorksheet(page: Page) {
  await reachWidget(page, 'lab-worksheet', 'LabWorksheet');
  return page.locator('[data-widget="lab-worksheet"]');
}

async function download(page: Page, button: string, name: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: button }).click()]);
  const path = `${scratchDir('ws-')}/${name}`;
  await file.saveAs(path);
  return path;
}

describe('the lab worksheet', () => {
  it('is filled in on a phone, kept across a reload and offline, and exported as .docx, Markdown and JSON', async () => {
    const { context, page, errors } = await openPage(browser, LAB, { viewport: { width: 390, height: 844 } });
    await page.evaluate(async () => navigator.serviceWorker?.ready);
    const sheet = await reachWorksheet(page);
    await sheet.getByLabel('姓名').fill('张三');
    await sheet.getByLabel('学号').fill('2023123456');
    await sheet.getByLabel('班级').fill('营销 2301');
    await sheet.getByLabel(/^服务方案/).fill(PLAN);
    const list = sheet.locator('[id="ws-key-accounts"]');
    await list.getByLabel('第 1 行 客户', { exact: true }).fill('M10137');
    await list.getByLabel('第 1 行 年消费额').fill('18600');
    await list.getByLabel('第 1 行 ABC 类别').selectOption('A');
    // Keyboard only: Tab to 添加一行 after the key-account table and press Enter; the new row's first cell gets the focus.
    const add = sheet.locator('[id="ws-key-accounts"]').getByRole('button', { name: '添加一行' });
    await add.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.getAttribute('aria-label'))).toBe('第 2 行 客户');
    await page.keyboard.type('M20452');
    await sheet.getByRole('radio', { name: '划算', exact: true }).check();
    await expect.poll(() => sheet.locator('.ws-saved').textContent()).toContain('已自动保存');
    const missing = sheet.locator('.ws-missing summary');
    expect(await missing.textContent()).toMatch(/交作业前还缺 \d+ 项/);
    await expectNoPageOverflow(page);
    await sheet.getByRole('heading', { name: '任务二 关键客户服务方案' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENSHOTS}/lab-worksheet-phone.png` });

    await page.reload();
    const again = await reachWorksheet(page);
    await expect.poll(() => again.getByLabel(/^服务方案/).inputValue()).toBe(PLAN);
    expect(await again.locator('[id="ws-key-accounts"]').getByLabel('第 2 行 客户', { exact: true }).inputValue()).toBe('M20452');

    await context.setOffline(true);
    await page.reload();
    const offline = await reachWorksheet(page);
    await expect.poll(() => offline.getByLabel(/^服务方案/).inputValue()).toBe(PLAN);
    await offline.locator('[id="ws-key-accounts"]').getByLabel('第 2 行 ABC 类别').selectOption('B');

    const docxPath = await download(page, '导出 Word（.docx）', 'worksheet.docx');
    const zip = await JSZip.loadAsync(readFileSync(docxPath));
    const xml = await zip.file('word/document.xml')!.async('string');
    const words = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]);
    expect(words).toEqual(expect.arrayContaining(['大客户管理', '张三', '2023123456', '营销 2301', PLAN, 'M10137', 'M20452', '18600', '划算']));
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);

    const md = readFileSync(await download(page, '导出 Markdown', 'worksheet.md'), 'utf8');
    expect(md).toContain('# 实训报告：大客户管理');
    expect(md).toContain('姓名：张三　学号：2023123456　班级：营销 2301');
    expect(md).toContain('| M20452 |  | B |');
    const handIn = JSON.parse(readFileSync(await download(page, '导出 JSON（交作业）', 'worksheet.json'), 'utf8'));
    expect(handIn).toMatchObject({ app: 'crm-lab', kind: 'lab-worksheet', lab: 'key-accounts', student: { studentId: '2023123456' } });
    expect(errors()).toEqual([]);
    await context.close();
  });

  it('fills the RFM segment table from the RFM calculator in one click, keeping what the learner typed', async () => {
    const { context, page } = await openPage(browser, '/chapters/06-customer-tiering/');
    await reachWidget(page, 'rfm-calculator', 'RfmCalculator');
    await expect.poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('crm-lab:widget-results') ?? 'null')?.data.results['rfm-segments']?.dataset), { timeout: 60_000 }).toBe('retail-transactions');
    await page.goto(url('/labs/crm-implementation/'));
    const sheet = await reachWorksheet(page);
    const segments = sheet.locator('[id="ws-segments"]');
    await segments.getByLabel('第 1 行 客户群').fill('重要价值客户');
    await segments.getByLabel('第 1 行 说明').fill('每月专人回访');
    await sheet.getByLabel(/^实施目标和衡量指标/).fill('会员复购率提高 5 个百分点');
    await sheet.getByRole('button', { name: '从 RFM 计算器填入“RFM 分群结果表”' }).click();
    await sheet.getByText(/已从 RFM 计算器填入“RFM 分群结果表”（retail-transactions）/).waitFor();
    const table = sheet.locator('[id="ws-segments"] tbody tr');
    expect(await table.count()).toBe(8);
    expect(await segments.getByLabel('第 1 行 说明').inputValue()).toBe('每月专人回访');
    expect(Number(await segments.getByLabel('第 1 行 人数', { exact: true }).inputValue())).toBeGreaterThan(0);
    expect(await sheet.getByLabel(/^实施目标和衡量指标/).inputValue()).toBe('会员复购率提高 5 个百分点');
    await expectAccessible(page, 'lab-worksheet');
    await sheet.locator('[id="ws-segments"]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENSHOTS}/lab-worksheet-filled-from-rfm.png` });
    await context.close();
  });

  it('takes the practice CRM’s figures: tickets archived after a lab sent the learner to the CRM', async () => {
    const { context, page } = await openPage(browser, '/crm/?task=logistics-complaints');
    await page.locator('[data-widget="crm-sandbox"]').getByRole('tablist').waitFor({ timeout: 60_000 });
    const published = () => page.evaluate(() => JSON.parse(localStorage.getItem('crm-lab:widget-results') ?? 'null')?.data.results['crm-summary']);
    await expect.poll(async () => (await published())?.dataset, { timeout: 60_000 }).toBe('迅达物流');
    const seeded = crmFigures(seedWorkspace('logistics', { now: Date.now() }), Date.now());
    expect((await published()).value).toMatchObject({ customers: seeded.customers, ticketsArchived: seeded.ticketsArchived, duplicateGroups: seeded.duplicateGroups });

    await page.goto(url('/labs/logistics-complaints/'));
    const sheet = await reachWorksheet(page);
    await sheet.getByRole('button', { name: '从客户管理系统（练习版）填入“练习版 CRM 中走完六步、已归档的工单”' }).click();
    await sheet.getByText(/已从客户管理系统（练习版）填入“练习版 CRM 中走完六步、已归档的工单”（迅达物流）/).waitFor();
    expect(Number(await sheet.getByLabel(/^练习版 CRM 中走完六步、已归档的工单/).inputValue())).toBe(seeded.ticketsArchived);
    await context.close();
  });

  it('is marked by the teacher against the rubric: a hand-in JSON opened, a level per criterion, the weighted total', async () => {
    const student = await openPage(browser, '/labs/logistics-front-desk/');
    const sheet = await reachWorksheet(student.page);
    await sheet.getByLabel('姓名').fill('李四');
    await sheet.getByLabel('学号').fill('2023000001');
    await sheet.getByLabel(/^互评同学/).fill('王五');
    const handInPath = await download(student.page, '导出 JSON（交作业）', 'li-si.json');
    const otherLab = await openPage(browser, '/labs/key-accounts/', { context: student.context });
    await reachWorksheet(otherLab.page);
    const wrongPath = await download(otherLab.page, '导出 JSON（交作业）', 'other.json');
    await student.context.close();

    for (const [name, viewport, projector] of SCREEN_SIZES) {
      const mode = projector ? { projector: true } : { settings: { teacher: true, projector: false, course: null } };
      const { context, page } = await openPage(browser, '/labs/logistics-front-desk/#marking', { viewport, ...mode });
      // The marking sheet is in teacher mode only: reach its section, then wait for the island to come alive.
      await page.locator('#marking').scrollIntoViewIfNeeded();
      await page.locator('[data-widget="lab-marking"]').waitFor({ timeout: 30_000 });
      const marking = page.locator('[data-widget="lab-marking"]');
      await marking.getByLabel('打开学生的实训报告（JSON）').setInputFiles(wrongPath);
      expect(await marking.getByRole('alert').textContent()).toContain('不是本实训（物流前台业务处理）的');
      await marking.getByLabel('打开学生的实训报告（JSON）').setInputFiles(handInPath);
      await marking.getByText('李四').waitFor();
      const criteria = marking.locator('fieldset[data-criterion]');
      expect(await criteria.count()).toBe(3);
      await criteria.nth(0).getByRole('radio', { name: /^优/ }).check();
      await criteria.nth(1).getByRole('radio', { name: /^良/ }).check();
      await criteria.nth(2).getByRole('radio', { name: /^中/ }).check();
      // 0.4 × 95 + 0.4 × 85 + 0.2 × 75 = 87
      await expect.poll(() => marking.locator('.mk-total').textContent()).toBe('总分：87 分');
      await criteria.nth(0).getByText('学生的相关回答').click();
      expect(await criteria.nth(0).textContent()).toContain('王五');
      const [csv] = await Promise.all([page.waitForEvent('download'), marking.getByRole('button', { name: '导出评分（CSV）' }).click()]);
      const csvPath = `${scratchDir('mark-')}/mark.csv`;
      await csv.saveAs(csvPath);
      expect(readFileSync(csvPath, 'utf8')).toContain('物流前台业务处理,2023000001,李四,');
      await expectAccessible(page, 'lab-marking');
      await expectNoPageOverflow(page);
      await shootWidget(page, 'lab-marking', `${SCREENSHOTS}/lab-marking-${name}.png`);
      await context.close();
    }
  });

  it('appears in the notebook with what was written, and in its export', async () => {
    const { context, page } = await openPage(browser, '/labs/loyalty-programme/', { viewport: { width: 1366, height: 768 } });
    const sheet = await reachWorksheet(page);
    await sheet.getByLabel(/^第 1 个月留存率/).fill('23.5');
    await sheet.getByLabel(/^为什么积分打折不等于客户忠诚/).fill('打折买来的是价格，不是关系。');
    await shootWidget(page, 'lab-worksheet', `${SCREENSHOTS}/lab-worksheet-laptop.png`);
    await page.goto(url('/notebook/'));
    await page.waitForFunction(() => document.querySelector('astro-island:not([ssr])') !== null);
    const labs = page.locator('.notebook-labs');
    await labs.getByRole('heading', { name: '客户忠诚管理' }).waitFor();
    expect(await labs.textContent()).toContain('打折买来的是价格，不是关系。');
    await page.getByLabel('导出和打印的范围').selectOption({ label: '实训：客户忠诚管理' });
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /导出 Markdown/ }).click()]);
    const path = `${scratchDir('nb-')}/nb.md`;
    await file.saveAs(path);
    const md = readFileSync(path, 'utf8');
    expect(md).toContain('# 实训报告：客户忠诚管理');
    expect(md).toContain('**第 1 个月留存率**：23.5 %');
    expect(md).not.toContain('思考与实践');
    await expectAccessible(page);
    await context.close();
  });

  it('is in Traditional Chinese on the /zh-hant/ page, before and after it comes alive', async () => {
    const { context, page } = await openPage(browser, '/zh-hant/labs/logistics-key-accounts/');
    const sheet = await reachWorksheet(page);
    expect(await sheet.getByRole('heading', { name: '實訓報告：物流大客戶管理（ABC 分類）' }).count()).toBe(1);
    expect(await sheet.getByRole('heading', { name: '任務一 ABC 分類' }).count()).toBe(1);
    expect(await sheet.textContent()).toContain('可以從 ABC 分析填入');
    await context.close();
  });
});
