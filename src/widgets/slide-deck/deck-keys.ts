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
 * Where the focus is when the key comes: in a text box where keys are typed (`text`: a textarea, editable text), in
 * another form field (`field`: an input, a select), elsewhere inside a live widget (`widget`), on a button or link
 * (`control`), or anywhere else (`deck`).
 */
export type KeyPlace = 'text' | 'field' | 'widget' | 'control' | 'deck';

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

/** The keys a presentation clicker sends: they work while the focus is anywhere in a widget. */
const CLICKER = new Set(['PageDown', 'PageUp', 'b', 'B', '.', 'Escape']);
/** In a form field only the page keys and Esc count: the others are typed or move the field's value. */
const IN_FIELD = new Set(['PageDown', 'PageUp', 'Escape']);

/**
 * The deck's command for a key: arrows, PageUp/PageDown (clickers), Space, Home/End, B or . (black screen), F, T, S,
 * Esc. Keys typed into a text box are the writer's; in a form field only PageUp, PageDown and Esc turn the page or
 * hand the keys back; elsewhere in a widget the clicker's keys count (arrows move in the widget's own controls);
 * Space on a button presses the button; keys with Ctrl, Alt or ⌘ are the browser's.
 */
export function commandForKey(press: KeyPress, place: KeyPlace): DeckCommand | null {
  if (press.ctrlKey || press.altKey || press.metaKey || place === 'text') return null;
  const command = KEYS[press.key];
  if (!command) return null;
  if (place === 'field' && !IN_FIELD.has(press.key)) return null;
  if (place === 'widget' && !CLICKER.has(press.key)) return null;
  if (place === 'control' && press.key === ' ') return null;
  if (press.key === ' ' && press.shiftKey) return 'prev';
  return command;
}
