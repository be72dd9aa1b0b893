/**
 * The 32-bit FNV-1a hash of a text's UTF-8 bytes, as an unsigned integer.
 * Used to turn a student number (or any label) into a seed.
 * Source: Fowler, Noll & Vo, "The FNV Non-Cryptographic Hash Algorithm" (IETF draft-eastlake-fnv), FNV-1a 32.
 * @throws never.
 * @example hashText('') // 2166136261 (0x811c9dc5, the offset basis)
 * @example hashText('a') // 3826002220 (0xe40c292c, from the published test vectors)
 */
export function hashText(text: string): number {
  const bytes = new TextEncoder().encode(text);
  let hash = 0x811c9dc5;
  for (const byte of bytes) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
