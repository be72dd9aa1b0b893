import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPECTED, FORBIDDEN, forbiddenIn } from '../i18n/hant-term-lists';
import { launchBrowser, newContext } from './support/browser';
import { allPages, DIST } from './support/site';
import { openWidget } from './support/widget';

/*
 * The built Traditional pages pass the term lists of tests/i18n/hant-term-lists.ts (what the search index is made
 * from, too), use 「」 in their text, and the widgets' run-time text follows the same table.
 */

const HANT_PAGES = allPages().filter((p) => p.startsWith('/zh-hant/'));

/** What a reader sees of a page: no scripts, styles, code, data kept as written, markup or entities. */
function visibleText(html: string): string {
  return html
    .replace(/<(script|style|template|pre|code|textarea)\b[\s\S]*?<\/\1\s*>/g, ' ')
    .replace(/<(\w+)\b[^>]*\stranslate="no"[^>]*>[\s\S]*?<\/\1\s*>/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(?:amp|lt|gt|quot|#39|nbsp);/g, ' ');
}

const pageText = (path: string) => visibleText(readFileSync(`${DIST}${path}index.html`, 'utf8'));

describe('the built Traditional pages', () => {
  it('cover every chapter and lab', () => {
    expect(HANT_PAGES.filter((p) => p.startsWith('/zh-hant/chapters/')).length).toBeGreaterThanOrEqual(10);
    expect(HANT_PAGES.filter((p) => p.startsWith('/zh-hant/labs/')).length).toBeGreaterThan(0);
  });

  it.each(HANT_PAGES)('%s: no forbidden word and 「」 quotation marks', (path) => {
    const text = pageText(path);
    const found = FORBIDDEN.flatMap((entry) => forbiddenIn(text, entry).map((at) => `${entry.word}: ${at}`));
    expect(found).toEqual([]);
    expect(text.match(/.{0,10}[“”‘’].{0,10}/g) ?? []).toEqual([]);
  });

  it('say what a Taiwan reader expects in the chapters', () => {
    const chapters = HANT_PAGES.filter((p) => p.startsWith('/zh-hant/chapters/')).map(pageText).join('\n');
    const missing = EXPECTED.filter((e) => e.in.startsWith('content/chapters/')).filter((e) => !chapters.includes(e.term));
    expect(missing).toEqual([]);
  });
});

describe('a widget’s run-time text', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());

  it('chapter 6’s RFM calculator renders Traditional text from its first render: no Simplified text is ever put on the page', async () => {
    // Every text the page's scripts write inside an island, from the start: a first render in Simplified would write
    // “计算器” over the built page's “計算器” and then convert it back.
    const context = await newContext(browser);
    await context.addInitScript(() => {
      const written: string[] = [];
      (window as unknown as { written: string[] }).written = written;
      new MutationObserver((records) => {
        for (const r of records) {
          const element = r.target instanceof Element ? r.target : r.target.parentElement;
          if (!element?.closest('astro-island')) continue;
          if (r.type === 'characterData') written.push(r.target.textContent ?? '');
          for (const node of r.addedNodes) written.push(node.textContent ?? '');
        }
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    const { widget } = await openWidget(browser, '/zh-hant/chapters/06-customer-tiering/', 'rfm-calculator', 'RfmCalculator', { context });
    await widget.locator('canvas').first().waitFor();
    const written = await widget.page().evaluate(() => (window as unknown as { written: string[] }).written);
    expect(written.join('').length).toBeGreaterThan(100);
    expect(written.filter((text) => /计算器|客户|数据/.test(text))).toEqual([]);
    expect(await widget.locator('h3').first().innerText()).toBe('RFM 計算器');
    await context.close();
  });

  it('chapter 7’s self-check in Traditional: 程序公平 stays, 「」 quotes, no forbidden word', async () => {
    const { context, widget, consoleErrors } = await openWidget(browser, '/zh-hant/chapters/07-customer-communication/', 'self-check', 'SelfCheck');
    await widget.locator('.sc-question').first().waitFor();
    // Question 6 asks about fair procedure (程序公平): skip to it with 下一題, waiting for each question to show.
    let text = await widget.innerText();
    for (let n = 2; n <= 6; n += 1) {
      await widget.getByRole('button', { name: /下一題/ }).first().click();
      await widget.getByText(new RegExp(`第 ${n} / \\d+ 題`)).waitFor();
      text += await widget.innerText();
    }
    expect(text).toContain('程序公平');
    expect(text).not.toMatch(/[“”]/);
    expect(FORBIDDEN.flatMap((entry) => forbiddenIn(text, entry))).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
