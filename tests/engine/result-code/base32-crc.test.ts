import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BASE32_ALPHABET, crc16, decodeBase32, encodeBase32 } from '~/engine/result-code';

describe('encodeBase32 / decodeBase32 (Crockford)', () => {
  // Worked by hand: 0x66 = 01100 110·00 → 12, 24 → C, R; 0xFF = 11111 111·00 → Z, W.
  it.each([
    [[], ''],
    [[0x00], '00'],
    [[0x66], 'CR'],
    [[0xff], 'ZW'],
    [[0x12, 0x34, 0x56, 0x78, 0x9a], '28T5CY4T'],
  ])('%j ↔ %s', (bytes, text) => {
    expect(encodeBase32(Uint8Array.from(bytes))).toBe(text);
    expect(decodeBase32(text)).toEqual({ ok: true, bytes: Uint8Array.from(bytes) });
  });

  it('reads lower case and the look-alikes O → 0, I and L → 1', () => {
    expect(decodeBase32('cr')).toEqual({ ok: true, bytes: Uint8Array.of(0x66) });
    expect(decodeBase32('O0')).toEqual(decodeBase32('00'));
    expect(decodeBase32('1G')).toEqual(decodeBase32('IG'));
    expect(decodeBase32('lg')).toEqual(decodeBase32('1G'));
  });

  it('refuses U, punctuation, lengths no bytes encode to, and end bits that are not 0', () => {
    expect(decodeBase32('CU')).toEqual({ ok: false, problem: 'character', position: 1 });
    expect(decodeBase32('C-')).toEqual({ ok: false, problem: 'character', position: 1 });
    expect(decodeBase32('C')).toEqual({ ok: false, problem: 'length' });
    expect(decodeBase32('CRM')).toEqual({ ok: false, problem: 'length' });
    expect(decodeBase32('ZX')).toEqual({ ok: false, problem: 'length' });
  });

  it('round-trips any bytes, and each text has one reading', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const text = encodeBase32(bytes);
        expect(text).toMatch(/^[0-9A-HJKMNP-TV-Z]*$/);
        expect(text.length).toBe(Math.ceil((bytes.length * 8) / 5));
        expect(decodeBase32(text)).toEqual({ ok: true, bytes });
      }),
    );
  });

  it('uses 32 distinct characters', () => {
    expect(new Set(BASE32_ALPHABET).size).toBe(32);
  });
});

describe('crc16 (CRC-16/CCITT-FALSE)', () => {
  // The catalogue's check value, and Python's binascii.crc_hqx(data, 0xFFFF) for the others.
  it.each([
    ['123456789', 0x29b1],
    ['', 0xffff],
    ['A', 0xb915],
  ])('%j → %i', (text, crc) => {
    expect(crc16(new TextEncoder().encode(text))).toBe(crc);
  });

  it('changes with any burst of up to 16 flipped bits', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 3, maxLength: 40 }), fc.nat(), fc.integer({ min: 1, max: 0xffff }), (bytes, where, burst) => {
        const start = where % (bytes.length * 8 - 16);
        const changed = Uint8Array.from(bytes);
        for (let k = 0; k < 16; k++) {
          if (!((burst >> k) & 1)) continue;
          const bit = start + k;
          changed[bit >> 3]! ^= 0x80 >> (bit & 7);
        }
        expect(crc16(changed)).not.toBe(crc16(bytes));
      }),
    );
  });
});
