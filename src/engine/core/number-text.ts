/**
 * Numbers written for Chinese readers, the same on every machine (no locale data). One rule for every widget's
 * tables and status lines (and the CSV exports, see `csv-export.ts`), so figures of one kind line up:
 *
 * | kind | function | example |
 * | --- | --- | --- |
 * | counts (customers, rows, orders) | `groupedNumber(n)` | 1,234 |
 * | money (元, value, monetary, CLV) | `moneyText` | 1,234.50 |
 * | shares and rates | `percentText` | 27.5% (a customer's tiny share of a total: `percentText(x, 2)`) |
 * | settings the learner typed (weights, targets, cut-offs) | `settingPercentText`, `groupedNumber(x, 2)` | 30%, 12.5% |
 * | scores, means, gaps, indices, days on average | `meanText` | 4.10, −1.60 |
 * | model parameters, probabilities, AUC | `parameterText` | 0.243 |
 *
 * Trailing zeros are kept (4.10 beside 4.52), negatives take the true minus sign (−1.60), and a value that rounds
 * to zero has no sign. Settings the learner typed (a 70% cut-off) are shown as typed; worked examples written out
 * by hand (the chapter's 220 + 260 = 480) use `groupedNumber(x, 2)`, which drops trailing zeros.
 * @example groupedNumber(1234567.891, 2) // '1,234,567.89'
 * @example groupedNumber(1450, 2) // '1,450'
 * @example moneyText(1450) // '1,450.00'
 * @example percentText(0.5) // '50.0%'
 */
export function groupedNumber(value: number, decimals = 0, keepZeros = false): string {
  if (!Number.isFinite(value)) return String(value);
  const fixed = Math.abs(value).toFixed(decimals);
  const [whole, fraction = ''] = fixed.split('.');
  const kept = keepZeros ? fraction : fraction.replace(/0+$/, '');
  const text = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (kept ? `.${kept}` : '');
  return value < 0 && Number(fixed) !== 0 ? `−${text}` : text;
}

/** Money: thousands separators and always two decimals. @example moneyText(-12.5) // '−12.50' */
export function moneyText(value: number): string {
  return groupedNumber(value, 2, true);
}

/** Scores, means, gaps and indices: two decimals, kept. @example meanText(4.1) // '4.10' */
export function meanText(value: number): string {
  return groupedNumber(value, 2, true);
}

/** Model parameters, probabilities and AUC: three decimals, kept. @example parameterText(0.2426) // '0.243' */
export function parameterText(value: number): string {
  return groupedNumber(value, 3, true);
}

/** A setting the learner typed, as typed (a weight of 30% or 12.5%, a service level of 80%). @example settingPercentText(0.125) // '12.5%' */
export function settingPercentText(share: number): string {
  return `${groupedNumber(share * 100, 2)}%`;
}

/** A share 0..1 as a percentage with `decimals` places, kept. @example percentText(0.27516) // '27.5%' */
export function percentText(share: number, decimals = 1): string {
  return `${groupedNumber(share * 100, decimals, true)}%`;
}
