import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import yaml from 'js-yaml';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import QRCode from 'qrcode';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { bestPlaythrough, chooseReply, currentTurn, startRoleplay, type Scenario } from '~/engine/communication/roleplay';
import { encodeResultCode, readQuizCodeAnswer, roleplayCodeAnswers } from '~/engine/result-code';
import type { QuizQuestion } from '~/engine/quiz/types';
import { loadScenarios } from '../engine/communication/roleplay/load-scenarios';
import { gb18030 } from '../engine/ingest/helpers';
import { CLASS_CODE, simulatedClass, studentRecord } from '../widgets/class-board/class-codes';
import { launchBrowser, newContext, SCREENSHOTS } from './support/browser';
import { expectAccessible, expectNoPageOverflow, openWidget, reachWidget, shootWidget, tabTo, type Opened } from './support/widget';

const PAGE = '/class/';
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

const QUESTIONS = (yaml.load(readFileSync('content/quizzes/06-customer-tiering.yaml', 'utf8')) as { sets: { id: string; questions: QuizQuestion[] }[] }).sets.find((s) => s.id === 'self-check')!.questions;

/** The class list as the academic system exports it, in GBK, with one row that has no 学号 (line 32). */
function rosterCsv(roster: readonly { studentId: string; name: string }[]): Buffer {
  const lines = ['序号,学号,姓名,性别', ...roster.map((r, k) => `${k + 1},${r.studentId},${r.name},${k % 2 ? '女' : '男'}`), '31,,旁听生,男'];
  return Buffer.from(gb18030(`${lines.join('\r\n')}\r\n`));
}

async function download(page: Page, button: Locator): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return readFileSync((await file.path())!);
}

describe('班级看板 and 随机点名 in Chromium', () => {
  it('takes a GBK class list and a whole chat of thirty codes: the exact tally, refused codes with why, a QR image, the gradebook read back', async () => {
    const simulated = simulatedClass(QUESTIONS.length);
    const opened = await openWidget(browser, PAGE, 'class-board', 'ClassBoard', { viewport: { width: 1366, height: 768 } });
    context = opened.context;
    const { page, widget } = opened;
    await expectAccessible(page, 'class-board');

    await widget.getByLabel('班级码', { exact: true }).fill('yx2301');
    await widget.getByRole('button', { name: '保存班级码' }).click();
    await widget.getByText('班级码已保存：YX2301。', { exact: false }).waitFor();

    await widget.getByLabel('导入名单（CSV：学号、姓名；UTF-8 或 GBK）').setInputFiles({ name: '客户关系管理1班.csv', mimeType: 'text/csv', buffer: rosterCsv(simulated.roster) });
    await widget.getByText('名单：30 人（客户关系管理1班.csv，GBK 编码）').waitFor();
    expect(await widget.locator('.cb-issues li').allTextContents()).toEqual(['第 32 行（学号）：学号为空']);

    await widget.getByLabel('粘贴含提交码的文字（整段聊天记录也可以）').fill(simulated.chat);
    await widget.getByRole('button', { name: '读取提交码' }).click();
    await widget.getByText('找到 32 个提交码：新增 29 份，更新 1 份（同一学生同一活动只保留最新的一份），已有或较旧 0 份，未收下 2 个。').waitFor();
    const refused = await widget.getByRole('table', { name: '未收下的提交码' }).locator('tbody tr').allTextContents();
    expect(refused).toEqual([`${simulated.typo.line}${simulated.typo.code}抄错或被改动（校验不符）`, expect.stringMatching(new RegExp(`^${simulated.otherClass.line}CRM1-\\w+不是本班的提交码（孙小红，学号 20239999）$`))]);

    const counts = widget.locator('.cb-counts').first();
    expect(await counts.textContent()).toMatch(/^第六章 本章自测：已提交 29 \/ 30 人，未提交 1 人/);
    expect(await widget.locator('.cb-missing').textContent()).toBe('未提交：郑同学7');
    // Per question, those right: counted here from the records the board should keep and the quiz file.
    const right = (q: number) => simulated.kept.filter((r) => readQuizCodeAnswer(QUESTIONS[q]!, r.answers[q]!).verdict === 'correct').length;
    const labels = await widget.locator('.cb-tally-label').allTextContents();
    expect(labels[0]).toBe(`第 1 题：${QUESTIONS[0]!.prompt}（答对 ${right(0)} / 29 人）`);
    expect(labels[1]).toBe(`第 2 题：${QUESTIONS[1]!.prompt}（答对 ${right(1)} / 29 人）`);
    expect(labels[2]).toMatch(/（答对 0 \/ 29 人）$/);
    await shootWidget(page, 'class-board', `${SCREENSHOTS}/class-board-1366.png`);
    await expectAccessible(page, 'class-board');

    // 郑同学7 shows the QR of her code: read from a screenshot, it is taken in.
    const seventh = encodeResultCode(studentRecord(7, [2, 2, ...Array.from({ length: QUESTIONS.length - 2 }, () => 0)], 8), CLASS_CODE);
    await widget.getByLabel('从图片识别二维码（截图或照片，可多选）').setInputFiles({ name: '二维码.png', mimeType: 'image/png', buffer: await QRCode.toBuffer(seventh, { scale: 6 }) });
    await widget.getByText('1 张图片中识别出 1 个二维码。').waitFor();
    await widget.getByText(/^找到 1 个提交码：新增 1 份/).waitFor();
    expect(await counts.textContent()).toMatch(/已提交 30 \/ 30 人，未提交 0 人/);

    const csv = (await download(page, widget.getByRole('button', { name: '导出成绩册（CSV）' }))).toString('utf8');
    const rows = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(rows[0]).toBe('学号,姓名,名单,提交数,第六章 本章自测（百分制）');
    expect(rows).toHaveLength(31);
    const percent = (points: number) => String(Math.round((points / QUESTIONS.length) * 1000) / 10);
    expect(rows[12]).toBe(`20230012,卫同学12,名单内,1,${percent(2)}`);
    expect(rows[7]).toBe(`20230007,郑同学7,名单内,1,${percent(1)}`);

    const xlsx = unzipSync(new Uint8Array(await download(page, widget.getByRole('button', { name: '导出成绩册（Excel）' }))));
    const sheet = strFromU8(xlsx['xl/worksheets/sheet1.xml']!);
    expect(sheet).toContain('<t xml:space="preserve">卫同学12</t>');
    expect(sheet).toContain(`<c r="E13"><v>${percent(2)}</v></c>`);
    expect(strFromU8(xlsx['xl/worksheets/sheet2.xml']!)).toContain(seventh);
    expect(opened.errors()).toEqual([]);

    // 随机点名: everyone once before anyone twice, by keyboard.
    await reachWidget(page, 'random-call', 'RandomCall');
    const call = page.locator('[data-widget="random-call"]');
    await expectAccessible(page, 'random-call');
    await tabTo(page, call.getByRole('button', { name: '点名' }), 120);
    const names: string[] = [];
    for (let k = 0; k < 30; k++) {
      await page.keyboard.press('Enter');
      await call.getByText(`本轮已点 ${k + 1} / 30 人`, { exact: false }).waitFor();
      names.push((await call.locator('.rc-call-name strong').textContent())!);
    }
    expect(new Set(names).size).toBe(30);
    expect(new Set(names)).toEqual(new Set(simulated.roster.map((r) => r.name)));
    await page.keyboard.press('Enter');
    await call.getByText('本轮已点 1 / 30 人：全班都点过了，新一轮开始。').waitFor();
    await shootWidget(page, 'random-call', `${SCREENSHOTS}/random-call-1366.png`);

    // The board is kept: a phone (390 px) shows it without sideways scrolling; the projector shows no names.
    await eachStoredView(page, async (view, label, projector) => {
      await view.widget.locator('.cb-counts').first().waitFor();
      expect(await view.widget.getByLabel('班级码', { exact: true }).inputValue()).toBe(CLASS_CODE);
      await expectNoPageOverflow(view.page);
      if (projector) {
        expect(await view.widget.textContent()).not.toContain('郑同学7');
        expect(await view.widget.locator('.cb-list').count()).toBe(0);
      }
      await shootWidget(view.page, 'class-board', `${SCREENSHOTS}/class-board-${label}.png`);
      await expectAccessible(view.page, 'class-board');
    });
  });

  it('shows the role-play paths the class took in words, readable at 390 px and on the projector', async () => {
    const scenario = loadScenarios().find((s) => s.id === 'parcel-delay')!;
    const best = roleplayCodeAnswers(scenario, bestPlaythrough(scenario).history.map((turn) => turn.option));
    const lastEach = roleplayCodeAnswers(scenario, lastOptionPath(scenario));
    const codes = [best, best, best, lastEach, lastEach].map((answers, k) =>
      encodeResultCode({ ...studentRecord(k + 1, answers), activity: `complaint-roleplay/${scenario.id}`, score: null }, CLASS_CODE),
    );
    const opened = await openWidget(browser, PAGE, 'class-board', 'ClassBoard', { viewport: { width: 1366, height: 768 } });
    context = opened.context;
    const { page, widget } = opened;
    await widget.getByLabel('班级码', { exact: true }).fill(CLASS_CODE);
    await widget.getByRole('button', { name: '保存班级码' }).click();
    await widget.getByLabel('粘贴含提交码的文字（整段聊天记录也可以）').fill(codes.join('\n'));
    await widget.getByRole('button', { name: '读取提交码' }).click();
    await widget.getByText(/^找到 5 个提交码：新增 5 份/).waitFor();

    const rows = widget.locator('.cb-tally-row');
    await rows.first().locator('.cb-steps').waitFor();
    expect(await widget.locator('.cb-tally-label').allTextContents()).toEqual([expect.stringMatching(/^路径 1（结局：.+）$/), expect.stringMatching(/^路径 2（结局：.+）$/)]);
    expect(await rows.nth(0).locator('.cb-bar-count').textContent()).toBe('3 人');
    expect(await rows.nth(0).locator('.cb-steps li').allTextContents()).toHaveLength(best.length);
    // By hand from parcel-delay.yaml: the best first reply's first sentence; the last reply at 开场 (28 characters)
    // cut after its last clause within 24.
    expect(await rows.nth(0).locator('.cb-steps li').first().textContent()).toBe('第 1 步周女士您好，我是客服专员小陈，这件事我来跟进。');
    expect(await rows.nth(1).locator('.cb-steps li').first().textContent()).toBe('第 1 步这两天件多，中转场可能压件了，您再等等吧…');
    expect(await widget.getByText('学生自己输入的回复，按他确认的最接近选项计入。', { exact: false }).count()).toBe(1);
    await expectAccessible(page, 'class-board');
    expect(opened.errors()).toEqual([]);

    await eachStoredView(page, async (view, label, projector) => {
      const steps = view.widget.locator('.cb-steps li');
      await steps.first().waitFor();
      await expectNoPageOverflow(view.page);
      // Wrapped, never cut: no reply is wider than its line, and on the projector none is set below 28 px.
      const measured = await steps.evaluateAll((items) => items.map((li) => ({ over: li.scrollWidth - li.clientWidth, px: parseFloat(getComputedStyle(li).fontSize) })));
      expect(measured.filter((m) => m.over > 0)).toEqual([]);
      if (projector) expect(Math.min(...measured.map((m) => m.px))).toBeGreaterThanOrEqual(28);
      await view.widget.locator('.cb-tally').screenshot({ path: `${SCREENSHOTS}/class-board-roleplay-${label}.png` });
      await expectAccessible(view.page, 'class-board');
    });
  });
});

/**
 * The board `page` has saved, opened in a fresh context at a phone's width (390 px) and as the projector (teacher
 * and projector mode, 1920 × 1080), each view handed to `check`.
 */
async function eachStoredView(page: Page, check: (view: Opened, label: string, projector: boolean) => Promise<void>): Promise<void> {
  const stored = await page.evaluate(() => localStorage.getItem('crm-lab:class-board'));
  for (const [label, viewport, projector] of [['phone', { width: 390, height: 844 }, false], ['projector', { width: 1920, height: 1080 }, true]] as const) {
    const other = await newContext(browser, { viewport });
    try {
      await other.addInitScript((board) => localStorage.setItem('crm-lab:class-board', board), stored!);
      if (projector) await other.addInitScript(() => localStorage.setItem('crm-lab:settings', JSON.stringify({ v: 1, data: { teacher: true, projector: true, course: null } })));
      await check(await openWidget(browser, PAGE, 'class-board', 'ClassBoard', { context: other }), label, projector);
    } finally {
      await other.close();
    }
  }
}

/** The path that takes the last reply offered at every turn, as option ids. */
function lastOptionPath(scenario: Scenario): string[] {
  let state = startRoleplay(scenario);
  const ids: string[] = [];
  for (let turn = currentTurn(scenario, state); !turn.ending; turn = currentTurn(scenario, state)) {
    const id = turn.options.at(-1)!.id;
    ids.push(id);
    state = chooseReply(scenario, state, id);
  }
  return ids;
}
