import { describe, expect, it } from 'vitest';
import { commandForKey, type KeyPlace } from '../../../src/widgets/slide-deck/deck-keys';

describe('which keys turn the page', () => {
  it.each([
    ['ArrowRight', 'next'],
    ['PageDown', 'next'],
    [' ', 'next'],
    ['ArrowLeft', 'prev'],
    ['PageUp', 'prev'],
    ['Home', 'first'],
    ['End', 'last'],
    ['b', 'black'],
    ['.', 'black'],
    ['F', 'fullscreen'],
    ['t', 'timer'],
    ['s', 'speaker'],
    ['Escape', 'escape'],
    ['x', null],
    ['Enter', null],
  ])('on the deck, %j → %s', (key, command) => {
    expect(commandForKey({ key }, 'deck')).toBe(command);
  });

  const places: KeyPlace[] = ['deck', 'control', 'widget', 'field', 'text'];
  it.each([
    // key          deck      control   widget    field     text
    ['ArrowRight', ['next', 'next', null, null, null]],
    ['PageDown', ['next', 'next', 'next', 'next', null]],
    ['.', ['black', 'black', 'black', null, null]],
    [' ', ['next', null, null, null, null]],
    ['t', ['timer', 'timer', null, null, null]],
    ['Escape', ['escape', 'escape', 'escape', 'escape', null]],
  ] as const)('%j by where the focus is: a clicker’s keys work in a widget, typing is never taken', (key, expected) => {
    expect(places.map((place) => commandForKey({ key }, place))).toEqual(expected);
  });

  it('leaves keys with Ctrl, Alt or ⌘ to the browser, and reads Shift+Space as back', () => {
    expect(commandForKey({ key: 'ArrowRight', altKey: true }, 'deck')).toBeNull();
    expect(commandForKey({ key: 'f', ctrlKey: true }, 'deck')).toBeNull();
    expect(commandForKey({ key: 's', metaKey: true }, 'deck')).toBeNull();
    expect(commandForKey({ key: ' ', shiftKey: true }, 'deck')).toBe('prev');
  });
});
