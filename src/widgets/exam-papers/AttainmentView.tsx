import { useRef, useState } from 'preact/hooks';
import { courseAttainment, DEFAULT_ATTAINMENT_TARGET, readScoreSheet, scoreSheetHeaders, type CourseAttainment, type ScoreSheet, type SheetLayout } from '../../engine/exam';
import { readTextColumns } from '../../engine/ingest/read-text-columns';
import { toCsv } from '../../engine/core/csv-export';
import { ChartCanvas } from '../shared/ChartCanvas';
import { downloadText, today } from '../shared/download';
import { learnerMessage } from '../shared/learner-message';
import { isEngineError } from '../../engine/core/errors';
import { attainmentChart } from './charts';
import { ReportTable } from './ReportTable';
import { attainmentText, reportModel, type ReportModel } from './report-model';

interface Props {
  /** The layout of each paper's sheet, by label. */
  layouts: { readonly A: SheetLayout; readonly B: SheetLayout };
  course: string;
  plan: string;
  objectives: readonly string[];
}

/** The template for Excel: the header row, then the full marks (a row the reader skips). */
export function templateCsv(layout: SheetLayout): string {
  const headers = scoreSheetHeaders(layout);
  const full = ['满分', '', ...layout.sections.flatMap((s) => s.questions.map((q) => q.full)), ...layout.coursework.map(() => 100)];
  return toCsv([full], headers.map((header, i) => ({ header, value: (row: (string | number)[]) => row[i] })));
}

/** 课程目标达成度: the score sheet in, 达成度 per objective, per student and per class out, with a chart and a report. */
export function AttainmentView({ layouts, course, plan, objectives }: Props) {
  const [paper, setPaper] = useState<'A' | 'B'>('A');
  const [target, setTarget] = useState(DEFAULT_ATTAINMENT_TARGET);
  const [sheet, setSheet] = useState<{ sheet: ScoreSheet; name: string } | null>(null);
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const layout = layouts[paper];

  let result: CourseAttainment | null = null;
  let failure = '';
  if (sheet) {
    try {
      result = courseAttainment(sheet.sheet, target);
    } catch (caught) {
      if (!isEngineError(caught)) throw caught;
      failure = learnerMessage(caught);
    }
  }
  const report: ReportModel | null = result && sheet ? reportModel(result, sheet.sheet, { course, plan, paper: `${paper} 卷`, objectives }) : null;

  const onFile = async (file: File | undefined) => {
    if (input.current) input.current.value = '';
    if (!file) return;
    setError('');
    setStatus(`正在读取“${file.name}”……`);
    try {
      const table = await readTextColumns(file.stream());
      setSheet({ sheet: readScoreSheet(table, layout), name: file.name });
      setStatus(`已读取“${file.name}”。`);
    } catch (caught) {
      setSheet(null);
      setStatus('');
      setError(isEngineError(caught) ? learnerMessage(caught) : `文件无法读取（${caught instanceof Error ? caught.message : String(caught)}）。`);
    }
  };
  const exportDocx = async () => {
    if (!report) return;
    setStatus('正在生成 Word 文档……');
    try {
      const { reportDocx, docxBytes } = await import('./docx');
      downloadText(`课程目标达成度报告-${paper}卷-${today()}.docx`, await docxBytes(reportDocx(report)), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
      setStatus('已导出 Word 文档。');
    } catch {
      setStatus('Word 文档没有生成（可能是离线后第一次导出，这部分页面还没有缓存）。请联网后再试，或先打印。');
    }
  };

  return (
    <div class="xp-attainment">
      <p>
        上传记录每个学生每道题（或每个大题）得分的成绩表（CSV，Excel“另存为 CSV”即可，UTF-8 或 GBK 均可），计算各课程目标的达成度。先下载与试卷对应的模板：每题一列（一1、一2……），也可以每个大题一列（一、二……）；平时成绩按百分制填写。成绩只在这台电脑上计算，不会上传。
      </p>
      <div class="tool-row">
        <label class="xp-field">
          试卷
          <select
            value={paper}
            onChange={(e) => {
              setPaper(e.currentTarget.value as 'A' | 'B');
              setSheet(null);
            }}
          >
            <option value="A">A 卷</option>
            <option value="B">B 卷</option>
          </select>
        </label>
        <button type="button" class="btn" onClick={() => downloadText(`成绩表模板-${paper}卷.csv`, templateCsv(layout), 'text/csv;charset=utf-8')}>
          下载成绩表模板
        </button>
        <label class="btn file-button">
          上传成绩表
          <input ref={input} type="file" accept=".csv,text/csv" class="visually-hidden" onChange={(e) => void onFile(e.currentTarget.files?.[0])} />
        </label>
        <label class="xp-field">
          期望值
          <input type="number" min={0.1} max={1} step={0.05} value={target} onInput={(e) => setTarget(Number(e.currentTarget.value) || DEFAULT_ATTAINMENT_TARGET)} />
        </label>
      </div>
      <p class="status" role="status">
        {status}
      </p>
      {(error || failure) && (
        <p class="widget-error" role="alert">
          {error || failure}
        </p>
      )}
      {sheet && sheet.sheet.issues.length > 0 && (
        <div class="xp-issues" role="alert">
          <p>
            <strong>成绩表中有 {sheet.sheet.issues.length} 处问题，所在的行没有计入：</strong>
          </p>
          <ul>
            {sheet.sheet.issues.map((issue, i) => (
              <li key={i}>
                第 {issue.line} 行{issue.column ? `“${issue.column}”列` : ''}：{issue.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {sheet && (sheet.sheet.absent.length > 0 || sheet.sheet.warnings.length > 0) && (
        <ul class="xp-notes">
          {sheet.sheet.absent.length > 0 && <li>缺考（未计入）：{sheet.sheet.absent.map((a) => `${a.name || a.id}（第 ${a.line} 行）`).join('、')}。</li>}
          {sheet.sheet.warnings.map((w, i) => (
            <li key={i}>{w}</li>
          ))}
        </ul>
      )}
      {result && report && (
        <section class="xp-report" aria-label="课程目标达成度">
          <h4>{report.title}</h4>
          <ul class="xp-facts">
            {report.facts.slice(0, 4).map((f, i) => (
              <li key={i}>{f}</li>
            ))}
          </ul>
          <ReportTable rows={report.objectiveTable} label="各课程目标的达成度" className="xp-result" rowHeaders />
          <p class="xp-overall">
            课程达成度：<strong>{attainmentText(result.overall)}</strong>
          </p>
          <ChartCanvas {...attainmentChart(result)} />
          {report.analysis.map((a, i) => (
            <p key={i}>{a}</p>
          ))}
          <details>
            <summary>学生达成度明细（{result.students.length} 人）</summary>
            <ReportTable rows={report.studentTable} label="学生达成度明细" className="xp-students" rowHeaders={false} />
          </details>
          <div class="tool-row no-print">
            <button type="button" class="btn primary" onClick={() => void exportDocx()}>
              导出达成度报告（Word）
            </button>
            <button type="button" class="btn" onClick={() => window.print()}>
              打印报告
            </button>
          </div>
        </section>
      )}
    </div>
  );
}
