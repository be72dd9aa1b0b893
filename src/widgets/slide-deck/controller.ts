import { $settings, updateSettings } from '../../stores/settings';
import { channelName, readDeckMessage } from './deck-channel';
import { commandForKey, type DeckCommand, type KeyPlace } from './deck-keys';
import { parseHash } from './deck-position';
import { applyCommand, type DeckState } from './deck-state';
import { TIMER_STOPPED } from './deck-timer';
import { findDeck, showCounters, showDeck, showTimer, type DeckPage } from './deck-view';
import { fitSlide } from './fit';
import { showSpeaker } from './speaker-view';

/**
 * The deck's script: keys and buttons turn the page, the address keeps the place, and the deck window and its
 * speaker window (`?speaker`) keep each other in step through a BroadcastChannel. The .pptx code is loaded only
 * when the teacher asks for the file.
 */
export function startDeck(): void {
  const page = findDeck();
  if (!page) return;
  const shape = page.steps.map((steps) => steps.length);
  const isSpeaker = new URLSearchParams(location.search).has('speaker');
  const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(channelName(location.pathname));
  let state: DeckState = { position: parseHash(location.hash, shape), timer: TIMER_STOPPED, black: false };
  let shown: DeckState | null = null;

  const render = () => {
    if (isSpeaker) showSpeaker(page, state);
    else showDeck(page, state, shown);
    showCounters(state, page.slides.length, Date.now());
    shown = state;
  };
  const change = (next: DeckState) => {
    if (next === state) return;
    state = next;
    render();
    channel?.postMessage({ type: 'state', ...state });
  };
  const run = (command: DeckCommand) => {
    if (command === 'fullscreen' || command === 'speaker') {
      if (isSpeaker) return;
      if (command === 'fullscreen') toggleFullscreen(page.deck);
      else openSpeaker(page);
      return;
    }
    if (command === 'escape' && isInWidget(document.activeElement)) page.deck.focus();
    change(applyCommand(state, command, shape, Date.now()));
  };

  if (isSpeaker) {
    page.deck.hidden = true;
    document.querySelector<HTMLElement>('[data-speaker]')?.removeAttribute('hidden');
  }
  channel?.addEventListener('message', (event) => {
    const message = readDeckMessage(event.data);
    if (message?.type === 'hello') channel.postMessage({ type: 'state', ...state });
    else if (message?.type === 'state' && message.position.slide < page.slides.length) {
      state = { position: message.position, timer: message.timer, black: message.black };
      render();
    }
  });
  channel?.postMessage({ type: 'hello' });

  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented) return;
    const command = commandForKey(event, placeOf(event.target));
    if (!command) return;
    event.preventDefault();
    run(command);
  });
  document.addEventListener('click', (event) => {
    const button = (event.target as Element | null)?.closest<HTMLElement>('[data-action]');
    const action = button?.dataset.action;
    if (!action) return;
    if (action === 'pptx') void downloadPptx(page, button);
    else if (action === 'teacher') updateSettings({ teacher: !$settings.get().teacher });
    else run(action as DeckCommand);
  });
  window.addEventListener('hashchange', () => change({ ...state, position: parseHash(location.hash, shape) }));
  window.addEventListener('resize', () => {
    const current = page.slides[state.position.slide];
    if (current && !isSpeaker) fitSlide(current);
    if (isSpeaker) render();
  });
  document.addEventListener('fullscreenchange', () => {
    for (const button of document.querySelectorAll('[data-action="fullscreen"]')) button.setAttribute('aria-pressed', String(document.fullscreenElement === page.deck));
  });
  $settings.subscribe(({ teacher }) => {
    for (const button of document.querySelectorAll('[data-action="teacher"]')) button.setAttribute('aria-pressed', String(teacher));
  });
  setInterval(() => showTimer(state, Date.now()), 500);
  render();
}

/** Where a key press lands: a text box, another form field, a live widget, a button or link, or the deck itself. */
function placeOf(target: EventTarget | null): KeyPlace {
  if (!(target instanceof HTMLElement)) return 'deck';
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || (target instanceof HTMLInputElement && TYPED.has(target.type))) return 'text';
  if (target.closest('input, select')) return 'field';
  if (isInWidget(target)) return 'widget';
  if (target.closest('button, a, summary')) return 'control';
  return 'deck';
}

/** Inputs whose keys are typed text (a number field included: its arrows step the number). */
const TYPED = new Set(['text', 'search', 'email', 'url', 'tel', 'password', 'number', 'date', 'month', 'week', 'time', 'datetime-local']);

function isInWidget(el: Element | null): boolean {
  return Boolean(el?.closest('[data-live-widget]'));
}

function toggleFullscreen(deck: HTMLElement): void {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  else void deck.requestFullscreen?.().catch(() => undefined);
}

function openSpeaker(page: DeckPage): void {
  const url = `${location.pathname}?speaker${location.hash}`;
  const opened = window.open(url, 'crm-lab-speaker', 'popup,width=1200,height=800');
  const button = page.deck.querySelector<HTMLElement>('[data-action="speaker"]');
  if (!opened) say(page, button?.dataset.blocked ?? '');
}

function say(page: DeckPage, text: string): void {
  const status = page.deck.querySelector('[data-deck-status]');
  if (status) status.textContent = text;
}

/** Makes the .pptx (its code is fetched now, not with the page) and offers it as a download. */
async function downloadPptx(page: DeckPage, button: HTMLElement): Promise<void> {
  if (button.getAttribute('aria-busy') === 'true') return;
  button.setAttribute('aria-busy', 'true');
  say(page, button.dataset.busy ?? '');
  try {
    const { saveDeckAsPptx } = await import('./pptx-export');
    await saveDeckAsPptx(page.deck, location.href);
    say(page, button.dataset.done ?? '');
  } catch (error) {
    console.warn('[slide-deck]', error);
    say(page, button.dataset.failed ?? '');
  } finally {
    button.removeAttribute('aria-busy');
  }
}
