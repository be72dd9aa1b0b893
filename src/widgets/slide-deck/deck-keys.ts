/** What a key press asks the deck to do. */
export type DeckCommand = 'next' | 'prev' | 'first' | 'last' | 'black' | 'fullscreen' | 'timer' | 'speaker' | 'escape';

export interface KeyPress {
  readonly key: string;
  readonly shiftKey?: boolean;
  readonly ctrlKey?: boolean;
  readonly altKey?: boolean;
  readonly metaKey?: boolean;
}

/**
 * Where the focus is when the key comes: in a text field (`editable`), inside a live widget (`widget`), on a
 * button or link of the page (`control`), or anywhere else (`deck`).
 */
export type KeyPlace = 'editable' | 'widget' | 'control' | 'deck';

const KEYS: Readonly<Record<string, DeckCommand>> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  PageDown: 'next',
  ' ': 'next',
  ArrowLeft: 'prev',
  ArrowUp: 'prev',
  PageUp: 'prev',
  Home: 'first',
  End: 'last',
  b: 'black',
  B: 'black',
  '.': 'black',
  f: 'fullscreen',
  F: 'fullscreen',
  t: 'timer',
  T: 'timer',
  s: 'speaker',
  S: 'speaker',
  Escape: 'escape',
};

/** Keys a presentation clicker sends: they turn the page even while the focus is inside a widget. */
const CLICKER = new Set(['PageDown', 'PageUp', 'Escape', '.']);

/**
 * The deck's command for a key: arrows, PageUp/PageDown (clickers), Space, Home/End, B or . (black screen), F, T, S,
 * Esc. A key typed into a text field is the learner's; inside a widget only the clicker's keys count (arrows move
 * in the widget's own controls); Space on a button presses the button; keys with Ctrl, Alt or ⌘ are the browser's.
 */
export function commandForKey(press: KeyPress, place: KeyPlace): DeckCommand | null {
  if (press.ctrlKey || press.altKey || press.metaKey || place === 'editable') return null;
  const command = KEYS[press.key];
  if (!command) return null;
  if (place === 'widget' && !CLICKER.has(press.key)) return null;
  if (place === 'control' && press.key === ' ') return null;
  if (press.key === ' ' && press.shiftKey) return 'prev';
  return command;
}
