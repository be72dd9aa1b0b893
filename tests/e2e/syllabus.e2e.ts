import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toHant } from '~/i18n/hant-html';
import { launchBrowser, newContext } from './support/browser';
import { url } from './support/site';

interface SyllabusChapter {
  slug: string;
  title: string;
  sections: string[];
  questions: string[];
  notQuestions?: string[];
}
const syllabus: { chapters: SyllabusChapter[] } = JSON.parse(readFileSync('tests/fixtures/syllabus.json', 'utf8'));
const squash = (text: string) => text.replace(/\s+/g, '');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const cases = syllabus.chapters.flatMap((chapter) => [
  { ...chapter, prefix: '', convert: (s: string) => s },
  { ...chapter, prefix: '/zh-hant', convert: toHant },
]);

describe('chapters carry the syllabus', () => {
  it.each(cases)('$prefix/chapters/$slug/: title, every section heading and every question', async ({ slug, title, sections, questions, notQuestions, prefix, convert }) => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(url(`${prefix}/chapters/${slug}/`));
    expect(squash((await page.locator('h1').first().textContent()) ?? '')).toBe(squash(convert(title)));
    const h2s = (await page.locator('main h2').allTextContents()).map(squash);
    for (const section of sections) expect(h2s).toContain(squash(convert(section)));
    const asked = squash((await page.locator('.question-list').textContent()) ?? '');
    expect(await page.locator('.question-list > li').count()).toBe(4);
    for (const question of questions) expect(asked).toContain(squash(convert(question)));
    for (const question of notQuestions ?? []) expect(asked).not.toContain(squash(convert(question)));
    await context.close();
  });
});
