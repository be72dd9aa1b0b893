/** Crockford's base-32 digits: no I, L, O or U, so a code read aloud or copied by hand has fewer look-alikes. */
export const BASE32_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

const VALUES: ReadonlyMap<string, number> = new Map([
  ...[...BASE32_ALPHABET].flatMap((c, i) => [[c, i] as const, [c.toLowerCase(), i] as const]),
  ...(['O', 'o'] as const).map((c) => [c, 0] as const),
  ...(['I', 'i', 'L', 'l'] as const).map((c) => [c, 1] as const),
]);

/** True for a character `decodeBase32` reads (a digit, a letter other than U, either case). */
export function isBase32Character(char: string): boolean {
  return VALUES.has(char);
}

/**
 * Bytes as Crockford base-32 text, five bits a character, most significant bit first; the last character's unused
 * low bits are 0. ceil(8n / 5) characters for n bytes.
 * Source: D. Crockford, "Base 32" (crockford.com/base32.html), without the optional check symbol.
 * @throws never.
 * @example encodeBase32(Uint8Array.of(0xff)) // 'ZW' (11111 111·00)
 */
export function encodeBase32(bytes: Uint8Array): string {
  let text = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      text += BASE32_ALPHABET[(buffer >>> bits) & 31];
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) text += BASE32_ALPHABET[(buffer << (5 - bits)) & 31];
  return text;
}

/** Why base-32 text could not be read: a character that is no digit (its 0-based position), or a length no bytes encode to. */
export type Base32Failure = { readonly ok: false; readonly problem: 'character'; readonly position: number } | { readonly ok: false; readonly problem: 'length' };

/**
 * Reads Crockford base-32 text back into bytes. Either case; O reads as 0 and I or L as 1 (the look-alikes people
 * type). Refuses a length that `encodeBase32` never makes and unused end bits that are not 0, so every text has
 * exactly one reading.
 * @throws never: a failure is a value.
 * @example decodeBase32('zw') // { ok: true, bytes: Uint8Array [255] }
 * @example decodeBase32('ZX') // { ok: false, problem: 'length' } (an end bit set)
 */
export function decodeBase32(text: string): { readonly ok: true; readonly bytes: Uint8Array } | Base32Failure {
  const bytes = new Uint8Array(Math.floor((text.length * 5) / 8));
  if (text.length * 5 - bytes.length * 8 >= 5) return { ok: false, problem: 'length' };
  let buffer = 0;
  let bits = 0;
  let at = 0;
  for (let i = 0; i < text.length; i++) {
    const value = VALUES.get(text[i]!);
    if (value === undefined) return { ok: false, problem: 'character', position: i };
    buffer = ((buffer << 5) | value) & 0xfff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      bytes[at++] = (buffer >>> bits) & 0xff;
    }
  }
  if ((buffer & ((1 << bits) - 1)) !== 0) return { ok: false, problem: 'length' };
  return { ok: true, bytes };
}
