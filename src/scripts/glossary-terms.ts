// Glossary terms in running text (Term.astro): the definition shows on hover or keyboard focus, and on a phone
// a first tap shows it in place (a second tap on the term opens the glossary). Escape hides it (WCAG 1.4.13).

const MARGIN = 8;

/** Moves a shown definition left when it would run past the right edge of the screen (it never widens the page). */
function keepTipOnScreen(term: Element): void {
  const tip = term.querySelector<HTMLElement>('.term-tip');
  if (!tip) return;
  tip.style.removeProperty('left');
  const box = tip.getBoundingClientRect();
  if (box.width === 0) return;
  const overflow = box.right - (document.documentElement.clientWidth - MARGIN);
  if (overflow > 0) tip.style.left = `${-Math.min(overflow, box.left - MARGIN)}px`;
}

function closeOpenTerms(except?: Element): void {
  document.querySelectorAll('.term.open').forEach((t) => t !== except && t.classList.remove('open'));
}

export function startGlossaryTerms(): void {
  const root = document.documentElement;
  let touch = false;
  document.addEventListener('pointerdown', (e) => (touch = e.pointerType === 'touch' || e.pointerType === 'pen'), { capture: true, passive: true });
  document.addEventListener(
    'keydown',
    (event) => {
      touch = false;
      if (event.key === 'Escape') {
        root.classList.add('tips-hidden');
        closeOpenTerms();
      }
    },
    true,
  );
  const show = (event: Event) => {
    root.classList.remove('tips-hidden');
    const term = (event.target as Element | null)?.closest?.('.term');
    if (term) requestAnimationFrame(() => keepTipOnScreen(term));
  };
  document.addEventListener('pointerover', show, { passive: true });
  document.addEventListener('pointermove', () => root.classList.remove('tips-hidden'), { passive: true });
  document.addEventListener('focusin', show);
  document.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest?.('.term > a');
    const term = link?.parentElement;
    if (!term) {
      closeOpenTerms();
      // A tapped term link keeps the focus (and :focus-within would keep its definition up): let go of it.
      if (touch && document.activeElement?.matches('.term > a')) (document.activeElement as HTMLElement).blur();
      return;
    }
    // A mouse click, Enter on the focused link, or a second tap: follow the link to the glossary.
    if (!touch || term.classList.contains('open')) return;
    event.preventDefault();
    closeOpenTerms(term);
    term.classList.add('open');
    root.classList.remove('tips-hidden');
    keepTipOnScreen(term);
  });
}
