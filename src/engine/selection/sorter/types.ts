/** The two piles a learner sorts customer cards into. */
export type SorterBin = 'good' | 'bad';

/**
 * One customer card: what a manager sees before deciding whether a B2B customer is a good one.
 * Amounts are in 元 per year (the logistics file stores 万元; the reader converts).
 */
export interface SorterCard {
  /** 客户编号, unique within a deck (also the key of placements and results). */
  readonly id: string;
  /** 客户名称 (invented and anonymised in the bundled data). */
  readonly name: string;
  readonly industry: string;
  readonly region: string;
  /** Whole years of cooperation; 0 = signed this year; null when unknown. */
  readonly years: number | null;
  /** Yearly revenue from this customer (元), ≥ 0. */
  readonly revenue: number;
  /** Gross margin rate of the business, −1..1 (0.185 = 18.5 %). */
  readonly marginRate: number;
  /** Shipments (waybills) a year, or null. */
  readonly shipments: number | null;
  /** Urgent orders, last-minute changes and other special requests a year, or null. */
  readonly specialRequests: number | null;
  /** Yearly cost to serve (元), ≥ 0: account management, special requests, collection. */
  readonly serviceCost: number;
  /** Average days from invoice to payment, ≥ 0. */
  readonly paymentDays: number;
  /** Revenue growth on last year (−0.2 = a 20 % fall), above −1; null when unknown. */
  readonly growth: number | null;
  /** Fit with the company's positioning, 0..1 (门当户对); null when unknown. */
  readonly fit: number | null;
  /** 合作中, 新签约 or 已流失 (empty when unknown). */
  readonly status: string;
  /** The account manager's short note (may be empty). */
  readonly note: string;
}

/** The kinds of deck: 入门 (clear cases), 进阶 (traps), 随机 (seeded draw from the whole file). */
export type DeckKind = 'intro' | 'advanced' | 'random';

/** Why a card was put in a deck: the misjudgement it is there to provoke. */
export type TrapKind =
  | 'giant-loss'
  | 'big-thin'
  | 'big-good'
  | 'small-star'
  | 'start-up'
  | 'late-payer'
  | 'churned'
  | 'poor-fit'
  | 'small-loss';

/** A dealt deck: its cards in deal order and the trap each trap card stands for. */
export interface SorterDeck {
  readonly kind: DeckKind;
  readonly seed: number;
  readonly cards: readonly SorterCard[];
  /** Card id → the trap it stands for (only trap cards are listed). */
  readonly traps: Readonly<Record<string, TrapKind>>;
}
