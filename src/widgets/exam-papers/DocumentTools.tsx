import { useState } from 'preact/hooks';
import { downloadText } from '../shared/download';
import type { KeyDocument, PaperDocument } from './paper-model';

type Props = { kind: 'paper'; doc: PaperDocument; name: string } | { kind: 'key'; doc: KeyDocument; name: string };

/** 打印 and 导出 Word for a paper or its key. */
export function DocumentTools(props: Props) {
  const [status, setStatus] = useState('');
  const exportDocx = async () => {
    setStatus('正在生成 Word 文档……');
    try {
      const { paperDocx, keyDocx, docxBytes } = await import('./docx');
      const doc = props.kind === 'paper' ? paperDocx(props.doc) : keyDocx(props.doc);
      downloadText(`${props.name}.docx`, await docxBytes(doc), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
      setStatus('已导出 Word 文档。');
    } catch {
      setStatus('Word 文档没有生成（可能是离线后第一次导出，这部分页面还没有缓存）。请联网后再试，或先打印。');
    }
  };
  return (
    <div class="tool-row no-print xp-doc-tools">
      <button type="button" class="btn primary" onClick={() => window.print()}>
        打印（A4）
      </button>
      <button type="button" class="btn" onClick={() => void exportDocx()}>
        导出 Word（.docx）
      </button>
      <span class="status" role="status">
        {status}
      </span>
    </div>
  );
}
