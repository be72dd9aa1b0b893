import { describe, expect, it } from 'vitest';
import { findScormApi, type Scorm12Api } from '~/scripts/scorm';
import { timespan } from '~/scripts/scorm-session';

const api = (): Scorm12Api => ({
  LMSInitialize: () => 'true',
  LMSFinish: () => 'true',
  LMSGetValue: () => '',
  LMSSetValue: () => 'true',
  LMSCommit: () => 'true',
  LMSGetLastError: () => '0',
});

/** A chain of frames, innermost first: `frames(3)` is a page two frames below the top. */
function frames(depth: number, options: { apiAt?: number; opener?: Window } = {}): Window[] {
  const chain: Record<string, unknown>[] = Array.from({ length: depth }, () => ({}));
  chain.forEach((win, i) => {
    win.parent = chain[i + 1] ?? win;
    if (i === options.apiAt) win.API = api();
  });
  if (options.opener) chain[0]!.opener = options.opener;
  return chain as unknown as Window[];
}

describe('findScormApi (SCORM 1.2’s API search)', () => {
  it('finds the platform’s API in a parent frame', () => {
    const chain = frames(3, { apiAt: 2 });
    expect(findScormApi(chain[0]!)).toBe((chain[2] as unknown as { API: Scorm12Api }).API);
  });

  it('looks in the window that opened the page (a platform that opens a new window)', () => {
    const player = frames(2, { apiAt: 1 });
    const page = frames(1, { opener: player[0] });
    expect(findScormApi(page[0]!)).toBe((player[1] as unknown as { API: Scorm12Api }).API);
  });

  it('passes over a frame from another site and an object that is not the API', () => {
    const chain = frames(3, { apiAt: 2 });
    Object.defineProperty(chain[1], 'API', {
      get() {
        throw new DOMException('Blocked a frame with origin', 'SecurityError');
      },
    });
    (chain[0] as unknown as { API: object }).API = { LMSInitialize: 'not a function' };
    expect(findScormApi(chain[0]!)).toBe((chain[2] as unknown as { API: Scorm12Api }).API);
  });

  it('finds nothing on the site itself, nor beyond seven parents', () => {
    expect(findScormApi(frames(1)[0]!)).toBeNull();
    expect(findScormApi(frames(10, { apiAt: 9 })[0]!)).toBeNull();
  });
});

describe('timespan (cmi.core.session_time)', () => {
  it('writes HHHH:MM:SS', () => {
    expect(timespan(0)).toBe('0000:00:00');
    expect(timespan(3_723_999)).toBe('0001:02:03');
    expect(timespan(-5)).toBe('0000:00:00');
  });
});
