/** 12345.6 → '12,346' (no locale data needed, so the same everywhere). */
export function yuan(value: number): string {
  const rounded = Math.round(Math.abs(value)).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return value < 0 && rounded !== '0' ? `-${rounded}` : rounded;
}

/** 0.0345 → '3.5%'. */
export function percent(share: number): string {
  return `${Number((share * 100).toFixed(1))}%`;
}
