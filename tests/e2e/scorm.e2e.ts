// The SCORM 1.2 package (npm run package:scorm, made here from the built site under test) in a learning platform:
// scorm-again's Scorm12API plays the platform's `window.API` in a player page, which opens a chapter's SCO in an
// iframe from the platform's own folder, as Moodle serves it. A learner works through chapter 6 on one computer and
// resumes on another; the platform records completion, the score and the place.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import JSZip from 'jszip';
import type { Browser, BrowserContext, FrameLocator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { packageScorm } from '../../scripts/package-scorm';
import { SUSPEND_DATA_LIMIT } from '~/scripts/scorm-report';
import { DOM_WAIT_TIMEOUT } from '../helpers/timeouts';
import { checkScorm12Manifest } from '../helpers/scorm-manifest';
import { launchBrowser, newContext, SCREENSHOTS } from './support/browser';
import { DIST, url } from './support/site';
import { serveStatic } from './support/static-server';
import { watchErrors } from './support/widget';

/** Where Moodle serves an unpacked SCORM package from. */
const PACKAGE = '/pluginfile.php/12/mod_scorm/content/3/';
const CHAPTER = '06-customer-tiering';
const SCO = `${PACKAGE}chapters/${CHAPTER}/index.html`;

/** The platform's player: scorm-again as `window.API`, the CMI data it had saved, the SCO in an iframe. */
const PLAYER = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>学习平台（scorm-again）</title><link rel="icon" href="data:,">
<style>body{margin:0}iframe{border:0;width:100vw;height:100vh;display:block}</style>
<script src="scorm12.js"></script>
<script>
  const params = new URLSearchParams(location.search);
  window.API = new Scorm12API({ autocommit: false, logLevel: 5 });
  window.API.loadFromJSON(JSON.parse(params.get('cmi') || '{}'));
  window.lmsCalls = [];
  for (const name of ['LMSInitialize', 'LMSCommit', 'LMSFinish']) window.API.on(name, () => window.lmsCalls.push(name));
  addEventListener('DOMContentLoaded', () => { document.getElementById('sco').src = params.get('sco'); });
</script></head>
<body><iframe id="sco" title="课程内容"></iframe></body></html>`;

interface Cmi {
  core: { lesson_status: string; lesson_location: string; exit: string; session_time: string; score: { raw: string; min: string; max: string } };
  suspend_data: string;
}

/** What the platform starts a launch of chapter 6 with (the manifest's adlcp:datafromlms and adlcp:masteryscore). */
const LAUNCH = { launch_data: CHAPTER, student_data: { mastery_score: '60' } };

let browser: Browser;
let context: BrowserContext | undefined;
let folder: string;
let zipped: JSZip;
let lms: { origin: string; close: () => Promise<void> };

beforeAll(async () => {
  browser = await launchBrowser();
  folder = mkdtempSync(join(tmpdir(), 'crm-lab-scorm-'));
  const zip = join(folder, 'crm-lab-scorm12.zip');
  await packageScorm({ site: DIST, out: zip });
  zipped = await JSZip.loadAsync(readFileSync(zip));
  for (const entry of Object.values(zipped.files)) {
    if (entry.dir) continue;
    const path = join(folder, PACKAGE, entry.name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, await entry.async('nodebuffer'));
  }
  mkdirSync(join(folder, 'lms'));
  copyFileSync(createRequire(import.meta.url).resolve('scorm-again/scorm12/min'), join(folder, 'lms/scorm12.js'));
  writeFileSync(join(folder, 'lms/player.html'), PLAYER);
  lms = await serveStatic(folder);
});
afterAll(async () => {
  await lms?.close();
  await browser?.close();
  rmSync(folder, { recursive: true, force: true });
});
afterEach(async () => {
  await context?.close();
  context = undefined;
});

/** Opens the player on a fresh computer (empty browser storage), with the CMI data the platform saved. */
async function launch(saved: object): Promise<{ page: Page; sco: FrameLocator; requests: string[]; errors: () => string[] }> {
  context = await newContext(browser, { viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (request) => {
    if (request.url().startsWith('http')) requests.push(new URL(request.url()).pathname);
  });
  const watched = watchErrors(page);
  await page.goto(`${lms.origin}/lms/player.html?${new URLSearchParams({ sco: SCO, cmi: JSON.stringify(saved) })}`);
  await expect.poll(() => page.evaluate(() => (window as unknown as { lmsCalls: string[] }).lmsCalls), { timeout: DOM_WAIT_TIMEOUT }).toContain('LMSInitialize');
  return { page, sco: page.frameLocator('#sco'), requests, errors: watched.errors };
}

const cmi = (page: Page) => page.evaluate(() => (window as unknown as { API: { renderCMIToJSONObject(): { cmi: Cmi } } }).API.renderCMIToJSONObject().cmi);
const calls = (page: Page) => page.evaluate(() => (window as unknown as { lmsCalls: string[] }).lmsCalls);
const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: DOM_WAIT_TIMEOUT });

/** Chapter 6's self-check, answered as in self-check.e2e.ts: the first question wrong, so 7 of 8 (87.5). */
async function takeSelfCheck(sco: FrameLocator): Promise<void> {
  const widget = sco.locator('[data-widget="self-check"]');
  await widget.scrollIntoViewIfNeeded();
  await widget.getByRole('heading', { name: /第 1 \/ 8 题/ }).waitFor();
  const answers: Record<number, string | RegExp> = { 1: '2', 2: '3', 3: '1,675.43 元', 4: /重要发展客户/, 5: /RFM 分析法/, 6: /错误/, 7: /潜在价值/, 8: /最低订货量/ };
  for (let n = 1; n <= 8; n++) {
    if (n > 1) await widget.getByRole('button', { name: '下一题' }).click();
    await widget.getByRole('heading', { name: new RegExp(`第 ${n} / 8 题`) }).waitFor();
    const answer = answers[n]!;
    if (typeof answer === 'string') {
      await widget.locator('.sc-form input[type="text"]').fill(answer);
      await widget.locator('.sc-form input[type="text"]').press('Enter');
    } else {
      await widget.locator('.sc-form label.sc-option', { hasText: answer }).click();
      await widget.getByRole('button', { name: '提交答案' }).click();
    }
    await widget.locator('.sc-verdict').waitFor();
  }
  await widget.getByRole('button', { name: '查看总分' }).click();
  await widget.getByRole('heading', { name: /^总分 7 \/ 8（88%）$/ }).waitFor();
}

describe('the SCORM 1.2 package under scorm-again', () => {
  it('has the manifest SCORM 1.2 requires, one SCO per chapter, every listed file in the zip', async () => {
    const xml = await zipped.file('imsmanifest.xml')!.async('string');
    const summary = checkScorm12Manifest(xml, (path) => zipped.file(path) !== null);
    expect(summary.problems).toEqual([]);
    expect(summary.launches).toHaveLength(10);
    expect(summary.launches[5]).toBe(`chapters/${CHAPTER}/index.html`);
    expect(summary.items[5]).toEqual({ title: '第六章 客户分级', launchData: CHAPTER, masteryScore: '60' });
    expect(zipped.file('sw.js')).toBeNull();
    expect(zipped.file('sitemap-index.xml')).toBeNull();
    expect(zipped.file('robots.txt')).toBeNull();
  });

  it('records completion, the score and the place, and resumes on another computer', async () => {
    const first = await launch(LAUNCH);
    const { page, sco } = first;
    await poll(async () => (await cmi(page)).core.lesson_status).toBe('incomplete');

    // 思考与实践: every question answered → completed.
    const boxes = sco.locator('[data-widget="think-practice"] textarea');
    await boxes.first().waitFor();
    const count = await boxes.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) await boxes.nth(i).fill(`第 ${i + 1} 题：先按 RFM 给客户打分，再分别制定管理办法。`);
    await poll(async () => (await cmi(page)).core.lesson_status).toBe('completed');

    // A widget with a bundled dataset and a worker runs from the package's folder.
    const rfm = sco.locator('[data-widget="rfm-calculator"]');
    await rfm.scrollIntoViewIfNeeded();
    await rfm.locator('.rfm-segment').nth(7).waitFor();

    // The self-check's score decides passed or failed against the pass mark (60).
    await takeSelfCheck(sco);
    await poll(async () => (await cmi(page)).core.score.raw).toBe('87.5');
    const graded = await cmi(page);
    expect(graded.core.lesson_status).toBe('passed');
    expect([graded.core.score.min, graded.core.score.max]).toEqual(['0', '100']);
    expect(await calls(page)).toContain('LMSCommit');

    // The place: the last heading read past.
    const frame = page.frame({ url: new RegExp(`chapters/${CHAPTER}/index\\.html`) })!;
    const headings = await frame.evaluate(() => [...document.querySelectorAll('main h2[id]')].map((h) => h.id));
    const place = headings[2]!;
    await frame.evaluate((id) => document.getElementById(id)!.scrollIntoView(), place);
    await poll(async () => (await cmi(page)).core.lesson_location).toBe(place);
    await page.screenshot({ path: `${SCREENSHOTS}/scorm-player-chapter6.png` });

    // Leaving the package ends the session: suspended, with the time spent, finished.
    await page.evaluate(() => void ((document.getElementById('sco') as HTMLIFrameElement).src = 'about:blank'));
    await poll(() => calls(page)).toContain('LMSFinish');
    const saved = await cmi(page);
    expect(saved.core.exit).toBe('suspend');
    expect(saved.core.session_time).toMatch(/^\d{2,4}:\d{2}:\d{2}/);
    expect(saved.suspend_data.length).toBeGreaterThan(0);
    expect(saved.suspend_data.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
    console.log(`chapter 6 suspend_data: ${saved.suspend_data.length} of ${SUSPEND_DATA_LIMIT} characters (${count} answers, one self-check)`);

    // Every request stayed inside the platform: the package's folder and the player's.
    expect(first.requests.filter((path) => !path.startsWith(PACKAGE) && !path.startsWith('/lms/'))).toEqual([]);
    expect(first.errors()).toEqual([]);
    await context!.close();

    // Another computer (empty browser storage): the platform's data brings the work and the place back.
    const { lesson_status, lesson_location, score } = saved.core;
    const second = await launch({ ...LAUNCH, suspend_data: saved.suspend_data, core: { lesson_status, lesson_location, score, entry: 'resume' } });
    const resumed = second.page.frame({ url: new RegExp(`chapters/${CHAPTER}/index\\.html`) })!;
    await poll(() => resumed.evaluate((id) => Math.round(document.getElementById(id)!.getBoundingClientRect().top), place)).toBeLessThan(200);
    expect(await resumed.evaluate(() => scrollY)).toBeGreaterThan(0);
    const again = second.sco.locator('[data-widget="think-practice"] textarea');
    await again.first().scrollIntoViewIfNeeded(); // the widget wakes when it comes into view
    await poll(() => again.first().inputValue()).toBe('第 1 题：先按 RFM 给客户打分，再分别制定管理办法。');
    expect(await again.nth(count - 1).inputValue()).toBe(`第 ${count} 题：先按 RFM 给客户打分，再分别制定管理办法。`);
    const widget = second.sco.locator('[data-widget="self-check"]');
    await widget.scrollIntoViewIfNeeded();
    await widget.getByRole('heading', { name: /^总分 7 \/ 8（88%）$/ }).waitFor();
    const kept = await cmi(second.page);
    expect([kept.core.lesson_status, kept.core.score.raw]).toEqual(['passed', '87.5']);
    expect(second.errors()).toEqual([]);
  });

  it('outside a learning platform the site loads no SCORM session and reports nothing', async () => {
    context = await newContext(browser);
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (request) => void (request.resourceType() === 'script' && scripts.push(request.url())));
    const watched = watchErrors(page);
    await page.goto(url(`/chapters/${CHAPTER}/`), { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((script) => script.includes('scorm-session'))).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.dataset.siteRoot)).toBeUndefined();
    expect(watched.errors()).toEqual([]);
  });
});
