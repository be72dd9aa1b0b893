import { formatHash } from './deck-position';
import type { DeckState } from './deck-state';
import { elapsedMs, formatElapsed } from './deck-timer';
import { fitSlide } from './fit';

/** The parts of the page the deck script works on. */
export interface DeckPage {
  readonly deck: HTMLElement;
  readonly slides: readonly HTMLElement[];
  /** Each slide's steps, in the order they appear. */
  readonly steps: readonly (readonly HTMLElement[])[];
}

export function findDeck(): DeckPage | null {
  const deck = document.querySelector<HTMLElement>('[data-deck]');
  if (!deck) return null;
  const slides = [...deck.querySelectorAll<HTMLElement>('[data-deck-stage] > .slide')];
  return { deck, slides, steps: slides.map(stepsOf) };
}

/** A worked example's lines that appear one at a time: whole blocks, or each item of a list marked so. */
export function stepsOf(slide: ParentNode): HTMLElement[] {
  return [...slide.querySelectorAll<HTMLElement>('[data-reveal="block"], [data-reveal="items"] > :is(ul, ol) > li')];
}

/** Shows the steps up to `step` and hides the rest (they keep their room, so the slide does not jump). */
export function showSteps(steps: readonly HTMLElement[], step: number): void {
  steps.forEach((el, i) => el.classList.toggle('step-hidden', i >= step));
}

const all = (selector: string) => [...document.querySelectorAll<HTMLElement>(selector)];

/** The slide counter and the timer, in the deck bar, the full-screen corner and the speaker view. */
export function showCounters(state: DeckState, total: number, now: number): void {
  for (const el of all('[data-deck-count]')) el.textContent = `${state.position.slide + 1} / ${total}`;
  showTimer(state, now);
  for (const button of all('[data-action="timer"]')) button.setAttribute('aria-pressed', String(state.timer.running));
  for (const button of all('[data-action="black"]')) button.setAttribute('aria-pressed', String(state.black));
}

export function showTimer(state: DeckState, now: number): void {
  const text = formatElapsed(elapsedMs(state.timer, now));
  for (const el of all('[data-deck-timer]')) el.textContent = text;
}

/**
 * The deck window shows the state: the current slide and its steps, the black screen, the place in the address (a
 * reload comes back to it) and, when the slide changed, its name for screen readers. Returns true when it did change.
 */
export function showDeck(page: DeckPage, state: DeckState, previous: DeckState | null): boolean {
  const { slide, step } = state.position;
  const changed = previous?.position.slide !== slide;
  if (changed) {
    page.slides.forEach((el, i) => (el.hidden = i !== slide));
    const current = page.slides[slide];
    if (current) {
      fitSlide(current);
      const announce = page.deck.querySelector('[data-deck-announce]');
      if (announce) announce.textContent = current.getAttribute('aria-label') ?? '';
    }
    if (isInHiddenSlide(page)) page.deck.focus();
  }
  showSteps(page.steps[slide] ?? [], step);
  const black = page.deck.querySelector<HTMLElement>('[data-deck-black]');
  if (black) black.hidden = !state.black;
  history.replaceState(history.state, '', formatHash(state.position));
  return changed;
}

/** True when the focus was left inside a slide that is now hidden (a widget on the slide just left). */
function isInHiddenSlide(page: DeckPage): boolean {
  const active = document.activeElement;
  return page.slides.some((el) => el.hidden && el.contains(active));
}
