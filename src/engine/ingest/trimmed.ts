/** True for the characters a cell is trimmed of: ASCII space and controls, NBSP, U+3000, BOM. */
export function isTrimmed(code: number): boolean {
  return code <= 0x20 || code === 0xa0 || code === 0x3000 || code === 0xfeff;
}

/** A blank line `text[start, end)`: only delimiters and what cells are trimmed of; skipped, but counted (docs/contracts.md §4). */
export function isBlankSpan(text: string, start: number, end: number, delimiterCode: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (!isTrimmed(c) && c !== delimiterCode) return false;
  }
  return true;
}
