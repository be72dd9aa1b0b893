/** One code found in pasted text. */
export interface FoundCode {
  /** The code as written, made half-width (NFKC). */
  readonly code: string;
  /** The line of the pasted text it is on, from 1. */
  readonly line: number;
}

/** `CRM`, a format number, `-`, then base-32 characters; the code ends where they do. */
const CODE = /CRM\d+-[0-9A-Za-z]+/gi;

/**
 * Every result code in a text (a whole chat export, a spreadsheet column, an e-mail), in order, with its line.
 * Full-width letters typed with a Chinese input method are read half-width. A code glued to letters before it
 * (`xCRM1-…`) is still found; the code runs to the first character that is not a letter or digit.
 * @throws never.
 * @example findResultCodes('张三：CRM1-ABC12\n李四：好的') // [{ code: 'CRM1-ABC12', line: 1 }]
 */
export function findResultCodes(text: string): FoundCode[] {
  const found: FoundCode[] = [];
  text
    .normalize('NFKC')
    .split(/\r\n|\r|\n/)
    .forEach((line, i) => {
      for (const match of line.matchAll(CODE)) found.push({ code: match[0], line: i + 1 });
    });
  return found;
}
