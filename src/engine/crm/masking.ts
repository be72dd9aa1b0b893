import { EngineError } from '../core/errors';
import { normalisePhone } from './duplicates';

/**
 * A phone number as shown before anyone asks to see it: the first 3 and last 4 digits (138****5678), the way
 * Chinese apps and the national standard's examples show a mobile number (GB/T 35273-2020, 去标识化 / 展示限制).
 * The country code 86 is dropped first; numbers under 8 digits keep only their last 2. Empty stays empty.
 * @example maskPhone('13812345678') // '138****5678'
 */
export function maskPhone(phone: string): string {
  const text = phone.trim();
  if (text === '') return '';
  const digits = normalisePhone(text);
  if (digits.length >= 8) return `${digits.slice(0, 3)}${'*'.repeat(digits.length - 7)}${digits.slice(-4)}`;
  return `${'*'.repeat(Math.max(0, digits.length - 2))}${digits.slice(-2)}`;
}

/**
 * An ID number (身份证号, 统一社会信用代码) as shown by default: the first 3 and last 4 characters, the birth date
 * and everything between hidden (110***********1234). Under 8 characters: all but the last 2 hidden.
 * @example maskIdNumber('110101199003071234') // '110***********1234'
 */
export function maskIdNumber(id: string): string {
  const text = id.trim().replace(/\s/g, '');
  if (text === '') return '';
  if (text.length >= 8) return `${text.slice(0, 3)}${'*'.repeat(text.length - 7)}${text.slice(-4)}`;
  return `${'*'.repeat(Math.max(0, text.length - 2))}${text.slice(-2)}`;
}

/** The shortest reason accepted for showing a masked number, in characters. */
export const MIN_REVEAL_REASON = 4;

/**
 * Checks the reason given for showing a masked number (the privacy lesson: access to personal information needs
 * a purpose, and the purpose is logged). Returns the trimmed reason.
 * @throws EngineError `reveal-reason-missing` for a reason shorter than `MIN_REVEAL_REASON` characters.
 */
export function checkRevealReason(reason: string): string {
  const text = reason.trim();
  if ([...text].length < MIN_REVEAL_REASON) {
    throw new EngineError('reveal-reason-missing', `请写明查看完整号码的理由（至少 ${MIN_REVEAL_REASON} 个字）(give a reason of at least ${MIN_REVEAL_REASON} characters)`);
  }
  return text;
}
