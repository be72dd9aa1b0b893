// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { useFocusOnReveal } from '~/widgets/satisfaction-analyzer/use-focus-on-reveal';

afterEach(cleanup);

function Probe({ revealed }: { revealed: boolean }) {
  const box = useFocusOnReveal<HTMLDivElement>(revealed);
  return (
    <>
      <button type="button">别处</button>
      <div role="status" tabIndex={-1} ref={box}>{revealed ? '答案' : ''}</div>
    </>
  );
}

describe('useFocusOnReveal', () => {
  it('moves the focus to the answer when it is revealed, and only then', () => {
    const { rerender } = render(<Probe revealed={false} />);
    expect(document.activeElement).toBe(document.body);
    rerender(<Probe revealed={true} />);
    expect(document.activeElement).toBe(screen.getByRole('status'));
    screen.getByRole('button', { name: '别处' }).focus();
    rerender(<Probe revealed={true} />);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: '别处' }));
  });

  it('leaves the focus alone when the widget opens with the answer already shown (a share link)', () => {
    render(<Probe revealed={true} />);
    expect(document.activeElement).toBe(document.body);
  });
});
