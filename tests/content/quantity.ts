/**
 * The range a quoted quantity stands for: 26 → [26, 26], 3,750 → [3750, 3750], 六 → [6, 6], 二十多 → [21, 29],
 * 十几 → [11, 19], 几千 → [2000, 9999], 一百多 → [101, 199], 上百 → [100, 199]. Null when it is not a quantity.
 */
export function quantityRange(token: string): [number, number] | null {
  const text = token.replace(/,/g, '');
  if (/^\d+(\.\d+)?万?$/.test(text)) {
    const value = Number(text.replace('万', '')) * (text.endsWith('万') ? 10_000 : 1);
    return [value, value];
  }
  if (!/^[零一二两三四五六七八九十百千万几多数上]+$/.test(text)) return null;
  const vague = text.replace(/数/g, '几');
  const upper = /^上([十百千万])$/.exec(vague);
  if (upper) {
    const unit = UNITS[upper[1]!]!;
    return [unit, 2 * unit - 1];
  }
  if (vague.endsWith('多')) {
    const base = vague.slice(0, -1);
    const value = chineseNumber(base);
    const unit = UNITS[base.at(-1)!] ?? 1;
    return value === null ? null : [value + 1, value + unit - 1];
  }
  if (vague.includes('几')) {
    // 几 before a unit is 2–9 of it (几十 20–99); after the last unit it is the last digit 1–9 (十几 11–19).
    const lastUnit = UNITS[vague.at(-1)!];
    const low = chineseNumber(vague.replace(/几(?=[十百千万])/g, '二').replace(/几$/, '一'));
    const high = chineseNumber(vague.replace(/几/g, '九'));
    if (low === null || high === null) return null;
    return [low, high + (vague.at(-2) === '几' && lastUnit ? lastUnit - 1 : 0)];
  }
  const value = chineseNumber(vague);
  return value === null ? null : [value, value];
}

const DIGITS: Record<string, number> = { 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10_000 };

/** A plain Chinese numeral (二十六, 一百二十, 三千七百五十, 十二) as a number. */
function chineseNumber(text: string): number | null {
  if (text === '') return null;
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const char of text) {
    if (char in DIGITS) {
      digit = DIGITS[char]!;
    } else if (char === '万') {
      total += (section + (digit ?? 0)) * 10_000;
      section = 0;
      digit = null;
    } else if (char in UNITS) {
      section += (digit ?? 1) * UNITS[char]!;
      digit = null;
    } else {
      return null;
    }
  }
  return total + section + (digit ?? 0);
}
