// A QR code as one SVG path (loaded on demand with the qrcode package: the page needs it only once a code is shown).
import { create } from 'qrcode';

/** The light margin round the symbol, in modules (the QR standard asks for four). */
const QUIET = 4;

/** The QR symbol of `text` (error correction M) as an SVG path of its dark modules, and the side in modules with the margin. */
export function qrPath(text: string): { readonly d: string; readonly size: number } {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  let d = '';
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.get(row, col)) d += `M${col + QUIET} ${row + QUIET}h1v1h-1z`;
    }
  }
  return { d, size: modules.size + 2 * QUIET };
}
