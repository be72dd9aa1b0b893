import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, SCREENSHOTS } from './support/browser';
import { scratchDir } from '../helpers/scratch-dirs';
import { url } from './support/site';
import { expectAccessible, expectNoPageOverflow, openPage, SCREEN_SIZES } from './support/widget';

let browser: Browser;
let context: BrowserContext;
let page: Page;
const CHAPTER = '/chapters/01-crm-philosophy/';
const ANSWER = '客户上网搜索、比价、看评价，再决定买不买：购买前后都在线上留下痕迹。';

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());
beforeEach(async () => {
  await context?.close();
  context = await newContext(browser);
  page = await context.newPage();
});

async function firstAnswerBox(p: Page) {
  const box = p.locator('[data-widget="think-practice"] textarea').first();
  await box.scrollIntoViewIfNeeded();
  await p.locator('[data-widget="think-practice"]').waitFor();
  await p.waitForFunction(() => document.querySelector('astro-island[component-url*="ThinkPractice"]:not([ssr])') !== null);
  return box;
}

describe('the learner’s notebook', () => {
  it('keeps an answer typed in a chapter across a reload', async () => {
    await page.goto(url(CHAPTER));
    const box = await firstAnswerBox(page);
    await box.click();
    await page.keyboard.type(ANSWER);
    await expect.poll(() => page.locator('[data-widget="think-practice"] .status').textContent()).toContain('已自动保存');
    await page.reload();
    const again = await firstAnswerBox(page);
    await expect.poll(() => again.inputValue()).toBe(ANSWER);
    await page.screenshot({ path: `${SCREENSHOTS}/notebook-answer-after-reload.png` });
  });

  it('exports Markdown and JSON, and a JSON backup brings the answers back after the browser is cleared', async () => {
    await page.goto(url(CHAPTER));
    await (await firstAnswerBox(page)).fill(ANSWER);
    await page.goto(url('/notebook/'));
    await page.waitForFunction(() => document.querySelector('astro-island:not([ssr])') !== null);
    await expect.poll(() => page.getByLabel(/怎样理解/).first().inputValue()).toBe(ANSWER);

    const [markdown] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /导出 Markdown/ }).click()]);
    const mdPath = `${scratchDir('md-')}/notebook.md`;
    await markdown.saveAs(mdPath);
    const md = readFileSync(mdPath, 'utf8');
    expect(md).toContain('## 第一章 客户关系管理的理念');
    expect(md).not.toContain('第1章');
    expect(md).toContain(ANSWER);

    const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 JSON 备份' }).click()]);
    const jsonPath = `${scratchDir('json-')}/backup.json`;
    await json.saveAs(jsonPath);
    const backup = JSON.parse(readFileSync(jsonPath, 'utf8'));
    expect(backup).toMatchObject({ app: 'crm-lab', kind: 'notebook', v: 3 });
    expect(Object.keys(backup.stores).sort()).toEqual(['classBoard', 'classCode', 'columnMappings', 'examPractice', 'identity', 'labMarks', 'notebook', 'profileDrafts', 'progress', 'selfCheck', 'thinkMarks', 'worksheets']);

    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.waitForFunction(() => document.querySelector('astro-island:not([ssr])') !== null);
    expect(await page.getByLabel(/怎样理解/).first().inputValue()).toBe('');

    await page.getByLabel('导入 JSON 备份').setInputFiles(jsonPath);
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('导入完成：新增 1 条回答');
    expect(await page.getByLabel(/怎样理解/).first().inputValue()).toBe(ANSWER);

    // A second import of a different answer asks first. By keyboard, on a fresh page: the import's code is fetched when
    // the file chooser opens, not with the notebook, and is held back here until the file is chosen; the dialog comes
    // once it is there, with the focus in it.
    await page.getByLabel(/怎样理解/).first().fill('我改过的回答');
    await expect.poll(() => page.evaluate(() => localStorage.getItem('crm-lab:notebook'))).toContain('我改过的回答');
    const importCode: string[] = [];
    page.on('request', (request) => /\/backup-import\.[\w-]+\.js$/.test(request.url()) && importCode.push(request.url()));
    let chosen = () => {};
    const fileChosen = new Promise<void>((resolve) => (chosen = resolve));
    await page.route(/\/backup-import\.[\w-]+\.js$/, async (route) => {
      await fileChosen;
      await route.continue();
    });
    await page.reload();
    await page.waitForFunction(() => document.querySelector('astro-island:not([ssr])') !== null);
    expect(importCode).toEqual([]);
    // locator.press focuses the button and presses in one step: a separate focus() then keyboard.press raced under load.
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByLabel('导入 JSON 备份').press('Space')]);
    await expect.poll(() => importCode.length).toBe(1);
    await chooser.setFiles(jsonPath);
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('正在读取备份');
    chosen();
    await page.getByText(/道题的回答与本机不同/).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[role="group"]')?.getAttribute('aria-labelledby'))).toBe('import-dialog-title');
    await page.screenshot({ path: `${SCREENSHOTS}/notebook-import-conflict.png`, fullPage: true });
    expect(await page.getByLabel(/怎样理解/).first().inputValue()).toBe('我改过的回答');
    await page.getByLabel('两者都保留（合并成一段）').check();
    await page.getByRole('button', { name: '确认导入' }).click();
    await expect.poll(() => page.getByLabel(/怎样理解/).first().inputValue()).toBe(`我改过的回答\n\n—— 导入的版本 ——\n${ANSWER}`);
  });

  it('tells the learner when stored data cannot be read, and keeps it aside', async () => {
    await page.goto(url('/'));
    await page.evaluate(() => localStorage.setItem('crm-lab:notebook', '{"v":2,"data":{broken'));
    await page.goto(url('/notebook/'));
    const alert = page.locator('#storage-notices .storage-notice');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('无法读取');
    const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('crm-lab:notebook:aside:')).map((k) => localStorage.getItem(k)));
    expect(kept).toEqual(['{"v":2,"data":{broken']);
    // Set aside once: the original key is cleared, so the next load has nothing to copy again.
    await page.reload();
    await alert.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('crm-lab:notebook')))).toHaveLength(1);
    await page.screenshot({ path: `${SCREENSHOTS}/notebook-corrupt-notice.png` });
  });
});

/** The notebook page with ANSWER stored for chapter 1's first question, its island live. */
async function openNotebookWithAnswer(p: Page): Promise<void> {
  await p.goto(url('/'));
  await p.evaluate((text) => {
    localStorage.setItem('crm-lab:notebook', JSON.stringify({ v: 2, data: { answers: { '01-crm-philosophy': { q1: { text, updatedAt: '' } } } } }));
  }, ANSWER);
  await p.goto(url('/notebook/'));
  await everyChapterLive(p);
}

/** The notebook's island is live and so is each chapter's answers (they hydrate one per task after it). */
async function everyChapterLive(p: Page): Promise<void> {
  await p.waitForFunction(() => document.querySelector('astro-island:not([ssr])') !== null && document.querySelector('[data-nb-chapter]:not([data-live])') === null);
}

describe('a chapter far down the notebook', () => {
  it('keeps what was typed there before the notebook was live, after a reload, in print and in the export', async () => {
    // The notebook's script is held back, so the learner types into the answer box the server sent.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/_astro\/Notebook\.[\w-]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(url('/notebook/'));
    const last = page.locator('[data-nb-chapter]').last();
    const slug = await last.getAttribute('data-nb-chapter');
    await last.locator('textarea').last().fill(ANSWER);
    expect(await page.locator('[data-nb-chapter][data-live]').count()).toBe(0);
    release();
    await everyChapterLive(page);
    const stored = () => page.evaluate((s) => JSON.stringify(JSON.parse(localStorage.getItem('crm-lab:notebook') ?? '{}').data?.answers?.[s!] ?? {}), slug);
    await expect.poll(stored).toContain(ANSWER);

    await page.reload();
    await everyChapterLive(page);
    await expect.poll(() => last.locator('textarea').last().inputValue()).toBe(ANSWER);
    await page.screenshot({ path: `${SCREENSHOTS}/notebook-last-chapter.png` });

    await page.emulateMedia({ media: 'print' });
    const chapters = await page.locator('[data-nb-chapter]').count();
    expect(chapters).toBeGreaterThanOrEqual(10);
    expect(await page.locator('.notebook-chapter h2:visible').count()).toBeGreaterThanOrEqual(chapters);
    expect(await last.locator('.print-only.answer-text').last().textContent()).toBe(ANSWER);
    await page.emulateMedia({ media: 'screen' });

    const [markdown] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /导出 Markdown/ }).click()]);
    const mdPath = `${scratchDir('md-')}/notebook.md`;
    await markdown.saveAs(mdPath);
    const md = readFileSync(mdPath, 'utf8');
    expect(md.match(/^## /gm)).toHaveLength(chapters);
    expect(md).toContain(ANSWER);
  });
});

describe('printing', () => {
  it('prints the notebook on A4 without the site chrome, answers as text', async () => {
    await openNotebookWithAnswer(page);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('[data-widget="notebook"] textarea').first().isVisible()).toBe(false);
    expect(await page.locator('.print-only.answer-text').first().textContent()).toBe(ANSWER);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.screenshot({ path: `${SCREENSHOTS}/notebook-print.png`, fullPage: true });
  });
});

describe('progress on the course map', () => {
  it('shows which chapters were opened and how many questions were answered', async () => {
    await page.goto(url(CHAPTER));
    await (await firstAnswerBox(page)).fill(ANSWER);
    await page.goto(url('/'));
    const line = page.locator('[data-progress-for="01-crm-philosophy"]');
    await expect.poll(() => line.textContent()).toContain('已学习 · 思考题 1/4');
    expect(await page.locator('[data-progress-for="02-crm-technology"]').textContent()).toBe('');
    expect(await page.locator('#continue-hint').textContent()).toContain('继续学习：第二章');
    await page.screenshot({ path: `${SCREENSHOTS}/course-map-progress.png` });
  });
});

/** Pages in a PDF (each page object is `/Type /Page`, the tree of them `/Type /Pages`). */
const pdfPages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;

describe('handing in one chapter', () => {
  it('exports and prints chapter 1 alone, headed with 姓名, 学号, 班级 and the time in Beijing', async () => {
    await context.close();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', acceptDownloads: true });
    page = await context.newPage();
    await openNotebookWithAnswer(page);
    await page.getByLabel('姓名').fill('张三');
    await page.getByLabel('学号').fill('2023123456');
    await page.getByLabel('班级').fill('营销2301');

    await page.emulateMedia({ media: 'print' });
    const allPages = pdfPages(await page.pdf({ format: 'A4' }));
    await page.emulateMedia({ media: 'screen' });
    await page.getByLabel('导出和打印的范围').selectOption({ label: '第一章 客户关系管理的理念' });
    expect(await page.getByRole('heading', { name: /第二章/ }).count()).toBe(0);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /导出 Markdown/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/^客户关系管理-思考与实践-第一章-2023123456-张三-\d{4}-\d{2}-\d{2}\.md$/);
    const mdPath = `${scratchDir('md-')}/chapter.md`;
    await download.saveAs(mdPath);
    const md = readFileSync(mdPath, 'utf8');
    const beijingNow = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', dateStyle: 'short', timeStyle: 'short' }).format(new Date());
    expect(md).toContain('姓名：张三　学号：2023123456　班级：营销2301');
    expect(md).toMatch(new RegExp(`导出时间：${beijingNow.slice(0, 13)}:\\d\\d（UTC\\+8）`));
    expect(md).toContain('## 第一章 客户关系管理的理念');
    expect(md).not.toContain('第二章');
    expect(md.match(/（未作答）/g)).toHaveLength(3);

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.nb-print-head').textContent()).toContain('姓名：张三　学号：2023123456　班级：营销2301');
    const chapterPages = pdfPages(await page.pdf({ format: 'A4' }));
    expect(chapterPages).toBeLessThanOrEqual(2);
    expect(chapterPages).toBeLessThan(allPages);
    console.log(`A4 pages printed: whole notebook ${allPages}, chapter 1 alone ${chapterPages}`);
    await page.screenshot({ path: `${SCREENSHOTS}/notebook-print-chapter-1.png`, fullPage: true });
  });
});

describe('handing in from the Traditional notebook', () => {
  it('the Markdown file is Traditional as the page is, title and file name included; the learner’s answer and name stay as typed', async () => {
    await openNotebookWithAnswer(page);
    await page.goto(url('/zh-hant/notebook/'));
    await everyChapterLive(page);
    await page.getByLabel('姓名').fill('张三');
    await page.getByLabel('匯出和列印的範圍').selectOption({ label: '第一章 客戶關係管理的理念' });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /匯出 Markdown/ }).click()]);
    // The file was headed 客户关系管理 · 思考与实践 and 导出时间, named 客户关系管理-思考与实践-…, around Traditional questions.
    expect(download.suggestedFilename()).toMatch(/^客戶關係管理-思考與實踐-第一章-张三-\d{4}-\d{2}-\d{2}\.md$/);
    const mdPath = `${scratchDir('md-')}/hant.md`;
    await download.saveAs(mdPath);
    const md = readFileSync(mdPath, 'utf8');
    expect(md.split('\n').slice(0, 3)).toEqual(['# 客戶關係管理 · 思考與實踐', '', '姓名：张三']);
    expect(md).toMatch(/\n匯出時間：\d{4}-/);
    expect(md).toContain('## 第一章 客戶關係管理的理念');
    expect(md).toContain(ANSWER);
    expect(md.match(/（未作答）/g)).toHaveLength(3);
    expect(md).not.toMatch(/关系|导出|实践/);
  });
});

describe('the notebook at three sizes', () => {
  it.each(SCREEN_SIZES)('%s: the name fields, the scope and the tools fit, and pass axe', async (name, viewport, projector) => {
    const opened = await openPage(browser, '/notebook/', { viewport, projector });
    await everyChapterLive(opened.page);
    await opened.page.getByLabel('姓名').fill('张三');
    await expectNoPageOverflow(opened.page);
    await expectAccessible(opened.page, 'notebook');
    await opened.page.screenshot({ path: `${SCREENSHOTS}/notebook-top-${name}.png` });
    expect(opened.errors()).toEqual([]);
    await opened.context.close();
  });
});

const LAB = 'loyalty-programme';
const LAB_ANSWER = '会员复购多、口碑好：一位老会员一年带来三位新会员。';
const LAB_QUESTION = '忠诚客户给鲜邻超市带来的价值（每项一个例子）';

/** Stores LAB_ANSWER in the loyalty lab's worksheet, as the lab page would have (opens the home page to reach the origin). */
async function storeWorksheetAnswer(p: Page): Promise<void> {
  await p.goto(url('/'));
  await p.evaluate(
    ([lab, text]) => localStorage.setItem('crm-lab:worksheets', JSON.stringify({ v: 1, data: { labs: { [lab!]: { 'loyal-value': { value: text, updatedAt: '2026-11-25T08:00:00.000Z' } } } } })),
    [LAB, LAB_ANSWER],
  );
}

/** The worksheet files the page asked for. */
function worksheetRequests(p: Page): string[] {
  const seen: string[] = [];
  p.on('request', (request) => {
    if (request.url().includes('worksheets.json')) seen.push(new URL(request.url()).pathname);
  });
  return seen;
}

async function exportedMarkdown(p: Page, name: string): Promise<string> {
  const [download] = await Promise.all([p.waitForEvent('download'), p.getByRole('button', { name: /导出 Markdown/ }).click()]);
  const path = `${scratchDir('md-')}/${name}.md`;
  await download.saveAs(path);
  return readFileSync(path, 'utf8');
}

const hydrated = (p: Page) => p.waitForFunction(() => document.querySelector('astro-island:not([ssr])') !== null);

describe('lab worksheets in the notebook, loaded only when one is started', () => {
  it('a learner with no worksheet started never loads the worksheet file', async () => {
    const requests = worksheetRequests(page);
    await openNotebookWithAnswer(page);
    await expect.poll(() => page.getByLabel(/怎样理解/).first().inputValue()).toBe(ANSWER);
    expect(await page.locator('.notebook-labs').count()).toBe(0);
    expect(requests).toEqual([]);
  });

  it('a started worksheet shows and exports with its questions, the file fetched, and prints them', async () => {
    const requests = worksheetRequests(page);
    await storeWorksheetAnswer(page);
    await page.goto(url('/notebook/'));
    await hydrated(page);
    const labs = page.locator('.notebook-labs');
    await labs.getByText(`${LAB_QUESTION}：`).waitFor();
    expect(await labs.textContent()).toContain(LAB_ANSWER);
    expect(requests).toEqual(['/notebook/worksheets.json']);
    const md = await exportedMarkdown(page, 'lab');
    expect(md).toContain('# 实训报告：客户忠诚管理');
    expect(md).toContain(`### ${LAB_QUESTION}\n\n${LAB_ANSWER}`);
    await page.emulateMedia({ media: 'print' });
    expect(await labs.getByText(`${LAB_QUESTION}：`).isVisible()).toBe(true);
    await page.screenshot({ path: `${SCREENSHOTS}/notebook-lab-worksheet.png`, fullPage: true });
  });

  it('on /zh-hant/ the worksheet’s questions are in Traditional Chinese', async () => {
    const requests = worksheetRequests(page);
    await storeWorksheetAnswer(page);
    await page.goto(url('/zh-hant/notebook/'));
    await hydrated(page);
    await page.locator('.notebook-labs').getByText('忠誠客戶給鮮鄰超市帶來的價值（每項一個例子）：').waitFor();
    expect(await page.locator('.notebook-labs').textContent()).toContain(LAB_ANSWER);
    expect(requests).toEqual(['/zh-hant/notebook/worksheets.json']);
  });

  it('after one visit, the worksheet shows and exports with its questions with no network', async () => {
    await page.goto(url('/'));
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await storeWorksheetAnswer(page);
    await context.setOffline(true);
    await page.goto(url('/notebook/'));
    await hydrated(page);
    await page.locator('.notebook-labs').getByText(`${LAB_QUESTION}：`).waitFor();
    expect(await page.locator('.notebook-labs [role="alert"]').count()).toBe(0);
    const md = await exportedMarkdown(page, 'offline');
    expect(md).toContain(`### ${LAB_QUESTION}\n\n${LAB_ANSWER}`);
    await page.screenshot({ path: `${SCREENSHOTS}/notebook-lab-worksheet-offline.png`, fullPage: true });
  });

  it('when the file cannot be loaded, it says so, and shows and exports the learner’s words', async () => {
    await page.route('**/worksheets.json', (route) => route.abort());
    await storeWorksheetAnswer(page);
    await page.goto(url('/notebook/'));
    await hydrated(page);
    const alert = page.locator('.notebook-labs [role="alert"]');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('实训报告的题目没能载入');
    expect(await page.locator('.notebook-labs').textContent()).toContain(LAB_ANSWER);
    const md = await exportedMarkdown(page, 'failed');
    expect(md).toContain('# 实训报告：客户忠诚管理');
    expect(md).toContain(`- ${LAB_ANSWER}`);
    expect(await page.getByRole('status').first().textContent()).toContain('文件里只有你填写的内容');
    await expectAccessible(page, 'notebook');
    await page.screenshot({ path: `${SCREENSHOTS}/notebook-lab-worksheet-failed.png`, fullPage: true });
  });
});
