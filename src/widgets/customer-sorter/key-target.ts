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
