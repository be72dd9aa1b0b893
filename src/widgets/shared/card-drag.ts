/**
 * Dragging a card with a pointer (mouse, pen or touch) onto a pile: any element with `data-drag-card="<id>"`
 * can be dragged, any element with `data-drop="<target>"` receives it. Mouse and pen drag from anywhere on
 * the card; touch only from its grip (`.cs-grip`), so a finger on a card still scrolls the page. Buttons,
 * links and fields inside a card keep their own clicks. Every drag has a keyboard alternative in the view.
 * Used by the customer sorter and the loyalty matrix; the grip's and the dragged card's classes (`cs-grip`,
 * `cs-dragging`) keep the sorter's names, where it began. Each widget's CSS must give them
 * `.cs-grip { touch-action: none }` (a finger drags instead of scrolling) and `.cs-dragging { pointer-events: none }`
 * (so the drop target under the pointer is found); a CSS file imported here would not reach the page.
 */
export function startCardDrag(event: PointerEvent, onDrop: (card: string, target: string) => void): void {
  const target = event.target as Element | null;
  const source = target?.closest<HTMLElement>('[data-drag-card]');
  if (!target || !source || event.button !== 0 || target.closest('button, a, input, select, textarea, summary')) return;
  if (event.pointerType === 'touch' && !target.closest('.cs-grip')) return;
  const card = source.dataset.dragCard!;
  const startX = event.clientX;
  const startY = event.clientY;
  let dragging = false;
  let over: HTMLElement | null = null;
  if (event.pointerType !== 'touch') {
    event.preventDefault(); // no text selection while dragging
    source.focus({ preventScroll: true });
  }

  const startScroll = window.scrollY;
  let last = { x: startX, y: startY };
  let edgeTimer = 0;
  const follow = () => {
    source.style.transform = `translate(${last.x - startX}px, ${last.y - startY + window.scrollY - startScroll}px)`;
    const zone = document.elementFromPoint(last.x, last.y)?.closest<HTMLElement>('[data-drop]') ?? null;
    if (zone !== over) {
      over?.removeAttribute('data-over');
      zone?.setAttribute('data-over', '');
      over = zone;
    }
  };
  // Near the top or bottom of the window the page scrolls, so a pile below the fold can be reached.
  const scrollAtEdge = () => {
    const edge = 56;
    const step = last.y > window.innerHeight - edge ? 14 : last.y < edge ? -14 : 0;
    if (step !== 0) {
      window.scrollBy(0, step);
      follow();
    }
    edgeTimer = dragging ? window.requestAnimationFrame(scrollAtEdge) : 0;
  };

  const move = (e: PointerEvent) => {
    if (e.pointerId !== event.pointerId) return;
    last = { x: e.clientX, y: e.clientY };
    if (!dragging) {
      if (Math.hypot(e.clientX - startX, e.clientY - startY) < 6) return;
      dragging = true;
      source.classList.add('cs-dragging');
      edgeTimer = window.requestAnimationFrame(scrollAtEdge);
    }
    e.preventDefault();
    follow();
  };
  const end = (e: PointerEvent) => {
    if (e.pointerId !== event.pointerId) return;
    window.removeEventListener('pointermove', move);
    window.removeEventListener('pointerup', end);
    window.removeEventListener('pointercancel', end);
    window.cancelAnimationFrame(edgeTimer);
    source.classList.remove('cs-dragging');
    source.style.transform = '';
    over?.removeAttribute('data-over');
    const wasDragging = dragging;
    dragging = false;
    if (wasDragging && e.type === 'pointerup' && over?.dataset.drop) onDrop(card, over.dataset.drop);
  };
  window.addEventListener('pointermove', move, { passive: false });
  window.addEventListener('pointerup', end);
  window.addEventListener('pointercancel', end);
}
