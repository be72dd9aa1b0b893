/**
 * Where a deck is: the slide (0-based) and how many of its steps (a worked example's lines that appear one at a
 * time) are shown. `shape` gives each slide's number of steps.
 */
export interface DeckPosition {
  readonly slide: number;
  readonly step: number;
}

export type DeckShape = readonly number[];

/** The next step of this slide, else the next slide with none of its steps shown; the end stays the end. */
export function forward(at: DeckPosition, shape: DeckShape): DeckPosition {
  if (at.step < (shape[at.slide] ?? 0)) return { slide: at.slide, step: at.step + 1 };
  return at.slide + 1 < shape.length ? { slide: at.slide + 1, step: 0 } : at;
}

/** One step back, else the previous slide with all its steps shown (as it was left); the start stays the start. */
export function backward(at: DeckPosition, shape: DeckShape): DeckPosition {
  if (at.step > 0) return { slide: at.slide, step: at.step - 1 };
  return at.slide > 0 ? { slide: at.slide - 1, step: shape[at.slide - 1] ?? 0 } : at;
}

export function firstPosition(): DeckPosition {
  return { slide: 0, step: 0 };
}

/** The last slide, every step shown. */
export function lastPosition(shape: DeckShape): DeckPosition {
  const slide = Math.max(0, shape.length - 1);
  return { slide, step: shape[slide] ?? 0 };
}

/** `#12` is slide 12 (1-based), `#12.3` the same with three steps shown; anything else is the first slide. */
export function parseHash(hash: string, shape: DeckShape): DeckPosition {
  const match = /^#?(\d{1,4})(?:\.(\d{1,3}))?$/.exec(hash);
  if (!match || shape.length === 0) return firstPosition();
  const slide = Math.min(Math.max(Number(match[1]) - 1, 0), shape.length - 1);
  return { slide, step: Math.min(Number(match[2] ?? 0), shape[slide] ?? 0) };
}

export function formatHash(at: DeckPosition): string {
  return at.step > 0 ? `#${at.slide + 1}.${at.step}` : `#${at.slide + 1}`;
}
