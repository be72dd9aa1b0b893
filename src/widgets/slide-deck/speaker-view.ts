import type { DeckPage } from './deck-view';
import { showSteps, stepsOf } from './deck-view';
import type { DeckState } from './deck-state';
import { fitSlide } from './fit';

/**
 * The speaker window (the same page opened with `?speaker`): the current slide as the class sees it, the next
 * slide, and the current slide's notes (teacher blocks, answers, answer keys). Live widgets are not started here:
 * a preview shows the widget's name in their place.
 */
export function showSpeaker(page: DeckPage, state: DeckState): void {
  const speaker = document.querySelector<HTMLElement>('[data-speaker]');
  if (!speaker) return;
  const { slide, step } = state.position;
  const current = page.slides[slide];
  const next = page.slides[slide + 1];
  const widgetNote = speaker.dataset.widgetNote ?? '';
  fill(speaker.querySelector('[data-speaker-current]'), current ? previewOf(current, step, widgetNote) : null);
  fill(speaker.querySelector('[data-speaker-next]'), next ? previewOf(next, 0, widgetNote) : null);
  const end = speaker.querySelector<HTMLElement>('[data-speaker-end]');
  if (end) end.hidden = Boolean(next);
  const notes = current?.querySelector('.slide-notes');
  fill(speaker.querySelector('[data-speaker-notes]'), notes ? notesOf(notes) : null);
  const none = speaker.querySelector<HTMLElement>('[data-speaker-no-notes]');
  if (none) none.hidden = Boolean(notes);
}

function fill(frame: Element | null, content: HTMLElement | null): void {
  if (!frame) return;
  frame.replaceChildren(...(content ? [content] : []));
  if (content?.classList.contains('slide')) fitSlide(content);
}

/** A copy of a slide to look at: no ids (they belong to the real one), no notes, no widget started. */
function previewOf(slide: HTMLElement, step: number, widgetNote: string): HTMLElement {
  const clone = slide.cloneNode(true) as HTMLElement;
  clone.hidden = false;
  clone.removeAttribute('id');
  clone.querySelector('.slide-notes')?.remove();
  for (const live of clone.querySelectorAll('[data-live-widget]')) {
    const title = slide.querySelector('[data-widget] h3')?.textContent?.trim();
    const note = document.createElement('p');
    note.className = 'speaker-widget';
    note.textContent = title ? `${widgetNote}（${title}）` : widgetNote;
    live.replaceChildren(note);
  }
  for (const el of clone.querySelectorAll('[id]')) el.removeAttribute('id');
  showSteps(stepsOf(clone), step);
  return clone;
}

function notesOf(notes: Element): HTMLElement {
  const copy = notes.cloneNode(true) as HTMLElement;
  copy.hidden = false;
  return copy;
}
