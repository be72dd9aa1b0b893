import { parseAmount } from './parse-amount';
import { utf8Text } from './utf8-cell';

const POWERS_OF_TEN = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * `parseAmount` of `text.slice(start, end)`, with a fast path for the plain shape `-?digits(.digits)?`
 * of at most 15 digits, read without making a substring. The fast path gives the same number as
 * `Number(...)`: the digits form an exact integer below 2^53 and one division by an exact power of ten
 * is correctly rounded (IEEE 754), as is `Number`'s own conversion.
 * @example amountInSpan('a,-12.50,b', 2, 8, false) // -12.5
 */
export function amountInSpan(text: string, start: number, end: number, decimalComma: boolean): number {
  let i = start;
  let negative = false;
  if (text.charCodeAt(i) === 45) {
    negative = true;
    i++;
  }
  let digits = 0;
  let value = 0;
  let scale = 0;
  let sawDot = false;
  let ok = i < end;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      value = value * 10 + (c - 48);
      digits++;
      if (sawDot) scale++;
    } else if (c === 46 && !sawDot && digits > 0 && i + 1 < end) {
      sawDot = true;
    } else {
      ok = false;
      break;
    }
  }
  if (ok && digits > 0 && digits <= 15 && !(decimalComma && sawDot && scale === 3)) {
    const result = scale === 0 ? value : value / POWERS_OF_TEN[scale]!;
    return negative ? -result : result;
  }
  return parseAmount(text.slice(start, end), { decimalComma });
}

/**
 * `amountInSpan` for a cell given as bytes `[start, end)`: the same fast path read from the bytes (ASCII is
 * the same in UTF-8 and GBK), anything else decoded by `decode` (UTF-8 unless told) and read by `parseAmount`.
 * @example amountInBytes(new TextEncoder().encode('a,-12.50,b'), 2, 8, false) // -12.5
 */
export function amountInBytes(
  bytes: Uint8Array,
  start: number,
  end: number,
  decimalComma: boolean,
  decode: (bytes: Uint8Array, start: number, end: number) => string = utf8Text,
): number {
  let i = start;
  let negative = false;
  if (bytes[i] === 45) {
    negative = true;
    i++;
  }
  let digits = 0;
  let value = 0;
  let scale = 0;
  let sawDot = false;
  let ok = i < end;
  for (; i < end; i++) {
    const c = bytes[i]!;
    if (c >= 48 && c <= 57) {
      value = value * 10 + (c - 48);
      digits++;
      if (sawDot) scale++;
    } else if (c === 46 && !sawDot && digits > 0 && i + 1 < end) {
      sawDot = true;
    } else {
      ok = false;
      break;
    }
  }
  if (ok && digits > 0 && digits <= 15 && !(decimalComma && sawDot && scale === 3)) {
    const result = scale === 0 ? value : value / POWERS_OF_TEN[scale]!;
    return negative ? -result : result;
  }
  return parseAmount(decode(bytes, start, end), { decimalComma });
}
