import type { BgNbdParams } from '../../models/bgnbd';
import type { CustomerHistory } from './win-back-candidates';

/**
 * Chapter 10's worked example 云途电商的挽回名单: eight customers who all first bought 39 weeks ago, with their
 * purchases, weeks since the last purchase and gross margin; the BG/NBD parameters the chapter borrows (Fader,
 * Hardie & Lee 2005's CDNOW estimates, weeks) and the thresholds (active from 0.80, lost below 0.10). As
 * histories: x = purchases − 1, t_x = 39 − weeks since the last purchase, T = 39.
 * Source: course chapter 10, 第四节 (fixture `win-back-priority-yuntu`, P(alive) values `p-alive-yuntu-*`).
 */
export const WIN_BACK_CHAPTER_EXAMPLE: {
  readonly params: BgNbdParams;
  readonly activeFrom: number;
  readonly lostBelow: number;
  /** The chapter rounds P(alive) to two decimals before multiplying. */
  readonly pAliveDecimals: number;
  readonly customers: readonly CustomerHistory[];
} = Object.freeze({
  params: Object.freeze({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }),
  activeFrom: 0.8,
  lostBelow: 0.1,
  pAliveDecimals: 2,
  customers: Object.freeze(
    ([
      ['C01', 21, 9, 3000],
      ['C02', 5, 19, 1200],
      ['C03', 13, 3, 2000],
      ['C04', 4, 29, 800],
      ['C05', 9, 14, 2500],
      ['C06', 16, 13, 4000],
      ['C07', 7, 2, 900],
      ['C08', 3, 25, 600],
    ] as const).map(([customer, purchases, weeksSilent, value]) => Object.freeze({ customer, x: purchases - 1, t_x: 39 - weeksSilent, T: 39, value })),
  ),
});
