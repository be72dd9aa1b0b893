// The script switch keeps the reader's place: before leaving, note where on the page the reader is, measured from
// a mark both scripts share; the twin page scrolls back there. The marks are the headings outside widgets (their
// top edges) and the widgets (their islands: the top edge, or the bottom edge for a reader below one), in page
// order, which is the same in both scripts, so a mark's index identifies it. A widget is measured by its own edges
// because the twin first shows it as built, before it comes alive, often far shorter than the live widget (the RFM
// calculator draws its charts and tables once it runs): an offset measured from the heading above it overshot, and
// the twin opened sections further on.
const KEY = 'crm-lab:place';

interface Place {
  /** Index of the mark in `marks()`; -1 above the first one. */
  readonly mark: number;
  /** How far below the mark's edge the reading area started (from the page's top when `mark` is -1). */
  readonly offset: number;
  /** The place as a share of the page's height, when the marks do not match. */
  readonly fraction: number;
  /** The mark is a widget the reader had scrolled past: `offset` is from its bottom edge. */
  readonly after?: boolean;
}

/** A heading, or a widget's island. */
type Mark = HTMLElement;

/**
 * Visible headings outside widgets and the outermost islands, in page order. Hidden ones are left out: teacher-only
 * blocks may be hidden on one side of the switch. A widget's own headings come and go as it renders.
 */
function marks(): Mark[] {
  return [...document.querySelectorAll<HTMLElement>('main h1, main h2, main h3, main astro-island')].filter((element) =>
    isIsland(element) ? !element.parentElement?.closest('astro-island') && boxOf(element).height > 0 : element.getClientRects().length > 0 && !element.closest('astro-island'),
  );
}

const isIsland = (mark: Mark) => mark.tagName === 'ASTRO-ISLAND';

/** A mark's box on screen. An island is `display: contents`, with no box of its own: the box around its children. */
function boxOf(mark: Mark): { top: number; bottom: number; height: number } {
  if (!isIsland(mark)) return mark.getBoundingClientRect();
  const boxes = [...mark.children].map((child) => child.getBoundingClientRect()).filter((box) => box.height > 0);
  if (boxes.length === 0) return { top: 0, bottom: 0, height: 0 };
  const top = Math.min(...boxes.map((box) => box.top));
  const bottom = Math.max(...boxes.map((box) => box.bottom));
  return { top, bottom, height: bottom - top };
}

/** Where the reading area starts: below the header when it stays on screen. */
function readingTop(): number {
  const header = document.querySelector('.site-header');
  return header && getComputedStyle(header).position === 'sticky' ? header.getBoundingClientRect().bottom : 0;
}

/** The line the reader is reading: a little below the top of the reading area. */
const READING_LINE = 40;

export function rememberPlace(): void {
  const top = readingTop();
  const line = top + READING_LINE;
  const list = marks();
  let mark = -1;
  list.forEach((m, i) => {
    if (boxOf(m).top <= line) mark = i;
  });
  const box = mark >= 0 ? boxOf(list[mark]!) : null;
  // A heading's top; a widget's top when the line is inside it, its bottom when the reader is below it.
  const after = box !== null && isIsland(list[mark]!) && box.bottom <= line;
  const offset = box ? top - (after ? box.bottom : box.top) : window.scrollY;
  const place: Place = { mark, offset, fraction: window.scrollY / Math.max(1, document.body.scrollHeight), ...(after ? { after } : {}) };
  try {
    sessionStorage.setItem(KEY, JSON.stringify(place));
  } catch {
    /* no session storage: the switch still works, from the top */
  }
}

/** Where on the page (document coordinates) the reading area should start. */
function placeTop(place: Place): number {
  const mark = place.mark >= 0 ? marks()[place.mark] : undefined;
  if (!mark) return place.mark >= 0 ? place.fraction * document.body.scrollHeight : place.offset;
  const box = boxOf(mark);
  if (place.after) return box.bottom + window.scrollY + place.offset - readingTop();
  if (!isIsland(mark)) return box.top + window.scrollY + place.offset - readingTop();
  // Inside a widget: never past its last third of a screen as it is now, whatever it grows to once alive.
  return box.top + window.scrollY + Math.max(0, Math.min(place.offset, box.height - window.innerHeight / 3)) - readingTop();
}

export function restorePlace(): void {
  let place: Place | null = null;
  try {
    place = JSON.parse(sessionStorage.getItem(KEY) ?? 'null');
    sessionStorage.removeItem(KEY);
  } catch {
    return;
  }
  if (!place) return;
  window.scrollTo({ top: placeTop(place), behavior: 'instant' as ScrollBehavior });
}
