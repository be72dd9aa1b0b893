// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { useStarted, type Startable } from '~/widgets/shared/use-started';

function recorder() {
  const calls: string[] = [];
  const state: Startable = { start: () => calls.push('start'), dispose: () => calls.push('dispose') };
  return { calls, state };
}

function Probe({ state, label }: { state: Startable; label: string }) {
  useStarted(state);
  return <p>{label}</p>;
}

afterEach(cleanup);

describe('useStarted', () => {
  it('starts the state once on mount and disposes of it once on unmount, re-renders aside', () => {
    const { calls, state } = recorder();
    const { rerender, unmount } = render(<Probe state={state} label="一" />);
    expect(calls).toEqual(['start']);
    rerender(<Probe state={state} label="二" />);
    expect(calls).toEqual(['start']);
    unmount();
    expect(calls).toEqual(['start', 'dispose']);
  });

  it('disposes of the old state before starting a new one', () => {
    const a = recorder();
    const b = recorder();
    const order: string[] = [];
    const tag = (name: string, s: Startable): Startable => ({ start: () => { order.push(`${name} start`); s.start(); }, dispose: () => { order.push(`${name} dispose`); s.dispose(); } });
    const first = tag('a', a.state);
    const second = tag('b', b.state);
    const { rerender } = render(<Probe state={first} label="一" />);
    rerender(<Probe state={second} label="一" />);
    expect(order).toEqual(['a start', 'a dispose', 'b start']);
  });
});
