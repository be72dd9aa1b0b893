/**
 * CRC-16/CCITT-FALSE of some bytes: polynomial 0x1021, initial value 0xFFFF, bits taken most significant first,
 * nothing reflected or XORed at the end. It detects every error burst of up to 16 bits, so any one mistyped
 * base-32 character (5 bits) and any two neighbouring characters swapped (10 bits) are always caught.
 * Source: ITU-T V.41; the catalogue of R. Williams / G. Cook ("CRC-16/IBM-3740", check value 0x29B1).
 * @throws never.
 * @example crc16(new TextEncoder().encode('123456789')) // 0x29b1
 */
export function crc16(bytes: Uint8Array): number {
  let crc = 0xffff;
  for (const byte of bytes) {
    crc ^= byte << 8;
    for (let k = 0; k < 8; k++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
}
