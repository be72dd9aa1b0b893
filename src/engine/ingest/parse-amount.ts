import { toHalfWidth } from './width';

/** How to read `,` and `.` in amounts. */
export interface AmountFormat {
  /**
   * True for files whose decimal mark is a comma (`12,50`, `1.234,50`): ingest sets it for `;`-delimited
   * files, which is what Excel writes in locales with a decimal comma.
   */
  readonly decimalComma?: boolean;
}

/**
 * Amounts (and other numbers read from a file) must be smaller than this in absolute value: 10^15
 * (一千万亿) is beyond any real transaction, and above it a double no longer holds every whole fen.
 * Capping each value also keeps every sum of up to 2^31 rows finite.
 */
export const MAX_ABS_AMOUNT = 1e15;

/**
 * Why a number read from a cell cannot be used, or null: not finite (`1e400`, 400 digits) or not below
 * `MAX_ABS_AMOUNT`.
 * @example amountSizeProblem(1e16) // '数值大得不合常理（绝对值应小于 10^15，即一千万亿）'
 */
export function amountSizeProblem(value: number): string | null {
  return Math.abs(value) < MAX_ABS_AMOUNT ? null : '数值大得不合常理（绝对值应小于 10^15，即一千万亿）';
}

const CURRENCY = /[¥￥$€£＄]|元|人民币|rmb|cny|usd|us\$|hk\$|nt\$|twd|hkd|eur|gbp/gi;
const SPACES = /[\s\u00a0\u2009\u202f']/g;

function isPlainNumber(text: string): boolean {
  // -?digits(.digits)? — the shape almost every cell of a machine-written file has.
  let i = text.charCodeAt(0) === 45 ? 1 : 0;
  const start = i;
  while (i < text.length && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
  if (i === start) return false;
  if (i === text.length) return true;
  if (text.charCodeAt(i) !== 46) return false;
  const dot = ++i;
  while (i < text.length && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
  return i === text.length && i > dot;
}

const GROUPED_COMMAS = /^\d{1,3}(,\d{3})+(\.\d+)?$/;
const GROUPED_DOTS = /^\d{1,3}(\.\d{3})+(,\d+)?$/;
const DIGITS_DOT = /^\d+(\.\d+)?$/;
const DIGITS_COMMA = /^\d+(,\d+)?$/;

/**
 * Reads a money amount as a number, or NaN when the text is not one. Accepts currency signs and words
 * (`¥` `￥` `元` `RMB` `$` …) before or after the number, spaces, full-width digits, a leading `+`/`-`
 * (or `−`), `(12.50)` for a negative (accounting brackets; `(-12.50)` carries two signs and is NaN), and
 * thousands separators. With `decimalComma` false (files
 * delimited by `,`, tab or `|`): `,` groups thousands and must come in groups of three (`1,234.50`; `1,23`
 * is rejected). With `decimalComma` true (`;` files): `1.234,50` and `12,50` use the European marks.
 * An empty cell is NaN: a missing amount is a problem to report, not a zero.
 *
 * Source: the number formats Excel writes in the zh-CN, en-US and de-DE locales.
 * @example parseAmount('¥1,234.50') // 1234.5
 * @example parseAmount('(12.50)') // -12.5
 * @example parseAmount('1.234,50', { decimalComma: true }) // 1234.5
 */
export function parseAmount(text: string, format: AmountFormat = {}): number {
  if (isPlainNumber(text) && !(format.decimalComma && text.includes('.'))) return Number(text);
  let s = toHalfWidth(text).replace(CURRENCY, '').replace(SPACES, '');
  let sign = 1;
  const parenthesised = s.startsWith('(') && s.endsWith(')');
  if (parenthesised) {
    sign = -1;
    s = s.slice(1, -1);
  }
  if (s.startsWith('-') || s.startsWith('+')) {
    // `(-5)` or `(+5)`: brackets already say negative; a second sign leaves the meaning unclear.
    if (parenthesised) return Number.NaN;
    if (s[0] === '-') sign = -1;
    s = s.slice(1);
  }
  if (s === '') return Number.NaN;
  let plain: string;
  if (format.decimalComma) {
    if (GROUPED_DOTS.test(s)) plain = s.replace(/\./g, '').replace(',', '.');
    else if (DIGITS_COMMA.test(s)) plain = s.replace(',', '.');
    else if (DIGITS_DOT.test(s) || GROUPED_COMMAS.test(s)) plain = s.replace(/,/g, '');
    else return Number.NaN;
  } else if (GROUPED_COMMAS.test(s)) plain = s.replace(/,/g, '');
  else if (DIGITS_DOT.test(s)) plain = s;
  else if (/^\.\d+$/.test(s)) plain = `0${s}`;
  else return Number.NaN;
  return sign * Number(plain);
}
