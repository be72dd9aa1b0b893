import type { DeckPosition } from './deck-position';
import { readTimer, type TimerState } from './deck-timer';

/** What the deck window and its speaker window tell each other: where they are, or a request for that. */
export type DeckMessage =
  | { readonly type: 'state'; readonly position: DeckPosition; readonly timer: TimerState; readonly black: boolean }
  | { readonly type: 'hello' };

/** One channel per chapter and script, so two decks open side by side do not steer each other. */
export function channelName(pathname: string): string {
  return `crm-lab-slides:${pathname.replace(/[?#].*$/, '')}`;
}

/** A message from the other window, or null when it is not one this deck understands. */
export function readDeckMessage(data: unknown): DeckMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const message = data as Record<string, unknown>;
  if (message.type === 'hello') return { type: 'hello' };
  if (message.type !== 'state') return null;
  const position = message.position as Record<string, unknown> | null;
  const timer = readTimer(message.timer);
  if (typeof position !== 'object' || position === null || !timer || typeof message.black !== 'boolean') return null;
  const { slide, step } = position;
  if (!Number.isInteger(slide) || !Number.isInteger(step) || (slide as number) < 0 || (step as number) < 0) return null;
  return { type: 'state', position: { slide: slide as number, step: step as number }, timer, black: message.black };
}
