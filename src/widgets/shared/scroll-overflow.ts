/**
 * Marks a scroll box `data-overflow` while its content is wider than the box, so the shared CSS can show a
 * "scroll sideways" hint and keep the first column in view. Watches the box and its children for size changes.
 * Returns a function that stops watching. Used by `ScrollBox` and, for Markdown tables, by the page chrome.
 */
export function watchOverflow(box: HTMLElement): () => void {
  const update = () => box.toggleAttribute('data-overflow', box.scrollWidth > box.clientWidth + 1);
  if (typeof ResizeObserver === 'undefined') {
    update();
    return () => undefined;
  }
  const sizes = new ResizeObserver(update);
  const observeAll = () => {
    sizes.disconnect();
    sizes.observe(box);
    for (const child of box.children) sizes.observe(child);
    update();
  };
  const children = new MutationObserver(observeAll);
  children.observe(box, { childList: true });
  observeAll();
  return () => {
    sizes.disconnect();
    children.disconnect();
  };
}
