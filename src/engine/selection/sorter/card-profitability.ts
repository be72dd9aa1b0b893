import { customerProfitability } from '../profitability/customer-profitability';
import type { CustomerProfitability, ProfitabilityOptions } from '../profitability/types';
import type { SorterCard } from './types';

/**
 * The profitability check of chapter 3 for each card, in card order: `customerProfitability` with the
 * card's id as the customer, growth and fit passed when known. Ranks are within `cards` (the deck).
 *
 * Source: as `customerProfitability` (Kaplan & Cooper 1998; syllabus ch. 3).
 * @throws EngineError as `customerProfitability` (a card with figures out of range).
 * @example
 * // 1,000,000 元 at 20 %, service 50,000, paying in 20 days: bad debt 1,000,000 × 20/365 × 1 % = 547.95,
 * // profit 200,000 − 50,000 − 547.95 = 149,452.05
 * profitabilityOfCards([card])[0].profit // 149452.05…
 */
export function profitabilityOfCards(cards: readonly SorterCard[], options: ProfitabilityOptions = {}): CustomerProfitability[] {
  return customerProfitability(
    cards.map((card) => ({
      customer: card.id,
      revenue: card.revenue,
      marginRate: card.marginRate,
      serviceCost: card.serviceCost,
      paymentDays: card.paymentDays,
      ...(card.growth === null ? {} : { growth: card.growth }),
      ...(card.fit === null ? {} : { strategicFit: card.fit }),
    })),
    options,
  );
}
