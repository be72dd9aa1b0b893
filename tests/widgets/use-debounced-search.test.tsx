// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { atom } from 'nanostores';
import { useStore } from '@nanostores/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useDebouncedSearch } from '~/widgets/shared/use-debounced-search';

const $query = atom('');
/** Sets the query as another part of the widget would; useStore re-renders on the next tick. */
const setQuery = (value: string) =>
  act(() => {
    $query.set(value);
    vi.advanceTimersByTime(1);
  });

/** When set, the widget applies searches later (as a worker would answer), so typing can overtake them. */
let hold: string[] | null = null;

function Box() {
  const applied = useStore($query);
  const [search, setSearch] = useDebouncedSearch(applied, (value) => (hold ? hold.push(value) : $query.set(value)));
  return <input aria-label="搜索" value={search} onInput={(e) => setSearch(e.currentTarget.value)} />;
}

beforeEach(() => {
  vi.useFakeTimers();
  $query.set('');
  hold = null;
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('useDebouncedSearch', () => {
  it('applies the text a moment after typing stops', () => {
    render(<Box />);
    fireEvent.input(screen.getByLabelText('搜索'), { target: { value: 'M10' } });
    expect($query.get()).toBe('');
    act(() => void vi.advanceTimersByTime(260));
    expect($query.get()).toBe('M10');
  });

  it('keeps letters typed while an earlier search is being applied', () => {
    hold = [];
    render(<Box />);
    const box = screen.getByLabelText('搜索') as HTMLInputElement;
    fireEvent.input(box, { target: { value: 'M1' } });
    act(() => void vi.advanceTimersByTime(260));
    expect(hold).toEqual(['M1']);
    fireEvent.input(box, { target: { value: 'M10' } }); // typed before the first search comes back
    setQuery('M1');
    expect(box.value).toBe('M10');
    act(() => void vi.advanceTimersByTime(260));
    expect(hold).toEqual(['M1', 'M10']);
  });

  it('follows the query when something else changes it (a new dataset clears the search)', () => {
    render(<Box />);
    const box = screen.getByLabelText('搜索') as HTMLInputElement;
    fireEvent.input(box, { target: { value: '重要' } });
    act(() => void vi.advanceTimersByTime(260));
    setQuery('');
    expect(box.value).toBe('');
  });
});
