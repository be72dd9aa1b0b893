// The script switch keeps the reader's place: before leaving, note which heading is at the top of the
// screen and how far below it the reader is; the twin page scrolls back there. Heading order is the same
// in both scripts, so the heading's index identifies it.
const KEY = 'crm-lab:place';

/** Visible headings only: teacher-only blocks may be hidden on one side of the switch. */
function headings(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>('main h1, main h2, main h3')].filter((h) => h.getClientRects().length > 0);
}

/** Where the reading area starts: below the header when it stays on screen. */
function readingTop(): number {
  const header = document.querySelector('.site-header');
  return header && getComputedStyle(header).position === 'sticky' ? header.getBoundingClientRect().bottom : 0;
}

export function rememberPlace(): void {
  const list = headings();
  const top = readingTop();
  let index = -1;
  list.forEach((heading, i) => {
    if (heading.getBoundingClientRect().top <= top + 40) index = i;
  });
  const offset = index >= 0 ? top - list[index]!.getBoundingClientRect().top : window.scrollY;
  try {
    sessionStorage.setItem(KEY, JSON.stringify({ index, offset, fraction: window.scrollY / Math.max(1, document.body.scrollHeight) }));
  } catch {
    /* no session storage: the switch still works, from the top */
  }
}

export function restorePlace(): void {
  let place: { index: number; offset: number; fraction: number } | null = null;
  try {
    place = JSON.parse(sessionStorage.getItem(KEY) ?? 'null');
    sessionStorage.removeItem(KEY);
  } catch {
    return;
  }
  if (!place) return;
  const target = place.index >= 0 ? headings()[place.index] : undefined;
  const top = target ? target.getBoundingClientRect().top + window.scrollY + place.offset - readingTop() : place.fraction * document.body.scrollHeight;
  window.scrollTo({ top, behavior: 'instant' as ScrollBehavior });
}
