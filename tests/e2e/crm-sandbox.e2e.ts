import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gb18030 } from '../engine/ingest/helpers';
import { launchBrowser, SCREENSHOTS } from './support/browser';
import { scratchDir } from '../helpers/scratch-dirs';
import { url } from './support/site';
import { expectAccessible, expectNoPageOverflow, JS_BUDGET_BYTES, LONG_TASK_RETRY, openPage, openWidget, reachWidget, shootWidget, tabTo, watchLongTasks, weighScripts, type Opened, type OpenOptions } from './support/widget';

let browser: Browser;
const dir = scratchDir('crm-sandbox-');
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const DESKTOP = { width: 1366, height: 768 };
const PHONE = { width: 390, height: 844 };

async function openCrm(path = '/crm/', options: OpenOptions = {}): Promise<Opened> {
  const opened = await openWidget(browser, path, 'crm-sandbox', 'CrmSandbox', { viewport: DESKTOP, ...options });
  if (!path.includes('?task=')) await openByKeyboard(opened.page);
  await opened.widget.getByRole('tablist').waitFor({ timeout: 60_000 });
  return opened;
}
/**
 * The CRM's code loads when the learner reaches for it: here by keyboard, Tab until 打开练习版 CRM has the focus (the
 * focus inside the box already starts loading, so the button may be gone by the next check), then Enter.
 */
async function openByKeyboard(page: Page) {
  await page.mouse.move(1, 1); // the pointer over the box would open it first
  await reachWidget(page, 'crm-sandbox', 'CrmSandbox');
  for (let i = 0; i < 120; i++) {
    const state = await page.evaluate(() => {
      const box = document.querySelector('[data-widget="crm-sandbox"]');
      if (box?.querySelector('[role="tablist"]')) return 'open';
      return box?.querySelector('.crm-start button') === document.activeElement ? 'focused' : 'elsewhere';
    });
    if (state === 'open') return;
    if (state === 'focused') return page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
  }
  throw new Error('打开练习版 CRM was never reached by keyboard');
}
const tab = (page: Page, name: RegExp | string) => page.getByRole('tab', { name });
const customerCount = async (page: Page) => Number((await tab(page, /^客户（/).textContent())!.match(/（(\d+)）/)![1]);
const notice = (page: Page) => page.locator('[data-widget="crm-sandbox"] .crm-notice-slot');
async function saved(download: Download): Promise<string> {
  const path = join(dir, `${Date.now()}-${download.suggestedFilename()}`);
  await download.saveAs(path);
  return path;
}

describe('the practice CRM at 1366 px', () => {
  it('creates a customer by keyboard, logs a complaint through all six steps with an overdue reminder, and records a revisit', async () => {
    const { page, widget, context, errors } = await openCrm('/crm/?task=logistics-complaints');
    await expect.poll(() => widget.locator('.crm-task summary').textContent()).toContain('物流投诉受理');
    expect(await widget.locator('.crm-workspace strong').textContent()).toBe('迅达物流');
    await expectAccessible(page, 'crm-sandbox');

    // A new customer, keyboard only.
    const before = await customerCount(page);
    await tabTo(page, widget.getByRole('button', { name: '新建客户' }), 120);
    await page.keyboard.press('Enter');
    await tabTo(page, widget.getByRole('radio', { name: '个人客户' })); // a radio group is one tab stop: the checked radio
    await page.keyboard.press('ArrowRight');
    expect(await widget.getByRole('radio', { name: '企业客户' }).isChecked()).toBe(true);
    await tabTo(page, widget.getByLabel('企业名称（必填）'));
    await page.keyboard.type('杭州某测试电商公司');
    await page.keyboard.press('Tab');
    await page.keyboard.type('138 0000 1234');
    await tabTo(page, widget.getByRole('button', { name: '保存客户' }), 40);
    await page.keyboard.press('Enter');
    await expect.poll(() => notice(page).textContent()).toContain('已新建客户“杭州某测试电商公司”');
    expect(await customerCount(page)).toBe(before + 1);
    // The number is masked until a reason is given; the reason goes into the audit log.
    await expect.poll(() => widget.locator('.crm-number').first().textContent()).toContain('138****1234');
    await widget.getByRole('button', { name: '查看完整手机号' }).click();
    await widget.getByLabel('查看手机号的理由（记入审计日志）').fill('看看');
    await widget.getByRole('button', { name: '确认查看' }).click();
    await expect.poll(() => widget.getByRole('alert').first().textContent()).toContain('至少 4 个字');
    await widget.getByLabel('查看手机号的理由（记入审计日志）').fill('回访前核实客户身份');
    await widget.getByRole('button', { name: '确认查看' }).click();
    await expect.poll(() => widget.locator('.crm-number').first().textContent()).toContain('138 0000 1234');
    await expect.poll(() => widget.locator('.crm-audit').textContent()).toContain('回访前核实客户身份');

    // A 严重 complaint received 50 minutes ago: 接收 (30 min) is overdue, and the reminders list it.
    await tab(page, '工单').or(tab(page, /^工单（/)).click();
    await widget.getByRole('button', { name: '新建工单' }).click();
    await widget.getByLabel('查找客户').fill('测试电商');
    const picker = widget.getByLabel('客户', { exact: true });
    await picker.selectOption((await picker.locator('option', { hasText: '杭州某测试电商公司' }).getAttribute('value'))!);
    await widget.getByLabel('投诉内容摘要').fill('投标文件快件没有按承诺次日上午送达');
    await widget.getByLabel('严重程度').selectOption('严重');
    const received = await page.evaluate(() => {
      const d = new Date(Date.now() - 50 * 60_000);
      const p = (n: number) => String(n).padStart(2, '0');
      return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
    });
    await widget.getByLabel('受理时间').fill(received);
    await widget.getByRole('button', { name: '受理' }).click();
    await expect.poll(() => notice(page).textContent()).toContain('现在是第 1 步“接收”');
    await expect.poll(() => widget.locator('.crm-overdue-banner').textContent()).toMatch(/第 1 步“接收”已超时 (19|20|21) 分钟/);
    await shootWidget(page, 'crm-sandbox', `${SCREENSHOTS}/crm-ticket-overdue-1366.png`);
    await tab(page, /^提醒（/).click();
    await expect.poll(() => widget.locator('.crm-reminders').textContent()).toContain('投标文件快件没有按承诺次日上午送达（接收）');
    await tab(page, /^工单/).click();
    await widget.locator('.crm-row', { hasText: '投标文件快件没有按承诺' }).click();

    // All six steps, each with what was done, by keyboard.
    const notes = ['致歉并记录单号和诉求', '时效承诺，严重，转中转场主管', '面单污损进入异常件区', '专车直送，退还运费', '电话告知已签收，客户满意', '录入根本原因：异常件区清理不及时'];
    for (const [i, note] of notes.entries()) {
      const box = widget.getByLabel(/这一步做了什么/);
      await tabTo(page, box, 80);
      await page.keyboard.type(note);
      await tabTo(page, widget.getByRole('button', { name: i === 5 ? '完成归档' : /进入下一步/ }), 10);
      await page.keyboard.press('Enter');
      await expect.poll(() => notice(page).textContent()).toContain(i === 5 ? '已归档' : `进入第 ${i + 2} 步`);
    }
    await expect.poll(() => widget.locator('.crm-steps .is-late').count()).toBe(1); // 接收 ran late
    await widget.getByLabel('满意度（1–5 分）').selectOption('4');
    await widget.getByLabel('客户的意见').fill('处理及时');
    await widget.getByRole('button', { name: '登记回访' }).click();
    await expect.poll(() => notice(page).textContent()).toContain('已登记满意度回访（4 分）');
    await shootWidget(page, 'crm-sandbox', `${SCREENSHOTS}/crm-ticket-archived-1366.png`);
    await expectAccessible(page, 'crm-sandbox');
    expect(errors()).toEqual([]);
    await context.close();
  });

  it('imports a GBK CSV with bad rows (preview first, nothing written until confirmed), merges a duplicate, exports, survives a reload and offline, restores from a backup', async () => {
    const { page, widget, context, errors } = await openCrm('/crm/');
    expect(await widget.locator('.crm-workspace strong').textContent()).toBe('鲜邻超市');
    const start = await customerCount(page);

    await tab(page, '数据').click();
    await widget.getByLabel('客户名单').check();
    const csv = '会员号;姓名;手机;城市;标签\nX001;周敏;13911112222;上海;生鲜\nX002;;13911113333;杭州;\nX003;=SUM(A1:A9);13911114444;南京;\nX004;吴刚;13911115555;苏州;会员日、团购\nX005;赵磊;1391111;宁波;\n';
    await widget.getByLabel('选择 CSV 文件').setInputFiles({ name: '会员名单-GBK.csv', mimeType: 'text/csv', buffer: Buffer.from(gb18030(csv)) });
    const preview = widget.locator('.crm-preview');
    await expect.poll(() => preview.textContent(), { timeout: 30_000 }).toContain('导入预览：会员名单-GBK.csv（尚未写入）');
    expect(await preview.textContent()).toContain('编码 GBK/GB18030，分号分隔');
    expect(await preview.textContent()).toContain('客户名称 ← 姓名');
    expect(await preview.locator('table').first().textContent()).toContain('3姓名客户名称为空');
    await shootWidget(page, 'crm-sandbox', `${SCREENSHOTS}/crm-import-preview-1366.png`);
    expect(await customerCount(page)).toBe(start); // nothing written yet
    await page.reload();
    await openByKeyboard(page);
    await tab(page, '数据').waitFor({ timeout: 60_000 });
    expect(await customerCount(page)).toBe(start); // still nothing after a reload
    await tab(page, '数据').click();
    await widget.getByLabel('客户名单').check();
    await widget.getByLabel('选择 CSV 文件').setInputFiles({ name: '会员名单-GBK.csv', mimeType: 'text/csv', buffer: Buffer.from(gb18030(csv)) });
    await widget.getByRole('button', { name: '确认导入' }).click();
    await expect.poll(() => notice(page).textContent()).toContain('新增客户 4 位');
    expect(await customerCount(page)).toBe(start + 4);

    // A broken file: a message, and nothing written.
    await widget.getByLabel('选择 CSV 文件').setInputFiles({ name: 'broken.csv', mimeType: 'text/csv', buffer: Buffer.from('区域,行业\n上海,零售\n') });
    await expect.poll(() => widget.getByRole('alert').textContent()).toContain('没有写入任何数据');
    expect(await customerCount(page)).toBe(start + 4);

    // Merge the first planted duplicate.
    await tab(page, /^客户（/).click();
    await widget.getByRole('button', { name: '查找重复客户' }).click();
    await expect.poll(() => widget.locator('.crm-duplicates h4').textContent()).toMatch(/疑似重复的客户（[1-9]\d* 组）/);
    const groups = Number((await widget.locator('.crm-duplicates h4').textContent())!.match(/（(\d+) 组）/)![1]);
    await widget.getByRole('button', { name: '合并这一组' }).first().click();
    await expect.poll(() => notice(page).textContent()).toContain('合并到');
    expect(await customerCount(page)).toBe(start + 3);
    await expect.poll(() => widget.locator('.crm-duplicates h4').textContent()).toContain(`（${groups - 1} 组）`);

    // Export: masked numbers, formula neutralised.
    await tab(page, '数据').click();
    const [download] = await Promise.all([page.waitForEvent('download'), widget.getByRole('button', { name: '导出客户 CSV' }).click()]);
    const exported = readFileSync(await saved(download), 'utf8');
    expect(exported.startsWith('\uFEFF客户编号,客户名称,客户类型,手机号')).toBe(true);
    expect(exported).toContain("X003,'=SUM(A1:A9),个人,139****4444");

    // The whole database as a JSON backup.
    const [backupDownload] = await Promise.all([page.waitForEvent('download'), widget.getByRole('button', { name: '导出 JSON 备份' }).click()]);
    const backupPath = await saved(backupDownload);
    expect(JSON.parse(readFileSync(backupPath, 'utf8'))).toMatchObject({ app: 'crm-lab', kind: 'crm', v: 2 });

    // Reload, then offline: the data is still there.
    await page.reload();
    await openByKeyboard(page);
    await tab(page, /^客户（/).waitFor({ timeout: 60_000 });
    expect(await customerCount(page)).toBe(start + 3);
    const worker = await page.evaluate(async () => Boolean(await Promise.race([navigator.serviceWorker?.ready, new Promise((r) => setTimeout(() => r(null), 20_000))])));
    if (worker) {
      await page.waitForTimeout(2_000); // let the precache finish
      await context.setOffline(true);
      await page.reload();
      await openByKeyboard(page);
      await tab(page, /^客户（/).waitFor({ timeout: 60_000 });
      expect(await customerCount(page)).toBe(start + 3);
      await shootWidget(page, 'crm-sandbox', `${SCREENSHOTS}/crm-offline-1366.png`);
    } else {
      console.warn('[crm-sandbox] no service worker in this build (a build with --outDir): the offline reload was not tried');
    }

    // Reset to an empty workspace, then restore from the backup.
    await tab(page, '数据').click();
    await widget.getByLabel('案例工作区').selectOption('empty');
    await widget.getByRole('button', { name: '载入工作区（重置）' }).click();
    await widget.getByRole('button', { name: /确认替换为/ }).click();
    await expect.poll(() => customerCount(page)).toBe(0);
    await widget.getByLabel('从 JSON 备份恢复').setInputFiles(backupPath);
    await expect.poll(() => notice(page).textContent()).toContain('已从');
    expect(await customerCount(page)).toBe(start + 3);
    await context.setOffline(false);
    expect(errors().filter((e) => !/ERR_INTERNET_DISCONNECTED/.test(e))).toEqual([]);
    await context.close();
  });

  // LONG_TASK_RETRY: a busy machine can stretch one task past 50 ms once; a task that is really long is long every time.
  it('10,000 customers: typing a search never blocks the page for more than 50 ms; the page’s JavaScript before and after interaction', LONG_TASK_RETRY, async () => {
    const { page, context } = await openPage(browser, '/', { viewport: DESKTOP });
    const scripts = weighScripts(page);
    await page.goto(url('/crm/'), { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    const before = scripts.gzip();
    await openByKeyboard(page);
    await page.locator('[data-widget="crm-sandbox"]').getByRole('tablist').waitFor({ timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    const after = scripts.gzip();
    console.log(`[crm-sandbox] gzipped JavaScript on /crm/: ${(before / 1024).toFixed(1)} KB before interaction, ${(after / 1024).toFixed(1)} KB with the CRM open (first visit, workspace generated)`);
    expect(before).toBeLessThanOrEqual(JS_BUDGET_BYTES);
    expect(after).toBeLessThanOrEqual(120 * 1024); // docs/contracts.md §6: a page with all its widgets hydrated

    const customers = Array.from({ length: 10_000 }, (_, i) => ({
      id: `B${String(i).padStart(5, '0')}`, kind: 'person', name: `客户${i}号`, phone: `139${String(i).padStart(8, '0')}`, idNumber: '', contacts: [], industry: '',
      region: ['上海', '杭州', '南京'][i % 3], source: '门店', owner: '', tier: '', tags: i % 7 === 0 ? ['生鲜'] : [], creditGrade: '', consent: false, note: '',
      createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z',
    }));
    const path = join(dir, 'ten-thousand.json');
    writeFileSync(path, JSON.stringify({ app: 'crm-lab', kind: 'crm', v: 2, exportedAt: '', tables: { customers, meta: [{ key: 'workspace', value: 'empty' }] } }));
    const crm = page.locator('[data-widget="crm-sandbox"]');
    await tab(page, '数据').click();
    await crm.getByLabel('从 JSON 备份恢复').setInputFiles(path);
    await expect.poll(() => customerCount(page), { timeout: 60_000 }).toBe(10_000);
    await tab(page, /^客户（/).click();
    const longTasks = await watchLongTasks(page);
    await crm.getByLabel('搜索客户').click();
    await page.keyboard.type('客户9999', { delay: 60 });
    await expect.poll(() => crm.locator('.crm-pager [role="status"]').textContent()).toContain('共 1 位客户');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('1390000', { delay: 60 });
    await expect.poll(() => crm.locator('.crm-pager [role="status"]').textContent()).toContain('共 10000 位客户');
    const tasks = await longTasks();
    console.log(`[crm-sandbox] tasks over 50 ms while typing in the search over 10,000 customers: ${JSON.stringify(tasks)}`);
    expect(tasks).toEqual([]);
    await context.close();
  });
});

describe('the practice CRM on a phone, in projector mode, in Traditional Chinese, and when IndexedDB fails', () => {
  it('stacks at 390 px without sideways scrolling, and is readable in projector mode', async () => {
    const phone = await openCrm('/crm/', { viewport: PHONE });
    await phone.widget.locator('.crm-row').first().click();
    await expectNoPageOverflow(phone.page);
    await expectAccessible(phone.page);
    await shootWidget(phone.page, 'crm-sandbox', `${SCREENSHOTS}/crm-customer-390.png`);
    await tab(phone.page, /^工单/).click();
    await phone.widget.locator('.crm-row').first().click();
    await expectNoPageOverflow(phone.page);
    await shootWidget(phone.page, 'crm-sandbox', `${SCREENSHOTS}/crm-ticket-390.png`);
    await phone.context.close();

    const projector = await openCrm('/crm/', { projector: true });
    expect(await projector.page.evaluate(() => document.documentElement.classList.contains('projector-mode'))).toBe(true);
    await tab(projector.page, '商机').click();
    const size = await projector.widget.locator('.crm-funnel-view p').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(24);
    await expectNoPageOverflow(projector.page);
    await shootWidget(projector.page, 'crm-sandbox', `${SCREENSHOTS}/crm-funnel-projector.png`);
    await projector.context.close();
  });

  it('/zh-hant/crm/ is in Traditional Chinese', async () => {
    const { page, widget, context } = await openCrm('/zh-hant/crm/');
    expect(await page.locator('h1').textContent()).toBe('客戶管理系統（練習版）');
    expect(await widget.getByRole('tablist').getAttribute('aria-label')).toBe('練習版 CRM 的功能');
    await expect.poll(() => widget.getByRole('tablist').textContent()).toContain('客戶（');
    await expect.poll(() => widget.locator('.crm-workspace').textContent()).toContain('瀏覽器');
    await expectAccessible(page, 'crm-sandbox');
    await context.close();
  });

  it('a lab links to the CRM with its task', async () => {
    const { page, context } = await openPage(browser, '/labs/logistics-complaints/', { viewport: DESKTOP });
    await page.getByRole('link', { name: /练习版 CRM/ }).first().click();
    await page.waitForURL(/\/crm\/\?task=logistics-complaints/);
    await expect.poll(() => page.locator('.crm-task summary').textContent(), { timeout: 60_000 }).toContain('物流投诉受理');
    await context.close();
  });

  it('private mode (no usable IndexedDB) and an upgrade blocked by another tab get clear messages', async () => {
    const context = await browser.newContext({ viewport: DESKTOP, locale: 'zh-CN' });
    await context.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', { value: { open() { throw new DOMException('blocked in private browsing', 'InvalidStateError'); } } });
    });
    const page = await context.newPage();
    await page.goto(url('/crm/'));
    await page.getByRole('button', { name: '打开练习版 CRM' }).click();
    await expect.poll(() => page.locator('[data-widget="crm-sandbox"] [role="alert"]').textContent(), { timeout: 60_000 }).toContain('隐私（无痕）模式');
    await page.screenshot({ path: `${SCREENSHOTS}/crm-private-mode.png` });
    await context.close();

    const blocked = await browser.newContext({ viewport: DESKTOP, locale: 'zh-CN' });
    const tab1 = await blocked.newPage();
    await tab1.goto(url('/'));
    // “Another tab” still holding version 1 of the database open, ignoring the request to close it.
    await tab1.evaluate(() => new Promise((done) => {
      const request = indexedDB.open('crm-lab-crm', 10);
      request.onupgradeneeded = () => request.result.createObjectStore('customers', { keyPath: 'id' });
      request.onsuccess = () => { (window as unknown as { held: IDBDatabase }).held = request.result; done(null); };
    }));
    const tab2 = await blocked.newPage();
    await tab2.goto(url('/crm/'));
    await tab2.getByRole('button', { name: '打开练习版 CRM' }).click();
    await expect.poll(() => tab2.locator('[data-widget="crm-sandbox"] [role="status"]').first().textContent(), { timeout: 60_000 }).toContain('请关闭本站的其他标签页');
    await tab1.evaluate(() => (window as unknown as { held: IDBDatabase }).held.close());
    await tab(tab2, /^客户（/).waitFor({ timeout: 60_000 });
    await blocked.close();
  });
});
