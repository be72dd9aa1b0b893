// The learner's own data in a real browser: text typed before an island hydrates is kept, two tabs never drop
// each other's answers, and every localStorage key the site writes belongs to a registered store.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isRegisteredKey } from '~/stores/registry';
import { launchBrowser, newContext, SCREENSHOTS } from './support/browser';
import { allPages, url } from './support/site';
import { expectNoPageOverflow, openPage, SCREEN_SIZES } from './support/widget';

const CHAPTER = '/chapters/01-crm-philosophy/';
const SLUG = '01-crm-philosophy';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const hydrated = (page: Page, component: string) =>
  page.waitForFunction((c) => document.querySelector(`astro-island[component-url*="/${c}."]:not([ssr])`) !== null, component, { timeout: 30_000 });

/**
 * Opens `path` with `component`'s script held back (page.route), runs `type` while its island is still the
 * server's HTML, checks it really was not live yet, then lets it hydrate.
 */
async function typeBeforeHydration(path: string, component: string, type: (page: Page) => Promise<void>, viewport?: { width: number; height: number }) {
  const context = await newContext(browser, { viewport });
  const page = await context.newPage();
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(new RegExp(`/_astro/${component}\\.[\\w-]+\\.js$`), async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(url(path));
  await type(page);
  expect(await page.locator(`astro-island[component-url*="/${component}."][ssr]`).count()).toBe(1);
  release();
  await hydrated(page, component);
  return { context, page };
}
const storedAnswer = (page: Page, id: string) =>
  page.evaluate(([slug, q]) => JSON.parse(localStorage.getItem('crm-lab:notebook') ?? 'null')?.data.answers[slug!]?.[q!]?.text ?? null, [SLUG, id]);

describe('text typed before a widget hydrates is kept and saved', () => {
  it('思考与实践: typed and pasted answers survive hydration and a reload', async () => {
    const { context, page } = await typeBeforeHydration(
      CHAPTER,
      'ThinkPractice',
      async (p) => {
        await p.locator(`#answer-${SLUG}-q1`).scrollIntoViewIfNeeded();
        await p.locator(`#answer-${SLUG}-q1`).click();
        await p.keyboard.type('加载前打的字');
        await p.locator(`#answer-${SLUG}-q2`).click();
        await p.keyboard.insertText('加载前粘贴的一段话'); // what a paste does
      },
      { width: 390, height: 844 },
    );
    const first = page.locator(`#answer-${SLUG}-q1`);
    await expect.poll(() => storedAnswer(page, 'q1')).toBe('加载前打的字');
    await expect.poll(() => storedAnswer(page, 'q2')).toBe('加载前粘贴的一段话');
    expect(await first.inputValue()).toBe('加载前打的字');
    await expect.poll(() => page.locator('[data-widget="think-practice"] .status').textContent()).toContain('已自动保存');
    await page.screenshot({ path: `${SCREENSHOTS}/think-practice-early-typing-390.png` });
    await page.reload();
    await first.scrollIntoViewIfNeeded();
    await hydrated(page, 'ThinkPractice');
    await expect.poll(() => first.inputValue()).toBe('加载前打的字');
    await context.close();
  });

  it('学习笔记: 姓名 and an answer typed before the notebook hydrates are saved', async () => {
    const { context, page } = await typeBeforeHydration('/notebook/', 'Notebook', async (p) => {
      await p.getByLabel('姓名').fill('张三');
      await p.getByLabel(/怎样理解/).first().fill('笔记页上先写的');
    });
    await expect.poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('crm-lab:identity') ?? 'null')?.data.name)).toBe('张三');
    await expect.poll(() => storedAnswer(page, 'q1')).toBe('笔记页上先写的');
    await context.close();
  });

  it('数据集: a 学号 typed before the widget hydrates is the one it uses', async () => {
    const { context, page } = await typeBeforeHydration('/datasets/', 'StudentDataset', async (p) => {
      await p.getByLabel('学号').scrollIntoViewIfNeeded();
      await p.getByLabel('学号').fill('2023123456');
    });
    const field = page.getByLabel('学号');
    await page.getByRole('button', { name: '生成我的数据集' }).click();
    await expect.poll(() => page.locator('[data-widget="student-dataset"] .sd-status').textContent(), { timeout: 60_000 }).toContain('已生成');
    expect(await field.inputValue()).toBe('2023123456');
    await context.close();
  });
});

describe('two tabs of one browser', () => {
  async function openChapter(context: BrowserContext): Promise<Page> {
    const page = await context.newPage();
    await page.goto(url(CHAPTER));
    await page.locator(`#answer-${SLUG}-q1`).scrollIntoViewIfNeeded();
    await hydrated(page, 'ThinkPractice');
    return page;
  }

  it('typing in both keeps both answers, live in each tab', async () => {
    const context = await newContext(browser);
    const [a, b] = [await openChapter(context), await openChapter(context)];
    await a.locator(`#answer-${SLUG}-q1`).fill('A 页写的第一题');
    await b.locator(`#answer-${SLUG}-q2`).fill('B 页写的第二题');
    await expect.poll(() => a.locator(`#answer-${SLUG}-q2`).inputValue()).toBe('B 页写的第二题');
    await expect.poll(() => b.locator(`#answer-${SLUG}-q1`).inputValue()).toBe('A 页写的第一题');
    expect([await storedAnswer(a, 'q1'), await storedAnswer(a, 'q2')]).toEqual(['A 页写的第一题', 'B 页写的第二题']);
    await context.close();
  });

  it('typing in both at the same time loses no keystroke of either', async () => {
    const context = await newContext(browser);
    const [a, b] = [await openChapter(context), await openChapter(context)];
    const textA = '甲页同时在写第一题的回答，一个字一个字地打进去。';
    const textB = '乙页同时在写第二题的回答，也是一个字一个字地打。';
    await a.locator(`#answer-${SLUG}-q1`).focus();
    await b.locator(`#answer-${SLUG}-q2`).focus();
    await Promise.all([a.keyboard.type(textA), b.keyboard.type(textB)]);
    await expect.poll(() => storedAnswer(a, 'q1')).toBe(textA);
    await expect.poll(() => storedAnswer(a, 'q2')).toBe(textB);
    expect(await a.locator(`#answer-${SLUG}-q1`).inputValue()).toBe(textA);
    expect(await b.locator(`#answer-${SLUG}-q2`).inputValue()).toBe(textB);
    await context.close();
  });
});

describe('a full storage quota', () => {
  it.each(SCREEN_SIZES)('%s: the answer box says the answer was not saved, never 已自动保存', async (name, viewport, projector) => {
    const { context, page } = await openPage(browser, CHAPTER, { viewport, projector });
    const box = page.locator(`#answer-${SLUG}-q1`);
    await box.scrollIntoViewIfNeeded();
    await hydrated(page, 'ThinkPractice');
    // Another site's data (or an old set-aside copy) has filled this origin's storage.
    await page.evaluate(() => {
      for (let size = 1 << 20, i = 0; size >= 1; ) {
        try {
          localStorage.setItem(`test-filler-${i++}`, 'x'.repeat(size));
        } catch {
          size >>= 1;
        }
      }
    });
    await box.fill('存储空间满了还在写的回答');
    const widget = page.locator('[data-widget="think-practice"]');
    await expect.poll(() => widget.locator('.status').textContent()).toContain('未能保存');
    expect(await widget.textContent()).not.toContain('已自动保存');
    expect(await widget.getByRole('alert').textContent()).toContain('存储空间已满');
    await expectNoPageOverflow(page);
    await widget.screenshot({ path: `${SCREENSHOTS}/think-practice-quota-${name}.png` });
    await context.close();
  });
});

describe('every localStorage key the site writes belongs to a registered store', () => {
  it('after visiting every page and using the widgets that keep data', async () => {
    const context = await newContext(browser);
    const written = new Set<string>();
    await context.exposeFunction('__recordStorageKey', (key: string) => void written.add(key));
    await context.addInitScript(() => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        if (this === window.localStorage) (window as unknown as { __recordStorageKey(k: string): void }).__recordStorageKey(key);
        return setItem.call(this, key, value);
      };
    });
    const page = await context.newPage();
    // A value the site cannot read is set aside under a key of its own.
    await page.goto(url('/'));
    await page.evaluate(() => localStorage.setItem('crm-lab:self-check', '{"v":1,"data":{broken'));
    written.clear();
    await page.getByRole('button', { name: '教师模式' }).click();
    for (const path of allPages().filter((p) => !p.startsWith('/zh-hant/'))) {
      await page.goto(url(path), { waitUntil: 'load' });
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight)); // client:visible islands at the bottom hydrate
      await page.waitForTimeout(150);
    }
    await page.goto(url(CHAPTER));
    await page.locator(`#answer-${SLUG}-q1`).scrollIntoViewIfNeeded();
    await hydrated(page, 'ThinkPractice');
    await page.locator(`#answer-${SLUG}-q1`).fill('一条回答');
    const selfCheck = page.locator('[data-widget="self-check"]');
    await selfCheck.scrollIntoViewIfNeeded();
    await hydrated(page, 'SelfCheck');
    await selfCheck.getByRole('radio').first().check();
    await selfCheck.getByRole('button', { name: '提交答案' }).click();
    await page.goto(url('/chapters/05-customer-information/'));
    const builder = page.locator('[data-widget="customer-profile-builder"]');
    await builder.scrollIntoViewIfNeeded();
    await hydrated(page, 'ProfileBuilder');
    await builder.getByRole('checkbox').first().check();
    await page.goto(url('/notebook/'));
    await hydrated(page, 'Notebook');
    await page.getByLabel('学号').fill('2023123456');

    const keys = await page.evaluate(() => Object.keys(localStorage));
    const all = [...new Set([...written, ...keys])].sort();
    for (const key of ['crm-lab:notebook', 'crm-lab:progress', 'crm-lab:settings', 'crm-lab:self-check', 'crm-lab:profile-builder', 'crm-lab:identity']) expect(all).toContain(key);
    expect(all.some((key) => key.startsWith('crm-lab:self-check:aside:'))).toBe(true);
    expect(all.filter((key) => !isRegisteredKey(key))).toEqual([]);
    await context.close();
  });
});
