import { useState } from 'preact/hooks';
import type { Worksheet } from '../../content-schema/worksheet-schema';
import type { Identity } from '../../stores/identity';
import type { FieldEntry } from '../../stores/worksheets';
import { pageText } from '../../i18n/page-conversion';
import { downloadText, today } from '../shared/download';
import { toHandIn, type LabRef } from './hand-in';
import { worksheetToMarkdown } from './markdown';

interface Props {
  lab: LabRef;
  sheet: Worksheet;
  stored: Readonly<Record<string, FieldEntry>>;
  identity: Identity;
  missing: number;
  onPrint: () => void;
}

/** A file name from the learner's own words: characters Windows refuses become “-”. */
const namePart = (text: string) => text.trim().replace(/[\\/:*?"<>|\s]+/g, '-');

/** Export the worksheet as Word (.docx), Markdown or the JSON the teacher marks; print it on A4. */
export function ExportTools({ lab, sheet, stored, identity, missing, onPrint }: Props) {
  const [status, setStatus] = useState('');
  const base = [pageText('实训报告'), lab.title, identity.studentId, identity.name].map(namePart).filter(Boolean).join('-');
  const still = missing > 0 ? `（还缺 ${missing} 项，补上后可以再导出）` : '';

  const exportDocx = async () => {
    setStatus('正在生成 Word 文档…');
    try {
      const { worksheetDocx } = await import('./docx');
      const blob = await worksheetDocx(lab.title, sheet, stored, { identity });
      downloadText(`${base}-${today()}.docx`, new Uint8Array(await blob.arrayBuffer()), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
      setStatus(`已导出 Word 文档${still}。`);
    } catch {
      setStatus('Word 文档没有生成（可能是离线后第一次导出，页面的这部分还没有缓存）。请联网后再试，或先导出 Markdown。');
    }
  };
  const exportMarkdown = () => {
    downloadText(`${base}-${today()}.md`, worksheetToMarkdown(lab.title, sheet, stored, { identity, words: pageText }), 'text/markdown;charset=utf-8');
    setStatus(`已导出 Markdown 文件${still}。`);
  };
  const exportJson = () => {
    downloadText(`${base}-${today()}.json`, toHandIn(lab, sheet, stored, identity), 'application/json');
    setStatus(`已导出 JSON 文件，交给老师评分用${still}。`);
  };

  return (
    <div class="ws-export no-print">
      <div class="tool-row">
        <button type="button" class="btn primary" onClick={() => void exportDocx()}>
          导出 Word（.docx）
        </button>
        <button type="button" class="btn" onClick={exportMarkdown}>
          导出 Markdown
        </button>
        <button type="button" class="btn" onClick={exportJson}>
          导出 JSON（交作业）
        </button>
        <button type="button" class="btn" onClick={onPrint}>
          打印
        </button>
      </div>
      <p class="status" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
