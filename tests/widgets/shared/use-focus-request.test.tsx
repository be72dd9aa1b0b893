// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { useRef } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { useFocusRequest } from '~/widgets/shared/use-focus-request';

afterEach(cleanup);

function Probe({ request }: { request: { target: string; n: number } | null }) {
  const root = useRef<HTMLDivElement>(null);
  useFocusRequest(root, request);
  return (
    <div ref={root}>
      <button type="button" data-focus="submit">提交</button>
      <h4 data-focus="card:王老师" tabIndex={-1}>王老师</h4>
    </div>
  );
}

describe('useFocusRequest', () => {
  it('leaves the focus alone until asked', () => {
    render(<Probe request={null} />);
    expect(document.activeElement).toBe(document.body);
  });

  // A name with quotes is escaped for the selector; happy-dom cannot parse escaped selectors, so that case is not tested here.
  it('focuses the element the state names', () => {
    const { rerender } = render(<Probe request={{ target: 'submit', n: 1 }} />);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: '提交' }));
    rerender(<Probe request={{ target: 'card:王老师', n: 2 }} />);
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: '王老师' }));
  });

  it('focuses the same target again on a new request', () => {
    const { rerender } = render(<Probe request={{ target: 'submit', n: 1 }} />);
    (document.activeElement as HTMLElement).blur();
    rerender(<Probe request={{ target: 'submit', n: 2 }} />);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: '提交' }));
  });
});
