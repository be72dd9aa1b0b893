import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, SCREENSHOTS } from './support/browser';
import { expectAccessible, expectNoPageOverflow, openPage, reachWidget, tabTo } from './support/widget';

const DECK = '/chapters/06-customer-tiering/slides/';
const FULL_HD = { width: 1920, height: 1080 };
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** The slide on screen: its number, kind and label (第 n 张，共 N 张：title). */
function current(page: Page) {
  return page.evaluate(() => {
    const slide = document.querySelector<HTMLElement>('[data-deck-stage] > .slide:not([hidden])')!;
    return { number: Number(slide.dataset.slide), kind: slide.dataset.kind, label: slide.getAttribute('aria-label') ?? '', hash: location.hash };
  });
}

const hydratedIslands = (page: Page) => page.evaluate(() => document.querySelectorAll('astro-island:not([ssr])').length);
const CHAPTERS = ['01-crm-philosophy', '02-crm-technology', '03-customer-selection', '04-customer-acquisition', '05-customer-information', '06-customer-tiering', '07-customer-communication', '08-customer-satisfaction', '09-customer-loyalty', '10-customer-winback'];
const slideCount = (page: Page) => page.locator('[data-deck-stage] > .slide').count();

describe('lecture mode: a chapter as slides', () => {
  it('is walked by keyboard and clicker keys at 1920 × 1080, full screen, with the RFM calculator live on its slide', async () => {
    const { page, context, errors } = await openPage(browser, DECK, { viewport: FULL_HD, projector: true });
    expect(await current(page)).toMatchObject({ number: 1, kind: 'title', hash: '#1' });
    expect(await hydratedIslands(page)).toBe(0);

    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement?.hasAttribute('data-deck') ?? false)).toBe(true);
    expect(await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.slide:not([hidden]) .slide-en')!).fontSize))).toBeGreaterThanOrEqual(28);
    await page.screenshot({ path: `${SCREENSHOTS}/slides-title-1920.png` });

    // To the RFM calculator's slide, turning pages with the keys a keyboard and a clicker send, no slide skipped.
    const target = await page.evaluate(() => Number(document.querySelector('astro-island[component-url*="RfmCalculator"]')!.closest<HTMLElement>('.slide')!.dataset.slide));
    const keys = ['ArrowRight', 'PageDown', ' ', 'ArrowDown'];
    const seen = new Set<number>();
    const started = (component: string) => page.evaluate((c) => !document.querySelector(`astro-island[component-url*="${c}"]`)!.hasAttribute('ssr'), component);
    for (let press = 0; (await current(page)).number < target; press++) {
      expect(await started('RfmCalculator'), 'the RFM calculator starts only on its slide').toBe(false);
      await page.keyboard.press(keys[press % keys.length]!);
      seen.add((await current(page)).number);
      expect(press).toBeLessThan(200);
    }
    expect([...seen].sort((a, b) => a - b)).toEqual(Array.from({ length: target - 1 }, (_, i) => i + 2));
    await reachWidget(page, 'rfm-calculator', 'RfmCalculator');
    expect(await started('ClvCalculator'), 'a widget further on is not started').toBe(false);
    const widget = page.locator('[data-widget="rfm-calculator"]');
    const status = widget.locator('.rfm-status');
    await expect.poll(() => status.textContent(), { timeout: 60_000 }).toContain('3,750 位客户');

    // Inside the widget the arrows are the widget's: the slider moves, the slide stays.
    await tabTo(page, widget.getByRole('slider'));
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => status.textContent()).toContain('· 4 档 ·');
    expect((await current(page)).number).toBe(target);
    await page.screenshot({ path: `${SCREENSHOTS}/slides-rfm-live-1920.png` });

    // Esc hands the keys back to the deck; a clicker's PageDown turns the page even from the widget's slider.
    await page.keyboard.press('Escape');
    await page.keyboard.press('ArrowRight');
    expect((await current(page)).number).toBe(target + 1);
    await page.keyboard.press('ArrowLeft');
    await tabTo(page, widget.getByRole('slider'));
    await page.keyboard.press('PageDown');
    expect((await current(page)).number).toBe(target + 1);
    expect(await widget.locator('input[type="range"]').inputValue(), 'the slider did not take the PageDown').toBe('4');

    // Black screen (a clicker sends “.”): the next key brings the same slide back.
    await page.keyboard.press('.');
    expect(await page.locator('[data-deck-black]').isVisible()).toBe(true);
    await page.keyboard.press('PageDown');
    expect(await page.locator('[data-deck-black]').isVisible()).toBe(false);
    expect((await current(page)).number).toBe(target + 1);
    await page.keyboard.press('b');
    await page.keyboard.press('b');
    expect(await page.locator('[data-deck-black]').isVisible()).toBe(false);

    // The timer.
    await page.keyboard.press('t');
    await expect.poll(() => page.locator('[data-deck-bar] [data-deck-timer]').textContent(), { timeout: 10_000 }).not.toBe('00:00');
    await page.keyboard.press('t');
    expect(await page.locator('[data-deck-bar] [data-action="timer"]').getAttribute('aria-pressed')).toBe('false');

    await page.keyboard.press('End');
    expect(await current(page)).toMatchObject({ number: await slideCount(page), kind: 'questions' });
    await page.keyboard.press('PageUp');
    expect((await current(page)).number).toBe((await slideCount(page)) - 1);
    await page.keyboard.press('Home');
    expect((await current(page)).number).toBe(1);
    expect(errors()).toEqual([]);
    await context.close();
  });

  it('shows a worked example step by step and keeps the place (and the step) over a reload', async () => {
    const { page, context } = await openPage(browser, DECK, { viewport: { width: 1366, height: 768 } });
    const example = await page.evaluate(() => Number(document.querySelector<HTMLElement>('.slide--example [data-reveal]')!.closest<HTMLElement>('.slide')!.dataset.slide));
    await page.goto(page.url().replace(/#.*$/, '') + `#${example}`);
    await page.reload();
    const hidden = () => page.locator('.slide:not([hidden]) .step-hidden').count();
    const steps = await hidden();
    expect(steps).toBeGreaterThan(0);
    await page.keyboard.press('ArrowRight');
    expect(await hidden()).toBe(steps - 1);
    expect((await current(page)).hash).toBe(`#${example}.1`);
    await page.reload();
    expect(await current(page)).toMatchObject({ number: example, hash: `#${example}.1` });
    expect(await hidden()).toBe(steps - 1);
    await page.keyboard.press('ArrowLeft');
    expect(await hidden()).toBe(steps);
    await page.screenshot({ path: `${SCREENSHOTS}/slides-example-1366.png` });
    await expectAccessible(page);
    await context.close();
  });

  it('opens a speaker window (S) that follows the deck both ways and shows the teacher’s notes', async () => {
    const { page, context } = await openPage(browser, `${DECK}#1`, { viewport: { width: 1366, height: 768 } });
    const [speaker] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
    await speaker.waitForLoadState();
    await speaker.setViewportSize({ width: 1280, height: 800 });
    const notes = speaker.locator('[data-speaker-notes]');
    await expect.poll(() => notes.textContent()).toContain('教学方法与手段');
    expect(await notes.textContent()).toContain('PPT 课件讲授');
    await page.keyboard.press('PageDown');
    await expect.poll(() => notes.textContent()).toContain('思政育人目标');
    expect(await speaker.locator('[data-speaker-current] .slide-title').textContent()).toBe('目的与要求');
    expect(await speaker.locator('[data-speaker-next] .slide-title').textContent()).toContain('第一节');
    await speaker.keyboard.press('ArrowRight');
    await expect.poll(async () => (await current(page)).number).toBe(3);
    await speaker.screenshot({ path: `${SCREENSHOTS}/slides-speaker.png` });
    await expectAccessible(speaker);
    await context.close();
  });

  it('downloads the deck as a .pptx with one slide per deck slide, the notes, and each widget as a picture with its link', async () => {
    for (const path of [DECK, `/zh-hant${DECK}`]) {
      const { page, context, errors } = await openPage(browser, path, { viewport: { width: 1366, height: 768 } });
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.getByRole('button', { name: /下[载載] PPT/ }).click()]);
      const zip = await JSZip.loadAsync(readFileSync((await download.path())!));
      const files = Object.keys(zip.files);
      const slides = files.filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
      expect(slides).toHaveLength(await slideCount(page));
      const hant = path.startsWith('/zh-hant/');
      expect(download.suggestedFilename()).toBe(hant ? '第六章 客戶分級.pptx' : '第六章 客户分级.pptx');
      expect(await zip.file('ppt/slides/slide1.xml')!.async('string')).toContain(hant ? '客戶分級' : '客户分级');
      expect(await zip.file('ppt/notesSlides/notesSlide1.xml')!.async('string')).toContain(hant ? '教學方法與手段' : '教学方法与手段');
      const widgets = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('.slide--widget')].map((s) => Number(s.dataset.slide)));
      expect(files.filter((f) => /^ppt\/media\/.+\.svg$/.test(f))).toHaveLength(widgets.length);
      const rels = await zip.file(`ppt/slides/_rels/slide${widgets[0]}.xml.rels`)!.async('string');
      expect(rels).toContain(`${path}#${widgets[0]}"`);
      expect(await page.locator('[data-deck-status]').textContent()).toMatch(/PPT 已下[载載]/);
      expect(errors()).toEqual([]);
      await context.close();
    }
  });

  it('reads from the back of the hall: at 1920 × 1080 full screen no slide’s text is under 28 px and none runs over, in every chapter', async () => {
    const { page, context } = await openPage(browser, DECK, { viewport: FULL_HD });
    const report: string[] = [];
    for (const slug of CHAPTERS) {
      await page.goto(page.url().replace(/\/chapters\/[^/]+\/slides\/.*$/, `/chapters/${slug}/slides/`));
      await page.keyboard.press('f');
      await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
      const problems = await page.evaluate(async () => {
        const found: string[] = [];
        const slides = [...document.querySelectorAll<HTMLElement>('[data-deck-stage] > .slide')];
        for (const slide of slides) {
          location.hash = `#${slide.dataset.slide}`;
          await new Promise((r) => setTimeout(r, 20));
          if (slide.hidden) found.push(`${slide.dataset.slide}: not shown`);
          if (slide.classList.contains('slide-overflow')) found.push(`${slide.getAttribute('aria-label')}: runs over`);
          for (const el of slide.querySelectorAll<HTMLElement>('.slide-head *, .slide-body *')) {
            const hasText = [...el.childNodes].some((c) => c.nodeType === 3 && c.textContent!.trim() !== '');
            const size = parseFloat(getComputedStyle(el).fontSize);
            if (hasText && size < 28) found.push(`${slide.getAttribute('aria-label')}: ${size.toFixed(1)} px`);
          }
        }
        return found;
      });
      report.push(...problems.map((p) => `${slug} ${p}`));
      await page.evaluate(() => document.exitFullscreen());
    }
    expect(report).toEqual([]);
    await context.close();
  });

  it('starts every chapter’s widgets on their slides, the sorter’s class mode and the role-play’s class vote among them', async () => {
    const { page, context, errors } = await openPage(browser, DECK, { viewport: FULL_HD, projector: true });
    const started: string[] = [];
    for (const slug of CHAPTERS) {
      await page.goto(page.url().replace(/\/chapters\/[^/]+\/slides\/.*$/, `/chapters/${slug}/slides/`));
      const slides = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('.slide--widget')].map((s) => Number(s.dataset.slide)));
      for (const n of slides) {
        await page.evaluate((n) => (location.hash = `#${n}`), n);
        const name = await page
          .waitForFunction(() => document.querySelector('.slide:not([hidden]) astro-island:not([ssr]) [data-widget]')?.getAttribute('data-widget'), null, { timeout: 60_000 })
          .then((handle) => handle.jsonValue());
        started.push(`${slug}#${n} ${name}`);
        expect(await page.locator('.slide:not([hidden]) .widget-error').count(), `${slug}#${n}`).toBe(0);
      }
    }
    expect(started.filter((s) => s.includes('customer-sorter') || s.includes('complaint-roleplay'))).toHaveLength(2);
    expect(started.length).toBeGreaterThanOrEqual(22);

    // The sorter's class mode, on its slide in chapter 3.
    await page.goto(page.url().replace(/\/chapters\/[^/]+\/slides\/.*$/, '/chapters/03-customer-selection/slides/'));
    const sorter = await page.evaluate(() => document.querySelector('astro-island[component-url*="CustomerSorter"]')!.closest<HTMLElement>('.slide')!.dataset.slide);
    await page.evaluate((n) => (location.hash = `#${n}`), sorter);
    await reachWidget(page, 'customer-sorter', 'CustomerSorter');
    await page.locator('[data-widget="customer-sorter"]').getByRole('button', { name: /课堂模式/ }).click();
    await expect.poll(() => page.locator('[data-widget="customer-sorter"] .cs-class-mode').count()).toBe(1);
    await page.screenshot({ path: `${SCREENSHOTS}/slides-sorter-class-mode-1920.png` });
    expect(errors()).toEqual([]);
    await context.close();
  });

  it('is one page to scroll through on a phone, with no sideways scrolling, in both scripts', async () => {
    for (const path of [DECK, `/zh-hant${DECK}`]) {
      const { page, context } = await openPage(browser, `${path}#4`, { viewport: { width: 390, height: 844 } });
      await expectNoPageOverflow(page);
      await page.getByRole('button', { name: /^下一[张張]$/ }).click();
      expect((await current(page)).number).toBe(5);
      await page.screenshot({ path: `${SCREENSHOTS}/slides-phone${path.startsWith('/zh-hant/') ? '-hant' : ''}.png` });
      await expectAccessible(page);
      await context.close();
    }
  });
});

describe('links to the slides', () => {
  it('the chapter page (in teacher mode) and the course map link to each chapter’s slides', async () => {
    const { page, context } = await openPage(browser, '/chapters/06-customer-tiering/', { projector: true });
    const link = page.getByRole('link', { name: /讲课幻灯片/ });
    expect(await link.getAttribute('href')).toBe(DECK);
    await page.goto(page.url().replace(/\/chapters\/.*$/, '/'));
    const hrefs = await page.locator('a[href$="/slides/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toHaveLength(10);
    expect(hrefs).toContain(DECK);
    await context.close();
  });
});
