/** The smallest type a slide may shrink to: 28 px where it is 32 px (a 1920 × 1080 screen). */
export const MIN_FIT = 0.875;
const STEP = 0.025;

/**
 * Shrinks a slide's type in small steps until its body fits, but never below MIN_FIT; a slide that still does not
 * fit scrolls (`slide-overflow`). Slides shown as scrolling pages (a phone) are left as they are.
 */
export function fitSlide(slide: HTMLElement): void {
  slide.style.removeProperty('--fit');
  slide.classList.remove('slide-overflow');
  const body = slide.querySelector<HTMLElement>('.slide-body');
  if (!body || getComputedStyle(body).overflowY === 'visible') return;
  for (let fit = 1; fit >= MIN_FIT - 1e-9; fit -= STEP) {
    slide.style.setProperty('--fit', fit.toFixed(3));
    if (body.scrollHeight <= body.clientHeight + 1) return;
  }
  slide.style.setProperty('--fit', String(MIN_FIT));
  slide.classList.add('slide-overflow');
}
