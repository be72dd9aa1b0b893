// Shared steps of the chapter 9–10 widget e2e tests (loyalty-matrix, cohort-retention, churn-winback, retention-projection).
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { newContext } from './browser';
import { url } from './site';
import { reachWidget, watchErrors, widgetA11yViolations } from './rfm-e2e';

export const CHAPTER9 = '/chapters/09-customer-loyalty/';
export const CHAPTER10 = '/chapters/10-customer-winback/';

export interface Opened {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly widget: Locator;
  readonly errors: () => string[];
}

/** Opens a chapter page (teacher/projector settings stored first when given) and waits until the widget's island is live. */
export async function openWidget(
  browser: Browser,
  path: string,
  name: string,
  component: string,
  options: { viewport?: { width: number; height: number }; settings?: object } = {},
): Promise<Opened> {
  const context = await newContext(browser, { viewport: options.viewport });
  const page = await context.newPage();
  const watched = watchErrors(page);
  if (options.settings) {
    await page.goto(url('/'));
    await page.evaluate((s) => localStorage.setItem('crm-lab:settings', JSON.stringify({ v: 1, data: s })), options.settings);
  }
  await page.goto(url(path));
  await reachWidget(page, name, component);
  return { context, page, widget: page.locator(`[data-widget="${name}"]`), errors: watched.errors };
}

/** axe-core's serious and critical findings inside the widget: none allowed. */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  const violations = await widgetA11yViolations(page, name);
  expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
}

/** The widgets recorded as used on a chapter (the course map's progress, in localStorage). */
export async function usedWidgets(page: Page, chapter: string): Promise<string[]> {
  return page.evaluate((c) => {
    const raw = localStorage.getItem('crm-lab:progress');
    const data = raw ? (JSON.parse(raw) as { data?: { chapters?: Record<string, { widgets?: string[] }> } }) : null;
    return data?.data?.chapters?.[c]?.widgets ?? [];
  }, chapter);
}

/** No sideways scrolling of the whole page (a phone must not have to pan). */
export async function expectNoPageOverflow(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
}

/** The element with the keyboard focus: its text, label and data-focus. */
export function focused(page: Page): Promise<{ text: string; label: string; focus: string; tag: string }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return { text: (el?.textContent ?? '').trim(), label: el?.getAttribute('aria-label') ?? '', focus: el?.dataset.focus ?? '', tag: el?.tagName ?? '' };
  });
}
