/** True for the characters a cell is trimmed of: ASCII space and controls, NBSP, U+3000, BOM. */
export function isTrimmed(code: number): boolean {
  return code <= 0x20 || code === 0xa0 || code === 0x3000 || code === 0xfeff;
}
