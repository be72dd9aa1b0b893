/**
 * Folds full-width ASCII forms (U+FF01–U+FF5E, as typed with a Chinese input method) to their
 * half-width twins, the ideographic space U+3000 to a plain space, and the minus sign U+2212 to '-'.
 * Returns the same string when there is nothing to fold (the common case costs one scan).
 *
 * Source: Unicode Standard, "Halfwidth and Fullwidth Forms" block (U+FF00–U+FFEF).
 * @example toHalfWidth('１２３．５０') // '123.50'
 * @example toHalfWidth('ＣｕｓｔｏｍｅｒＩＤ') // 'CustomerID'
 */
export function toHalfWidth(text: string): string {
  let i = 0;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0xff01 && c <= 0xff5e) || c === 0x3000 || c === 0x2212) break;
  }
  if (i === text.length) return text;
  let out = text.slice(0, i);
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0x3000) out += ' ';
    else if (c === 0x2212) out += '-';
    else out += text[i];
  }
  return out;
}
