import { readFileSync, writeFileSync } from 'node:fs';
import JSZip from 'jszip';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, SCREENSHOTS } from './support/browser';
import { scratchDir } from '../helpers/scratch-dirs';
import { sidewaysOverflow } from './support/layout';
import { copyShareLink, expectAccessible, openPage, reachWidget, SCREEN_SIZES, shootWidget } from './support/widget';

// 组卷与课程目标达成度 (/exam/papers/, teacher mode): A/B papers drawn from a seed, printed on A4 (page.pdf) and
// exported as .docx (read back with jszip), the same paper from the share link, the key only in teacher mode; a
// 达成度 report from a sample sheet against a hand check, a bad sheet named by row and column.

const PAGE = '/exam/papers/';
const TEACHER = { teacher: true, projector: false, course: null };
const SEED = '424242';
const LAPTOP = SCREEN_SIZES[1]![1];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

async function reachPapers(page: Page): Promise<Locator> {
  await reachWidget(page, 'exam-papers', 'ExamPapers');
  return page.locator('[data-widget="exam-papers"]');
}

async function download(page: Page, button: Locator, name: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), button.click()]);
  const path = `${scratchDir('xp-')}/${name}`;
  await file.saveAs(path);
  return path;
}

async function docxText(path: string): Promise<{ text: string; xml: string }> {
  const xml = await (await JSZip.loadAsync(readFileSync(path))).file('word/document.xml')!.async('string');
  return { xml, text: [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('') };
}

/** Draws the papers for SEED and waits until they are drawn. */
async function drawWithSeed(widget: Locator): Promise<void> {
  await widget.getByLabel('试卷编号（随机种子）').fill(SEED);
  await widget.getByText(new RegExp(`已按试卷编号 ${SEED} 抽出 A、B 卷：重复率`)).waitFor({ timeout: 60_000 });
}

async function paperText(widget: Locator, tab: string): Promise<string> {
  await widget.getByRole('tab', { name: tab, exact: true }).click();
  const paper = widget.locator('article.xp-paper');
  await paper.waitFor();
  return (await paper.innerText()).trim();
}

describe('exam papers', () => {
  it('draws A and B papers from a seed, prints the paper on A4 and exports it and its key as .docx', async () => {
    const { context, page, errors } = await openPage(browser, PAGE, { viewport: LAPTOP, settings: TEACHER });
    const widget = await reachPapers(page);
    await drawWithSeed(widget);
    const a = await paperText(widget, 'A 卷');
    for (const expected of ['《客户关系管理》期末考试试卷（A 卷）', '学院', '专业', '班级', '姓名', '学号', '密', '封', '线', '题号', '满分', '得分', '一、名词解释（本大题共', `试卷编号 ${SEED}-A`]) {
      expect(a).toContain(expected);
    }
    const b = await paperText(widget, 'B 卷');
    expect(b).toContain('（B 卷）');
    expect(b).not.toEqual(a.replace('（A 卷）', '（B 卷）'));
    await widget.getByRole('tab', { name: 'A 卷', exact: true }).click();
    const firstStem = (await widget.locator('.xp-stem').first().innerText()).trim();
    await expectAccessible(page, 'exam-papers');
    await shootWidget(page, 'exam-papers', `${SCREENSHOTS}/exam-papers-laptop-paper.png`);

    // Print: only the paper, on A4.
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: `${SCREENSHOTS}/exam-papers-print.png`, fullPage: false });
    expect(await widget.getByRole('tablist').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    writeFileSync(`${scratchDir('xp-')}/paper.pdf`, pdf);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(12);
    // 595 × 842 points: A4.
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox\s*\[\s*0 0 595(\.\d+)? 841(\.\d+)?|\/MediaBox\s*\[\s*0 0 595(\.\d+)? 842/);

    const paperDocx = await docxText(await download(page, widget.getByRole('button', { name: '导出 Word（.docx）' }), 'paper.docx'));
    for (const expected of ['学院', '专业', '班级', '姓名', '学号', '密', '封', '线', '《客户关系管理》期末考试试卷（A 卷）', '题号', '得分', firstStem.replace(/\s+/g, ' ').slice(0, 12)]) {
      expect(paperDocx.text).toContain(expected);
    }
    expect(paperDocx.xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);

    const key = await paperText(widget, 'A 卷答案');
    expect(key).toContain('参考答案及评分标准');
    expect(key).toContain('评分标准：');
    const keyDocx = await docxText(await download(page, widget.getByRole('button', { name: '导出 Word（.docx）' }), 'key.docx'));
    expect(keyDocx.text).toContain('《客户关系管理》期末考试试卷（A 卷）参考答案及评分标准');
    expect(keyDocx.text).toContain('参考答案：');
    expect(keyDocx.text).not.toContain('姓名');
    expect(errors()).toEqual([]);
    await context.close();
  });

  it('gives a colleague the same paper from the share link, and shows no paper or key outside teacher mode', async () => {
    const { context, page } = await openPage(browser, PAGE, { viewport: LAPTOP, settings: TEACHER });
    const widget = await reachPapers(page);
    await drawWithSeed(widget);
    const a = await paperText(widget, 'A 卷');
    const key = await paperText(widget, 'A 卷答案');
    const link = await copyShareLink(page, widget);
    expect(link).toContain(`paper.seed=${SEED}`);
    expect(link).not.toContain('teacher=');
    await context.close();

    const colleague = await openPage(browser, link.replace(/^https?:\/\/[^/]+/, ''), { viewport: LAPTOP, settings: TEACHER });
    const other = await reachPapers(colleague.page);
    await other.getByText(new RegExp(`已按试卷编号 ${SEED} 抽出`)).waitFor({ timeout: 60_000 });
    expect(await paperText(other, 'A 卷')).toBe(a);
    expect(await paperText(other, 'A 卷答案')).toBe(key);
    await colleague.context.close();

    const student = await openPage(browser, link.replace(/^https?:\/\/[^/]+/, ''), { viewport: LAPTOP });
    const gated = await reachPapers(student.page);
    expect(await gated.innerText()).toContain('只在教师模式下显示');
    expect(await gated.locator('article.xp-paper').count()).toBe(0);
    await student.context.close();
  });

  it('computes 课程目标达成度 from a sample sheet as checked by hand, names the bad rows, and exports the report', async () => {
    const { context, page, errors } = await openPage(browser, PAGE, { viewport: LAPTOP, settings: TEACHER });
    const widget = await reachPapers(page);
    await drawWithSeed(widget);
    await widget.getByRole('tab', { name: '达成度' }).click();
    const template = readFileSync(await download(page, widget.getByRole('button', { name: '下载成绩表模板' }), 'template.csv'), 'utf8').replace(/^\uFEFF/, '');
    const [header, full] = template.trim().split(/\r?\n/).map((l) => l.split(','));
    expect(header!.slice(0, 3)).toEqual(['学号', '姓名', '一1']);
    expect(full![0]).toBe('满分');
    const questions = header!.length - 3; // 学号, 姓名, …, 平时成绩
    const fulls = full!.slice(2, 2 + questions).map(Number);
    // Hand check (plan crm-16079402: exam 60 %, coursework 40 %): 甲 full marks and 平时 90 → 0.6 + 0.36 = 0.96 for
    // every objective the paper tests; 乙 half marks and 平时 70 → 0.3 + 0.28 = 0.58; class 0.77. An objective the
    // paper does not test has the coursework only: (0.9 + 0.7) / 2 = 0.80.
    const rows = [
      ['S01', '甲', ...fulls.map(String), '90'],
      ['S02', '乙', ...fulls.map((f) => String(f / 2)), '70'],
      ['S03', '丙', String(fulls[0]! + 1), ...fulls.slice(1).map(String), '80'],
      ['S04', '丁', ...fulls.slice(0, -1).map(String), '', '80'],
    ];
    const path = `${scratchDir('xp-')}/sheet.csv`;
    writeFileSync(path, [header!.join(','), ...rows.map((r) => r.join(','))].join('\r\n'));
    await widget.getByLabel('上传成绩表').setInputFiles(path);
    const issues = widget.locator('.xp-issues');
    await issues.waitFor();
    expect(await issues.innerText()).toContain(`第 4 行“一1”列：超过满分 ${fulls[0]} 分`);
    expect(await issues.innerText()).toContain(`第 5 行“${header![2 + questions - 1]}”列：成绩为空`);
    const table = widget.locator('table.xp-result tbody tr');
    const count = await table.count();
    expect(count).toBeGreaterThanOrEqual(4);
    for (let i = 0; i < count; i++) {
      const cells = (await table.nth(i).locator('th, td').allInnerTexts()).map((t) => t.trim());
      expect(cells[cells.length - 2]).toBe(cells[1] === '0' ? '0.80' : '0.77');
    }
    expect(await widget.locator('.xp-overall').innerText()).toContain('0.77');
    await expectAccessible(page, 'exam-papers');
    await widget.locator('.xp-report').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENSHOTS}/exam-papers-attainment.png` });
    const report = await docxText(await download(page, widget.getByRole('button', { name: '导出达成度报告（Word）' }), 'report.docx'));
    expect(report.text).toContain('《客户关系管理》课程目标达成度评价报告');
    expect(report.text).toContain('0.77');
    expect(report.text).toContain('S02');
    expect(errors()).toEqual([]);
    await context.close();
  });

  it('fits a phone without sideways scrolling and reads on the projector', async () => {
    for (const [name, viewport, projector] of [SCREEN_SIZES[0]!, SCREEN_SIZES[2]!]) {
      const { context, page } = await openPage(browser, PAGE, projector ? { viewport, projector: true } : { viewport, settings: TEACHER });
      const widget = await reachPapers(page);
      await drawWithSeed(widget);
      expect(await sidewaysOverflow(page)).toEqual({ excess: 0, culprits: [] });
      await paperText(widget, 'A 卷');
      expect(await sidewaysOverflow(page)).toEqual({ excess: 0, culprits: [] });
      await expectAccessible(page);
      await shootWidget(page, 'exam-papers', `${SCREENSHOTS}/exam-papers-${name}.png`);
      await context.close();
    }
  });
});
