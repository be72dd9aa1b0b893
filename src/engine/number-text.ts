/**
 * Numbers written for Chinese readers in sentences and tables, the same on every machine (no locale data):
 * thousands separators, a fixed number of decimals with trailing zeros dropped, percentages.
 * @example groupedNumber(1234567.891, 2) // '1,234,567.89'
 * @example groupedNumber(1450, 2) // '1,450'
 * @example percentText(0.27516) // '27.5%'
 */
export function groupedNumber(value: number, decimals = 0): string {
  if (!Number.isFinite(value)) return String(value);
  const fixed = Math.abs(value).toFixed(decimals);
  const [whole, fraction = ''] = fixed.split('.');
  const trimmed = fraction.replace(/0+$/, '');
  const text = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (trimmed ? `.${trimmed}` : '');
  return value < 0 && Number(fixed) !== 0 ? `−${text}` : text;
}

/** A share 0..1 as a percentage with `decimals` places (trailing zeros dropped). @example percentText(0.5) // '50%' */
export function percentText(share: number, decimals = 1): string {
  return `${groupedNumber(share * 100, decimals)}%`;
}
