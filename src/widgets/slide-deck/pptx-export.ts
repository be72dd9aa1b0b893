import PptxGenJS from 'pptxgenjs';
import QRCode from 'qrcode';
import { downloadText } from '../shared/download';
import { readDeck } from './pptx-read';
import { deckToPptx } from './pptx-write';

const PPTX_TYPE = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

/** The deck on the page as a .pptx download (this module and its libraries load only when the teacher asks). */
export async function saveDeckAsPptx(deck: HTMLElement, pageUrl: string): Promise<void> {
  const spec = readDeck(deck, pageUrl);
  const bytes = await deckToPptx(spec, {
    Pptx: PptxGenJS,
    qr: (url) => {
      const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
      return { size: modules.size, isDark: (row, column) => Boolean(modules.get(row, column)) };
    },
  });
  downloadText(`${spec.title}.pptx`, bytes, PPTX_TYPE);
}
