import { useState } from 'preact/hooks';
import type { Submission } from '../../engine/result-code/class-submissions';
import { gradebook, gradebookCsv, submissionRows, type Gradebook } from '../../engine/result-code/gradebook';
import type { RosterEntry } from '../../engine/result-code/roster';
import { downloadText, today } from '../shared/download';
import { activityInfo, type BoardCatalogue } from './catalogue';

interface Props {
  catalogue: BoardCatalogue;
  roster: readonly RosterEntry[];
  submissions: readonly Submission[];
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The gradebook (成绩册) as CSV or .xlsx: one row per student, a column per activity; the .xlsx adds every submission. */
export function GradebookExport({ catalogue, roster, submissions }: Props) {
  const [status, setStatus] = useState('');
  const labelOf = (activity: string) => activityInfo(activity, catalogue).label;
  const book = (): Gradebook => {
    const activities = [...new Set(submissions.map((s) => s.record.activity))].map((activity) => ({ activity, label: labelOf(activity) }));
    return gradebook(roster, submissions, activities);
  };
  const csv = () => {
    downloadText(`成绩册-${today()}.csv`, gradebookCsv(book()), 'text/csv;charset=utf-8');
    setStatus('成绩册（CSV）已导出。');
  };
  const xlsx = async () => {
    const { writeXlsx } = await import('./xlsx');
    const main = book();
    const all = submissionRows(submissions, labelOf, -new Date().getTimezoneOffset());
    const bytes = writeXlsx([
      { name: '成绩册', rows: [main.header, ...main.rows] },
      { name: '全部提交', rows: [all.header, ...all.rows] },
    ]);
    downloadText(`成绩册-${today()}.xlsx`, bytes, XLSX_TYPE);
    setStatus('成绩册（Excel）已导出：第一页是成绩册，第二页是全部提交。');
  };
  const empty = roster.length === 0 && submissions.length === 0;
  return (
    <>
      <p class="tool-row">
        <button type="button" class="btn" onClick={csv} disabled={empty}>
          导出成绩册（CSV）
        </button>
        <button type="button" class="btn" onClick={() => void xlsx()} disabled={empty}>
          导出成绩册（Excel）
        </button>
      </p>
      <p class="status" role="status">
        {status}
      </p>
    </>
  );
}
