// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { atom } from 'nanostores';
import { afterEach, describe, expect, it } from 'vitest';
import { useModeTabs } from '~/widgets/shared/use-mode-tabs';

type Mode = 'single' | 'day';

afterEach(cleanup);

describe('useModeTabs', () => {
  it('shows the state’s mode and switches it, counting the switch as a use', async () => {
    const $mode = atom<Mode>('single');
    const state = { $mode, setMode: (mode: Mode) => $mode.set(mode) };
    const uses: Mode[] = [];
    function Probe() {
      const [mode, select] = useModeTabs(state, () => uses.push($mode.get()));
      return <button type="button" onClick={() => select('day')}>{mode}</button>;
    }
    render(<Probe />);
    fireEvent.click(screen.getByRole('button', { name: 'single' }));
    expect(await screen.findByRole('button', { name: 'day' })).toBeTruthy();
    // The use is counted once, after the mode changed.
    expect(uses).toEqual(['day']);
  });
});
