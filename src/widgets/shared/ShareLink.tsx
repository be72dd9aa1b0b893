import { useState } from 'preact/hooks';

interface Props {
  /** Builds the link when the button is pressed (from the widget's current state). */
  makeUrl: () => string;
}

/** “复制链接”: copies a link that reopens the widget in its current state; shows the link when copying is not allowed. */
export function ShareLink({ makeUrl }: Props) {
  const [shown, setShown] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const copy = async () => {
    const link = makeUrl();
    try {
      await navigator.clipboard.writeText(link);
      setMessage('链接已复制，发给学生即可打开同样的设置。');
      setShown(null);
    } catch {
      setShown(link);
      setMessage('浏览器不允许自动复制，请手动复制下面的链接。');
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
