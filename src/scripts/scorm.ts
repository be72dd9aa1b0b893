// The SCORM 1.2 adapter's entry, on every page. A learning platform that runs the site as a SCORM package gives
// the page's window an ancestor (or an opener) with the API object `API`; only then is the session loaded
// (scorm-session.ts). On the site itself there is none, and this does nothing more.

/** The SCORM 1.2 run-time API a platform provides (every value is a string, "true"/"false" for success). */
export interface Scorm12Api {
  LMSInitialize(parameter: ''): string;
  LMSFinish(parameter: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(parameter: ''): string;
  LMSGetLastError(): string;
}

/** How far up the frames to look: the ADL's sample gives up after 7 parents; a platform's player nests two or three. */
const MAX_PARENTS = 7;

function isApi(value: unknown): value is Scorm12Api {
  const api = value as Partial<Scorm12Api> | null | undefined;
  return typeof api?.LMSInitialize === 'function' && typeof api.LMSSetValue === 'function' && typeof api.LMSGetValue === 'function';
}

/** `API` on a window or one of its parents; a parent from another site cannot be read and is passed over. */
function searchUp(start: Window | null): Scorm12Api | null {
  let win = start;
  for (let i = 0; win && i <= MAX_PARENTS; i += 1) {
    try {
      const api = (win as Window & { API?: unknown }).API;
      if (isApi(api)) return api;
    } catch {
      /* another origin's frame */
    }
    if (win.parent === win) break;
    win = win.parent;
  }
  return null;
}

/** SCORM 1.2's API search: this window and its parents, then the window that opened it and its parents. */
export function findScormApi(win: Window): Scorm12Api | null {
  let opener: Window | null = null;
  try {
    opener = win.opener as Window | null;
  } catch {
    opener = null;
  }
  return searchUp(win) ?? searchUp(opener);
}

/**
 * True in a window that a page of the package opened (the slides' speaker view): the platform launched the page that
 * opened it, which keeps the session; this window must not end it when closed.
 */
export function openedByPackage(win: Window): boolean {
  try {
    const opener = win.opener as Window | null;
    return opener !== null && opener.document.documentElement.dataset.siteRoot !== undefined;
  } catch {
    return false; // an opener from another site: the platform's
  }
}

/** Starts the SCORM session when the page runs inside a platform. */
export function startScorm(): void {
  if (openedByPackage(window)) return;
  const api = findScormApi(window);
  if (!api) return;
  void import('./scorm-session').then(({ startScormSession }) => startScormSession(api));
}
