import { textWidth } from '../../content-schema/slides-size';

/** A QR code's modules: `size` × `size`, dark where `isDark`. */
export interface QrModules {
  readonly size: number;
  isDark(row: number, column: number): boolean;
}

const W = 1600;
const H = 900;
const QR_BOX = 560;

/**
 * What a live widget becomes in the .pptx: a picture (SVG, 16:9) with the widget's name, a line saying where to use
 * it, and a QR code of its slide's address. A browser cannot screenshot a widget at build time, so this stands in.
 *
 * @example widgetPicture('RFM 计算器', '互动练习：扫码或点击链接，在网页上使用', qr) // '<svg …>…</svg>'
 */
export function widgetPicture(title: string, caption: string, qr: QrModules): string {
  const titleSize = Math.min(88, Math.floor(860 / Math.max(1, textWidth(title))));
  const captionSize = Math.min(40, Math.floor(860 / Math.max(1, textWidth(caption))));
  const cell = Math.floor(QR_BOX / (qr.size + 8));
  const qrSize = cell * (qr.size + 8);
  const qrX = W - 120 - qrSize;
  const qrY = (H - qrSize) / 2;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}">`,
    `<rect width="${W}" height="${H}" fill="#e6eef7"/>`,
    `<rect x="24" y="24" width="${W - 48}" height="${H - 48}" rx="36" fill="#ffffff" stroke="#003a75" stroke-width="8"/>`,
    `<g font-family="'Microsoft YaHei','Microsoft JhengHei','PingFang SC','Noto Sans CJK SC',sans-serif" fill="#000000">`,
    `<text x="110" y="300" font-size="${captionSize}" fill="#003a75" font-weight="700">${escapeXml(caption)}</text>`,
    `<text x="110" y="${300 + titleSize + 60}" font-size="${titleSize}" font-weight="700">${escapeXml(title)}</text>`,
    '</g>',
    `<rect x="${qrX}" y="${qrY}" width="${qrSize}" height="${qrSize}" fill="#ffffff"/>`,
    `<path fill="#000000" d="${qrPath(qr, qrX + 4 * cell, qrY + 4 * cell, cell)}"/>`,
    '</svg>',
  ].join('');
}

/** The dark modules as one path of squares (a four-module quiet zone is left around it). */
export function qrPath(qr: QrModules, x0: number, y0: number, cell: number): string {
  let d = '';
  for (let row = 0; row < qr.size; row++) {
    for (let column = 0; column < qr.size; column++) {
      if (qr.isDark(row, column)) d += `M${x0 + column * cell} ${y0 + row * cell}h${cell}v${cell}h-${cell}z`;
    }
  }
  return d;
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (ch) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[ch]!);
}
