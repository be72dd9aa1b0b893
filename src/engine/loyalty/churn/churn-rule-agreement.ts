import type { WinBackBand } from './win-back-priority';

/** How the inactivity rule and the model's bands agree. */
export interface ChurnRuleAgreement {
  /** Per model band: customers the window rule calls churned, and not. */
  readonly table: Readonly<Record<WinBackBand, { readonly churned: number; readonly notChurned: number }>>;
  /** Customers in both lists. */
  readonly customers: number;
  /** The model says lost (P(alive) below the lost threshold) but the window rule says not churned. */
  readonly lostButRecent: string[];
  /** The window rule says churned but the model says still active. */
  readonly silentButActive: string[];
}

/**
 * Sets a simple inactivity rule (`churnByInactivity`: more than N days silent = churned) beside the model's bands
 * (`winBackPriority`: active / win-back / lost by P(alive)), customer by customer: the cross table, and the
 * customers on which they disagree most (model lost but recently active: frequent buyers who went quiet;
 * rule churned but model active: occasional buyers, and one-time buyers, whose P(alive) is 1 in BG/NBD).
 * Customers missing from `bands` are ignored. Lists keep the order of `bands`.
 * Source: Wübben & von Wangenheim (2008), “Instant customer base analysis” (J. Marketing 72(3)), which compares
 * the hiatus heuristic with P(alive); course chapter 10.
 * @example bands A lost, B active; churned [B]: table lost {0 churned, 1 not}, active {1, 0}; lostButRecent [A], silentButActive [B].
 */
export function churnRuleAgreement(bands: readonly { readonly customer: string; readonly band: WinBackBand }[], churnedCustomers: readonly string[]): ChurnRuleAgreement {
  const churned = new Set(churnedCustomers);
  const table = { active: { churned: 0, notChurned: 0 }, 'win-back': { churned: 0, notChurned: 0 }, lost: { churned: 0, notChurned: 0 } };
  const lostButRecent: string[] = [];
  const silentButActive: string[] = [];
  for (const { customer, band } of bands) {
    const isChurned = churned.has(customer);
    if (isChurned) table[band].churned++;
    else table[band].notChurned++;
    if (band === 'lost' && !isChurned) lostButRecent.push(customer);
    if (band === 'active' && isChurned) silentButActive.push(customer);
  }
  return { table, customers: bands.length, lostButRecent, silentButActive };
}
