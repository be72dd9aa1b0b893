import { describe, expect, it } from 'vitest';
import { findScormApi, openedByPackage, type Scorm12Api } from '~/scripts/scorm';
import { isChapterPage, timespan } from '~/scripts/scorm-session';

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

describe('openedByPackage', () => {
  const opened = (opener: unknown) => ({ opener }) as unknown as Window;
  const page = (siteRoot?: string) => ({ document: { documentElement: { dataset: siteRoot === undefined ? {} : { siteRoot } } } });

  it('is true in a window a page of the package opened (the speaker view), so it never ends the session', () => {
    expect(openedByPackage(opened(page('../../../')))).toBe(true);
  });

  it('is false in the platform’s own window or frame, and for an opener from another site', () => {
    expect(openedByPackage(opened(null))).toBe(false);
    expect(openedByPackage(opened(page()))).toBe(false);
    const foreign = {
      get document(): never {
        throw new DOMException('Blocked a frame with origin', 'SecurityError');
      },
    };
    expect(openedByPackage(opened(foreign))).toBe(false);
  });
});

describe('isChapterPage', () => {
  it('counts the chapter’s page in either script, not its slides nor another chapter', () => {
    expect(isChapterPage('/pluginfile.php/12/mod_scorm/content/3/chapters/06-customer-tiering/index.html', '06-customer-tiering')).toBe(true);
    expect(isChapterPage('/zh-hant/chapters/06-customer-tiering/', '06-customer-tiering')).toBe(true);
    expect(isChapterPage('/p/chapters/06-customer-tiering/slides/index.html', '06-customer-tiering')).toBe(false);
    expect(isChapterPage('/p/chapters/05-customer-information/index.html', '06-customer-tiering')).toBe(false);
  });
});

describe('timespan (cmi.core.session_time)', () => {
  it('writes HHHH:MM:SS', () => {
    expect(timespan(0)).toBe('0000:00:00');
    expect(timespan(3_723_999)).toBe('0001:02:03');
    expect(timespan(-5)).toBe('0000:00:00');
  });
});
