import { useEffect, useRef, useState } from 'preact/hooks';
import { useDomId } from '../shared/use-dom-id';
import { readQrCodes, readQrFromFile } from './qr-scan';

interface Props {
  /** Called with the texts of the QR codes read (each usually one result code). */
  onCodes: (texts: string[]) => void;
}

/** Scanning students' QR codes: from pictures (screenshots, photos) or live from the camera. */
export function CodeScanner({ onCodes }: Props) {
  const id = useDomId();
  const [status, setStatus] = useState('');
  const [camera, setCamera] = useState(false);
  const hasCamera = typeof navigator !== 'undefined' && Boolean(navigator.mediaDevices?.getUserMedia);

  const readFiles = async (input: HTMLInputElement) => {
    const files = [...(input.files ?? [])];
    input.value = '';
    if (files.length === 0) return;
    setStatus('正在识别二维码……');
    const texts: string[] = [];
    let unreadable = 0;
    for (const file of files) {
      try {
        const found = await readQrFromFile(file);
        if (found.length === 0) unreadable++;
        texts.push(...found);
      } catch {
        unreadable++;
      }
    }
    setStatus(`${files.length} 张图片中识别出 ${texts.length} 个二维码${unreadable > 0 ? `，${unreadable} 张没有找到二维码（请拍清楚、拍正）` : ''}。`);
    if (texts.length > 0) onCodes(texts);
  };

  return (
    <div class="cb-scan">
      <div class="field">
        <label for={`${id}-images`}>从图片识别二维码（截图或照片，可多选）</label>
        <input id={`${id}-images`} type="file" accept="image/*" multiple onChange={(e) => void readFiles(e.currentTarget)} />
      </div>
      {hasCamera && (
        <p class="tool-row">
          <button type="button" class="btn" aria-pressed={camera} onClick={() => setCamera(!camera)}>
            {camera ? '关闭摄像头' : '用摄像头扫码'}
          </button>
        </p>
      )}
      {camera && <CameraScan onCode={(text) => onCodes([text])} onStatus={setStatus} />}
      <p class="status" role="status">
        {status}
      </p>
    </div>
  );
}

/** The camera's picture, read a few times a second; a code read is taken once (the same code again is ignored). */
function CameraScan({ onCode, onStatus }: { onCode: (text: string) => void; onStatus: (text: string) => void }) {
  const video = useRef<HTMLVideoElement>(null);
  useEffect(() => {
    let stream: MediaStream | null = null;
    let timer = 0;
    let live = true;
    const seen = new Set<string>();
    const tick = async () => {
      const v = video.current;
      if (live && v && v.readyState >= 2 && v.videoWidth > 0) {
        for (const text of await readQrCodes(v, v.videoWidth, v.videoHeight)) {
          if (seen.has(text)) continue;
          seen.add(text);
          onCode(text);
          onStatus(`已扫到 ${seen.size} 个二维码。`);
        }
      }
      if (live) timer = window.setTimeout(() => void tick(), 300);
    };
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: 'environment' }, audio: false })
      .then((s) => {
        stream = s;
        if (!live || !video.current) return s.getTracks().forEach((t) => t.stop());
        video.current.srcObject = s;
        void video.current.play();
        onStatus('摄像头已打开：请学生把二维码对准镜头。');
        void tick();
      })
      .catch(() => onStatus('无法打开摄像头：请允许浏览器使用摄像头，或改用截图识别。'));
    return () => {
      live = false;
      window.clearTimeout(timer);
      stream?.getTracks().forEach((t) => t.stop());
    };
  }, []);
  return <video ref={video} class="cb-video" muted playsInline aria-label="摄像头画面" />;
}
