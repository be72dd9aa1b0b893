/**
 * An amount in 元 shown in 万元 with one decimal and thousands separators, as the cards show it.
 * @throws never.
 * @example formatWan(45_472_000) // '4,547.2'
 * @example formatWan(-5_216_000) // '-521.6'
 */
export function formatWan(yuan: number): string {
  const tenths = Math.round(Math.abs(yuan) / 1000);
  const whole = Math.floor(tenths / 10).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const text = `${whole}.${tenths % 10}`;
  return yuan < 0 && tenths !== 0 ? `-${text}` : text;
}

/**
 * A rate as a percentage with one decimal (trailing .0 dropped).
 * @throws never.
 * @example formatRate(0.054) // '5.4%'
 * @example formatRate(-0.7) // '-70%'
 */
export function formatRate(rate: number): string {
  return `${Number((rate * 100).toFixed(1))}%`;
}
