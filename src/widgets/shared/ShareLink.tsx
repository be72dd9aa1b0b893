import { useState } from 'preact/hooks';

interface Props {
  /** Builds the link when the button is pressed (from the widget's current state). */
  makeUrl: () => string;
  /** What the link leaves out, said when it is copied (e.g. an uploaded file: `uploadedFilesNote`), or null. */
  leftOut?: () => string | null;
}

/**
 * “复制链接”: copies a link that reopens the widget in its current state; shows the link when copying is not
 * allowed. A link carries settings only: when the widget shows something the link cannot carry (the learner's
 * own file), the confirmation says so instead of promising the same view.
 */
export function ShareLink({ makeUrl, leftOut }: Props) {
  const [shown, setShown] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const copy = async () => {
    const link = makeUrl();
    const missing = leftOut?.() ?? null;
    try {
      await navigator.clipboard.writeText(link);
      setMessage(missing ? `链接已复制。${missing}` : '链接已复制，发给学生即可打开同样的设置。');
      setShown(null);
    } catch {
      setShown(link);
      setMessage(`浏览器不允许自动复制，请手动复制下面的链接。${missing ?? ''}`);
    }
  };
  return (
    <span class="share-link">
      <button type="button" class="btn" onClick={() => void copy()}>
        复制链接
      </button>
      <span class="status" role="status">
        {message}
      </span>
      {shown && <input type="text" readOnly value={shown} aria-label="分享链接" onFocus={(e) => e.currentTarget.select()} />}
    </span>
  );
}
