// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { markWidgetUsed } from '~/stores/progress';
import { useFirstUse } from '~/widgets/shared/progress';

vi.mock('~/stores/progress', () => ({ markWidgetUsed: vi.fn() }));

function Probe({ widget, seen }: { widget: string; seen: (() => void)[] }) {
  const onUse = useFirstUse(widget);
  seen.push(onUse);
  return <button type="button" onClick={onUse}>用一下</button>;
}

beforeEach(() => {
  document.documentElement.dataset.chapter = '03-rfm';
});
afterEach(() => {
  cleanup();
  delete document.documentElement.dataset.chapter;
  vi.mocked(markWidgetUsed).mockClear();
});

describe('useFirstUse', () => {
  it('records the use once, on the first call, however often the learner interacts', () => {
    render(<Probe widget="rfm-calculator" seen={[]} />);
    expect(markWidgetUsed).not.toHaveBeenCalled();
    for (let i = 0; i < 3; i++) fireEvent.click(screen.getByRole('button', { name: '用一下' }));
    expect(vi.mocked(markWidgetUsed).mock.calls).toEqual([['03-rfm', 'rfm-calculator']]);
  });

  it('hands back the same callback on every render', () => {
    const seen: (() => void)[] = [];
    const { rerender } = render(<Probe widget="rfm-calculator" seen={seen} />);
    rerender(<Probe widget="rfm-calculator" seen={seen} />);
    expect(seen).toHaveLength(2);
    expect(seen[1]).toBe(seen[0]);
  });

  it('counts again for a widget mounted anew (each mounted widget records its own first use)', () => {
    render(<Probe widget="abc-analysis" seen={[]} />);
    fireEvent.click(screen.getByRole('button', { name: '用一下' }));
    cleanup();
    render(<Probe widget="abc-analysis" seen={[]} />);
    fireEvent.click(screen.getByRole('button', { name: '用一下' }));
    expect(markWidgetUsed).toHaveBeenCalledTimes(2);
  });

  it('records nothing on a page that is not a chapter', () => {
    delete document.documentElement.dataset.chapter;
    render(<Probe widget="abc-analysis" seen={[]} />);
    fireEvent.click(screen.getByRole('button', { name: '用一下' }));
    expect(markWidgetUsed).not.toHaveBeenCalled();
  });
});
