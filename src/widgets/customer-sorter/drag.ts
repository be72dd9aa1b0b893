/**
 * Dragging a card with a pointer (mouse, pen or touch) onto a pile: any element with `data-drag-card="<id>"`
 * can be dragged, any element with `data-drop="<target>"` receives it. Mouse and pen drag from anywhere on
 * the card; touch only from its grip (`.cs-grip`), so a finger on a card still scrolls the page. Buttons,
 * links and fields inside a card keep their own clicks. Every drag has a keyboard alternative in the view.
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

  const move = (e: PointerEvent) => {
    if (e.pointerId !== event.pointerId) return;
    const dx = e.clientX - startX;
    const dy = e.clientY - startY;
    if (!dragging) {
      if (Math.hypot(dx, dy) < 6) return;
      dragging = true;
      source.classList.add('cs-dragging');
    }
    e.preventDefault();
    source.style.transform = `translate(${dx}px, ${dy}px)`;
    const zone = document.elementFromPoint(e.clientX, e.clientY)?.closest<HTMLElement>('[data-drop]') ?? null;
    if (zone !== over) {
      over?.removeAttribute('data-over');
      zone?.setAttribute('data-over', '');
      over = zone;
    }
  };
  const end = (e: PointerEvent) => {
    if (e.pointerId !== event.pointerId) return;
    window.removeEventListener('pointermove', move);
    window.removeEventListener('pointerup', end);
    window.removeEventListener('pointercancel', end);
    source.classList.remove('cs-dragging');
    source.style.transform = '';
    over?.removeAttribute('data-over');
    if (dragging && e.type === 'pointerup' && over?.dataset.drop) onDrop(card, over.dataset.drop);
  };
  window.addEventListener('pointermove', move, { passive: false });
  window.addEventListener('pointerup', end);
  window.addEventListener('pointercancel', end);
}

/** The pile a key sends a card to: G or ← for 好客户, B or → for 坏客户, U, Backspace or Delete back to the deck. */
export function keyTarget(event: KeyboardEvent): 'good' | 'bad' | 'deck' | null {
  if (event.ctrlKey || event.altKey || event.metaKey) return null;
  const tag = (event.target as Element | null)?.tagName;
  if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT') return null;
  switch (event.key) {
    case 'g':
    case 'G':
    case 'ArrowLeft':
      return 'good';
    case 'b':
    case 'B':
    case 'ArrowRight':
      return 'bad';
    case 'u':
    case 'U':
    case 'Backspace':
    case 'Delete':
      return 'deck';
    default:
      return null;
  }
}
