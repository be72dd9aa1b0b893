// Reading QR codes from a picture or a camera frame: the browser's BarcodeDetector where it has one (Chrome on
// Android and macOS), else jsQR, loaded only when first needed.

interface DetectedBarcode {
  readonly rawValue: string;
}
interface BarcodeDetectorLike {
  detect(source: CanvasImageSource): Promise<DetectedBarcode[]>;
}
type BarcodeDetectorClass = new (options: { formats: string[] }) => BarcodeDetectorLike;

let detector: Promise<BarcodeDetectorLike | null> | null = null;

async function nativeDetector(): Promise<BarcodeDetectorLike | null> {
  const Detector = (globalThis as { BarcodeDetector?: BarcodeDetectorClass & { getSupportedFormats?: () => Promise<string[]> } }).BarcodeDetector;
  if (!Detector) return null;
  try {
    const formats = (await Detector.getSupportedFormats?.()) ?? ['qr_code'];
    return formats.includes('qr_code') ? new Detector({ formats: ['qr_code'] }) : null;
  } catch {
    return null;
  }
}

function pixels(source: CanvasImageSource, width: number, height: number): ImageData | null {
  // Large photos are scaled down: jsQR is quick on a few hundred thousand pixels and a QR survives the scaling.
  const scale = Math.min(1, 1200 / Math.max(width, height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(width * scale));
  canvas.height = Math.max(1, Math.round(height * scale));
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) return null;
  context.drawImage(source, 0, 0, canvas.width, canvas.height);
  return context.getImageData(0, 0, canvas.width, canvas.height);
}

/** The texts of the QR codes in a picture or video frame (empty when there is none it can read). */
export async function readQrCodes(source: CanvasImageSource, width: number, height: number): Promise<string[]> {
  detector ??= nativeDetector();
  const native = await detector;
  if (native) {
    try {
      return (await native.detect(source)).map((code) => code.rawValue);
    } catch {
      // fall through to jsQR
    }
  }
  const image = pixels(source, width, height);
  if (!image) return [];
  const { default: jsQR } = await import('jsqr');
  const found = jsQR(image.data, image.width, image.height, { inversionAttempts: 'attemptBoth' });
  return found ? [found.data] : [];
}

/** The QR codes in an image file (a photo or screenshot of a student's screen). */
export async function readQrFromFile(file: Blob): Promise<string[]> {
  const bitmap = await createImageBitmap(file);
  try {
    return await readQrCodes(bitmap, bitmap.width, bitmap.height);
  } finally {
    bitmap.close();
  }
}
