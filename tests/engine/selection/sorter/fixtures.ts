import { readFileSync } from 'node:fs';
import { readTable } from '~/engine/ingest/read-table';
import { LOGISTICS_CARD_COLUMNS, cardsFromLogisticsTable, type SorterCard } from '~/engine/selection/sorter';

/** A card with sensible defaults (a small, plain, on-time customer); amounts in 元. */
export function card(id: string, figures: Partial<SorterCard> = {}): SorterCard {
  return Object.freeze({
    id, name: `客户${id}`, industry: '快消品', region: '华东', years: 3, revenue: 1_000_000, marginRate: 0.2, shipments: null,
    specialRequests: null, serviceCost: 10_000, paymentDays: 20, growth: 0, fit: 0.6, status: '合作中', note: '', ...figures,
  });
}

/** A good customer: 30 % margin, cost to serve 1 % of revenue, 20-day payment, +10 % growth, fit 0.8. */
const good = (revenue: number, more: Partial<SorterCard> = {}) => ({ revenue, marginRate: 0.3, serviceCost: revenue * 0.01, paymentDays: 20, growth: 0.1, fit: 0.8, ...more });

/**
 * Twenty customers built so that every verdict and every trap can be worked out by hand (default rule:
 * bad debt = revenue × days / 365 × (1 % + 5 % per 30 days beyond 30)). Revenue ranks 1–20 in this order;
 * with 20 customers 大客户 = ranks 1–4, the smaller half = ranks 11–20.
 *   G1  bad   loss: gross 2.5 M < cost 4 M; 150 days; fit 0.35                       giant-loss
 *   B2  bad   100 days (credit risk); p = 0.01 + 0.05 × 70/30 = 0.1267, bad debt 40 M × 100/365 × p = 1.388 M,
 *             profit 3.2 − 1.0 − 1.388 = 0.812 M > 0                                   big-thin
 *   BG  good  30 % margin, 1 % cost, 20 days, +10 %, fit 0.8 (profit margin ≈ 28.9 %)  big-good
 *   W4  watch 60 days (late), profit 4 − 0.4 − 0.197 = 3.40 M (17 %)
 *   M5  good;  M6 bad (loss: gross 0.8 M < cost 1 M; 40 days; fit 0.5)
 *   LP  bad   150 days, margin 20 %, fit 0.6, growth 0: p = 0.21, bad debt 0.604 M, profit 0.656 M   late-payer
 *   CH  watch left (已流失), growth −60 %                                                churned
 *   PF  bad   loss (gross 0.25 M < cost 0.6 M), fit 0.2                                  poor-fit
 *   M10 watch 50 days
 *   S11 good; ST good, margin 40 % (profit margin ≈ 38.9 %, the highest)                small-star
 *   SU  good, new (0 years), growth +80 %                                                 start-up
 *   SU2 good, new, growth +50 %
 *   SL  bad   loss (gross 75 k < cost 100 k), on time, fit 0.9, 3 years                   small-loss
 *   SL2 bad   loss (gross 40 k < cost 60 k), fit 0.6
 *   S17 bad   120 days (credit risk), profit 60 − 3 − 15.8 = 41.2 k > 0
 *   S18 watch 45 days;  S19 good;  S20 bad (loss: gross 5 k < cost 20 k, 40 days)
 */
export const TWENTY: readonly SorterCard[] = Object.freeze([
  card('G1', { revenue: 50e6, marginRate: 0.05, serviceCost: 4e6, paymentDays: 150, growth: 0.15, fit: 0.35 }),
  card('B2', { revenue: 40e6, marginRate: 0.08, serviceCost: 1e6, paymentDays: 100, growth: 0.05, fit: 0.55 }),
  card('BG', good(30e6)),
  card('W4', { revenue: 20e6, marginRate: 0.2, serviceCost: 400e3, paymentDays: 60, growth: 0, fit: 0.6 }),
  card('M5', good(9e6)),
  card('M6', { revenue: 8e6, marginRate: 0.1, serviceCost: 1e6, paymentDays: 40, growth: 0, fit: 0.5 }),
  card('LP', { revenue: 7e6, marginRate: 0.2, serviceCost: 140e3, paymentDays: 150, growth: 0, fit: 0.6 }),
  card('CH', { revenue: 6e6, marginRate: 0.2, serviceCost: 120e3, paymentDays: 25, growth: -0.6, fit: 0.85, status: '已流失', years: 8 }),
  card('PF', { revenue: 5e6, marginRate: 0.05, serviceCost: 600e3, paymentDays: 40, growth: 0, fit: 0.2 }),
  card('M10', { revenue: 4e6, marginRate: 0.2, serviceCost: 80e3, paymentDays: 50, growth: 0, fit: 0.6 }),
  card('S11', good(900e3)),
  card('ST', good(800e3, { marginRate: 0.4, paymentDays: 15, growth: 0.3, fit: 0.9 })),
  card('SU', good(700e3, { marginRate: 0.25, paymentDays: 25, growth: 0.8, years: 0, status: '新签约' })),
  card('SU2', good(600e3, { marginRate: 0.25, paymentDays: 25, growth: 0.5, years: 0, status: '新签约' })),
  card('SL', { revenue: 500e3, marginRate: 0.15, serviceCost: 100e3, paymentDays: 30, growth: 0.05, fit: 0.9, years: 3 }),
  card('SL2', { revenue: 400e3, marginRate: 0.1, serviceCost: 60e3, paymentDays: 30, growth: 0.05, fit: 0.6, years: 2 }),
  card('S17', { revenue: 300e3, marginRate: 0.2, serviceCost: 3e3, paymentDays: 120, growth: 0, fit: 0.5 }),
  card('S18', { revenue: 200e3, marginRate: 0.2, serviceCost: 2e3, paymentDays: 45, growth: 0, fit: 0.6 }),
  card('S19', good(100e3)),
  card('S20', { revenue: 50e3, marginRate: 0.1, serviceCost: 20e3, paymentDays: 40, growth: 0, fit: 0.5, years: 4 }),
]);

/** The verdicts of TWENTY, worked by hand as noted above. */
export const TWENTY_VERDICTS: Readonly<Record<string, 'good' | 'watch' | 'bad'>> = Object.freeze({
  G1: 'bad', B2: 'bad', BG: 'good', W4: 'watch', M5: 'good', M6: 'bad', LP: 'bad', CH: 'watch', PF: 'bad', M10: 'watch',
  S11: 'good', ST: 'good', SU: 'good', SU2: 'good', SL: 'bad', SL2: 'bad', S17: 'bad', S18: 'watch', S19: 'good', S20: 'bad',
});

export const LOGISTICS_CSV = 'public/datasets/logistics-customers.csv';

/** The bundled logistics file read the way the widget reads it. */
export async function bundledCards(): Promise<SorterCard[]> {
  const bytes = new Uint8Array(readFileSync(LOGISTICS_CSV));
  const table = await readTable((async function* () { yield bytes; })(), { columns: LOGISTICS_CARD_COLUMNS });
  return cardsFromLogisticsTable(table).cards;
}

/** The bundled file's raw rows, split by hand (its only quoted column, 备注, is the last). */
export function bundledRows(): Record<string, string>[] {
  const [head, ...lines] = readFileSync(LOGISTICS_CSV, 'utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/);
  const columns = head!.split(',');
  return lines.map((line) => {
    const cells = line.split(',');
    return Object.fromEntries(columns.slice(0, -1).map((name, i) => [name, cells[i]!]));
  });
}
