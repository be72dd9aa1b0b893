// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import fc from 'fast-check';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { TabList, tabAfterKey, type TabItem } from '~/widgets/shared/TabList';

afterEach(cleanup);

describe('tabAfterKey', () => {
  // By hand, three tabs 0, 1, 2: the arrows wrap around at either end, Home and End jump.
  it.each([
    ['ArrowRight', 0, 1],
    ['ArrowRight', 2, 0],
    ['ArrowLeft', 1, 0],
    ['ArrowLeft', 0, 2],
    ['Home', 2, 0],
    ['End', 0, 2],
  ])('%s from tab %i of three goes to tab %i', (key, index, next) => {
    expect(tabAfterKey(key, index, 3)).toBe(next);
  });

  it.each(['Enter', ' ', 'ArrowDown', 'Tab', 'a'])('leaves the key %j to the browser', (key) => {
    expect(tabAfterKey(key, 1, 3)).toBeUndefined();
  });

  it('lands on a tab, and ArrowLeft undoes ArrowRight', () => {
    const row = fc.integer({ min: 1, max: 12 }).chain((count) => fc.tuple(fc.constant(count), fc.integer({ min: 0, max: count - 1 })));
    fc.assert(
      fc.property(row, fc.constantFrom('ArrowRight', 'ArrowLeft', 'Home', 'End'), ([count, index], key) => {
        const next = tabAfterKey(key, index, count)!;
        expect(Number.isInteger(next) && next >= 0 && next < count).toBe(true);
        expect(tabAfterKey('ArrowLeft', tabAfterKey('ArrowRight', index, count)!, count)).toBe(index);
      }),
    );
  });
});

type Key = 'one' | 'two' | 'three';
const TABS: readonly TabItem<Key>[] = [
  { key: 'one', label: '第一页' },
  { key: 'two', label: '第二页' },
  { key: 'three', label: '第三页' },
];

function Probe({ picks }: { picks: Key[] }) {
  const [selected, setSelected] = useState<Key>('one');
  const onSelect = (key: Key) => {
    picks.push(key);
    setSelected(key);
  };
  return <TabList class="probe-tabs" label="三页" tabs={TABS} selected={selected} onSelect={onSelect} tabId={(k) => `probe-tab-${k}`} panelId={(k) => `probe-panel-${k}`} />;
}

const tab = (name: string) => screen.getByRole('tab', { name });

describe('TabList', () => {
  it('names the list, ties each tab to its panel and keeps only the selected tab in the tab order', () => {
    render(<Probe picks={[]} />);
    const list = screen.getByRole('tablist', { name: '三页' });
    expect(list.className).toBe('probe-tabs');
    expect(tab('第二页').id).toBe('probe-tab-two');
    expect(tab('第二页').getAttribute('aria-controls')).toBe('probe-panel-two');
    expect(TABS.map((t) => [tab(t.label).getAttribute('aria-selected'), tab(t.label).tabIndex])).toEqual([['true', 0], ['false', -1], ['false', -1]]);
  });

  it('selects by the arrow keys, Home and End, and moves the focus with the selection', async () => {
    const picks: Key[] = [];
    render(<Probe picks={picks} />);
    tab('第一页').focus();
    expect(fireEvent.keyDown(tab('第一页'), { key: 'ArrowLeft' })).toBe(false); // default prevented: the page does not scroll
    expect(document.activeElement).toBe(tab('第三页'));
    fireEvent.keyDown(tab('第三页'), { key: 'Home' });
    expect(document.activeElement).toBe(tab('第一页'));
    fireEvent.keyDown(tab('第一页'), { key: 'ArrowRight' });
    expect(document.activeElement).toBe(tab('第二页'));
    await screen.findByRole('tab', { name: '第二页', selected: true });
    fireEvent.keyDown(tab('第二页'), { key: 'End' });
    expect(picks).toEqual(['three', 'one', 'two', 'three']);
    expect(tab('第三页').getAttribute('aria-selected')).toBe('true');
  });

  it('leaves other keys alone and selects on a click without moving the focus', () => {
    const picks: Key[] = [];
    render(<Probe picks={picks} />);
    tab('第一页').focus();
    const enter = fireEvent.keyDown(tab('第一页'), { key: 'Enter' });
    expect(enter).toBe(true); // not default-prevented
    expect(picks).toEqual([]);
    fireEvent.click(tab('第三页'));
    expect(picks).toEqual(['three']);
    expect(document.activeElement).toBe(tab('第一页'));
  });
});
