// Layout checks shared by the phone and projector tests: wake every island on a page, open what is folded,
// find what sticks out sideways, read computed font sizes, and record the text chart.js draws on its canvases.
import type { BrowserContext, Locator, Page } from 'playwright-core';

export const PHONE = { width: 390, height: 844 } as const;
export const PROJECTOR_SCREEN = { width: 1920, height: 1080 } as const;

/**
 * Scrolls through the whole page (islands hydrate when visible) and waits until every island that is shown is live
 * (an island in a part the mode hides, such as a lab's teacher-only marking sheet for a student, never wakes).
 */
export async function hydrateAll(page: Page): Promise<void> {
  for (let y = 0; y < (await page.evaluate(() => document.documentElement.scrollHeight)); y += 600) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.waitForTimeout(60);
  }
  await page.waitForFunction(
    () => [...document.querySelectorAll('astro-island[ssr]')].every((island) => island.parentElement!.getClientRects().length === 0),
    undefined,
    { timeout: 60_000 },
  );
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** Opens every `<details>` on the page (查看数据表, 模型说明, answer keys…). */
export async function openAllDetails(page: Page): Promise<void> {
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
}

/**
 * How far the page is wider than the window (0 when it never scrolls sideways), and the outermost elements that
 * stick out past the right edge without a scroll box clipping them, for the failure message. (An absolutely
 * positioned element is clipped only by a scroll box at or above its containing block.)
 */
export function sidewaysOverflow(page: Page): Promise<{ excess: number; culprits: string[] }> {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const clipped = (el: Element) => {
      let escaping = ['absolute', 'fixed'].includes(getComputedStyle(el).position);
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        const style = getComputedStyle(a);
        if (escaping && style.position === 'static') continue;
        escaping = false;
        if (style.overflowX !== 'visible') return true;
      }
      return false;
    };
    const wide = new Set([...document.querySelectorAll('body *')].filter((el) => el.getBoundingClientRect().right > width + 1 && !clipped(el)));
    const culprits = [...wide]
      .filter((el) => !wide.has(el.parentElement!))
      .slice(0, 5)
      .map((el) => {
        const where = el.closest('[data-widget]')?.getAttribute('data-widget') ?? 'page';
        return `${where}: <${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}"> to ${Math.round(el.getBoundingClientRect().right)} px`;
      });
    return { excess: document.documentElement.scrollWidth - width, culprits };
  });
}

/** The computed font size of an element, in CSS pixels. */
export function fontPx(locator: Locator): Promise<number> {
  return locator.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
}

export interface CanvasText {
  readonly text: string;
  /** The font size chart.js set for it, in CSS pixels. */
  readonly px: number;
  /** The `data-widget` of the widget the canvas is in. */
  readonly widget: string;
}

/** From now on, every text drawn on a canvas in this context is recorded with its font size (read with `canvasTexts`). */
export async function recordCanvasText(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const drawn: { text: string; px: number; widget: string }[] = [];
    (window as unknown as { canvasTexts: typeof drawn }).canvasTexts = drawn;
    const fillText = CanvasRenderingContext2D.prototype.fillText;
    CanvasRenderingContext2D.prototype.fillText = function (this: CanvasRenderingContext2D, text: string, x: number, y: number, maxWidth?: number) {
      const px = parseFloat(/(\d+(?:\.\d+)?)px/.exec(this.font)?.[1] ?? 'NaN');
      drawn.push({ text: String(text), px, widget: this.canvas.closest?.('[data-widget]')?.getAttribute('data-widget') ?? '' });
      return maxWidth === undefined ? fillText.call(this, text, x, y) : fillText.call(this, text, x, y, maxWidth);
    };
  });
}

/** The texts drawn on canvases so far (see `recordCanvasText`), optionally inside one widget only. */
export function canvasTexts(page: Page, widget?: string): Promise<CanvasText[]> {
  return page.evaluate((w) => (window as unknown as { canvasTexts: CanvasText[] }).canvasTexts.filter((t) => w === undefined || t.widget === w), widget);
}
