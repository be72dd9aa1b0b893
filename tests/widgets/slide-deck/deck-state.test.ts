import { describe, expect, it } from 'vitest';
import { channelName, readDeckMessage } from '../../../src/widgets/slide-deck/deck-channel';
import { applyCommand, type DeckState } from '../../../src/widgets/slide-deck/deck-state';
import { elapsedMs, formatElapsed, TIMER_STOPPED, toggleTimer } from '../../../src/widgets/slide-deck/deck-timer';

const SHAPE = [0, 2, 0];
const start: DeckState = Object.freeze({ position: { slide: 0, step: 0 }, timer: TIMER_STOPPED, black: false });

describe('the deck’s state', () => {
  it('turns pages and toggles the black screen; on a black screen a page key only brings the slide back', () => {
    const next = applyCommand(start, 'next', SHAPE, 0);
    expect(next.position).toEqual({ slide: 1, step: 0 });
    const black = applyCommand(next, 'black', SHAPE, 0);
    expect(black.black).toBe(true);
    const back = applyCommand(black, 'next', SHAPE, 0);
    expect(back).toEqual({ ...next, black: false });
    expect(applyCommand(black, 'escape', SHAPE, 0).black).toBe(false);
    expect(applyCommand(applyCommand(black, 'black', SHAPE, 0), 'last', SHAPE, 0).position).toEqual({ slide: 2, step: 0 });
    expect(applyCommand(next, 'fullscreen', SHAPE, 0)).toBe(next);
  });

  it('times the lecture: start, pause (keeping the time), start again', () => {
    const running = applyCommand(start, 'timer', SHAPE, 1_000).timer;
    expect(elapsedMs(running, 66_000)).toBe(65_000);
    const paused = toggleTimer(running, 66_000);
    expect(elapsedMs(paused, 999_000)).toBe(65_000);
    const again = toggleTimer(paused, 100_000);
    expect(elapsedMs(again, 110_000)).toBe(75_000);
  });

  it.each([
    [0, '00:00'],
    [65_999, '01:05'],
    [59 * 60_000 + 59_000, '59:59'],
    [3_723_000, '1:02:03'],
  ])('shows %i ms as %s', (ms, text) => {
    expect(formatElapsed(ms)).toBe(text);
  });
});

describe('messages between the deck window and the speaker window', () => {
  it('keeps one channel per deck page, whatever the query or the place', () => {
    expect(channelName('/chapters/06-customer-tiering/slides/')).toBe(channelName('/chapters/06-customer-tiering/slides/?speaker#4'));
    expect(channelName('/zh-hant/chapters/06-customer-tiering/slides/')).not.toBe(channelName('/chapters/06-customer-tiering/slides/'));
  });

  it('accepts a state or a hello and nothing else', () => {
    const state = { type: 'state', position: { slide: 3, step: 1 }, timer: { running: true, since: 5, banked: 0 }, black: false };
    expect(readDeckMessage(state)).toEqual(state);
    expect(readDeckMessage({ type: 'hello' })).toEqual({ type: 'hello' });
    for (const bad of [null, 'state', { type: 'goto' }, { ...state, position: { slide: -1, step: 0 } }, { ...state, position: { slide: 1.5, step: 0 } }, { ...state, timer: { running: 'yes', since: 0, banked: 0 } }, { ...state, black: 1 }]) {
      expect(readDeckMessage(bad)).toBeNull();
    }
  });
});
