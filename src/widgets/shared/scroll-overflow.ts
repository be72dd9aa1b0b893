/**
 * Marks a scroll box `data-overflow` while its content is wider than the box, so the shared CSS can show a
 * "scroll sideways" hint and keep the first column in view. Watches the box and its children for size changes.
 * Returns a function that stops watching. Used by `ScrollBox` and, for Markdown tables, by the page chrome.
 *
 * One ResizeObserver serves every box on the page, and each round reads all widths before it writes any mark, so
 * a page with many tables is laid out once per round, not once per table.
 */
const boxOf = new Map<Element, HTMLElement>();
let sizes: ResizeObserver | null = null;

function mark(boxes: Iterable<HTMLElement>): void {
  const wide = [...new Set(boxes)].map((box) => [box, box.scrollWidth > box.clientWidth + 1] as const);
  for (const [box, overflowing] of wide) box.toggleAttribute('data-overflow', overflowing);
}

function observe(box: HTMLElement): void {
  for (const el of [box, ...box.children]) {
    if (boxOf.has(el)) continue;
    boxOf.set(el, box);
    sizes!.observe(el);
  }
}

function unobserve(box: HTMLElement, keepChildren: boolean): void {
  for (const [el, owner] of boxOf) {
    if (owner !== box || (keepChildren && (el === box || el.parentElement === box))) continue;
    boxOf.delete(el);
    sizes!.unobserve(el);
  }
}

export function watchOverflow(box: HTMLElement): () => void {
  if (typeof ResizeObserver === 'undefined') {
    mark([box]);
    return () => undefined;
  }
  sizes ??= new ResizeObserver((entries) => mark(entries.map((e) => boxOf.get(e.target)).filter((b): b is HTMLElement => b !== undefined)));
  observe(box);
  // New rows or a new table: watch the new children too, forget the ones that left.
  const children = new MutationObserver(() => {
    unobserve(box, true);
    observe(box);
    mark([box]);
  });
  children.observe(box, { childList: true });
  return () => {
    children.disconnect();
    unobserve(box, false);
  };
}
