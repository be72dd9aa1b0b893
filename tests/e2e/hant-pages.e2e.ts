import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPECTED, FORBIDDEN, forbiddenIn } from '../i18n/hant-term-lists';
import { launchBrowser } from './support/browser';
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
