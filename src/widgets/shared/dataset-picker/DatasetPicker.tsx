import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { groupedNumber } from '../../../engine/core/number-text';
import { chineseOnly } from '../learner-message';
import { useDomId } from '../use-dom-id';
import { ColumnMappingForm } from './ColumnMappingForm';
import type { ColumnMapping, DatasetController } from './controller';
import type { LoadReport } from './protocol';
import { sizeText, UPLOAD_LIMITS } from './upload-limit';
import './dataset-picker.css';

interface Props {
  controller: DatasetController;
  /** Called on the learner's first real choice (for progress). */
  onUse?: () => void;
  /** What the report counts, after the number (default “位客户”; e.g. “个时段” for a call log). */
  countNoun?: string;
}

const FILE_VALUE = '__file__';
const ENCODINGS: Record<string, string> = { 'utf-8': 'UTF-8', 'utf-8-bom': 'UTF-8（带 BOM）', 'utf-16le': 'UTF-16', 'utf-16be': 'UTF-16', gb18030: 'GBK/GB18030' };
const DELIMITERS: Record<string, string> = { ',': '逗号', ';': '分号', '\t': '制表符', '|': '竖线' };

/**
 * Choosing the data for an analysis: a bundled dataset or a chapter example from a list, or the learner's own
 * CSV file (a button, or drag and drop onto the box; larger files than the browser can take are refused before
 * reading); then how reading went: a progress bar with a cancel button, the column mapping the ingest guessed
 * (the learner can choose each column; a file lacking a required column asks for it), and the rows it skipped
 * and why. Everything is read in the widget's worker; nothing leaves the browser.
 */
export function DatasetPicker({ controller, onUse, countNoun = '位客户' }: Props) {
  const entries = useStore(controller.$entries);
  const choice = useStore(controller.$choice);
  const load = useStore(controller.$load);
  const fileInput = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const [listError, setListError] = useState(false);
  const id = useDomId();

  useEffect(() => {
    controller.listDatasets().catch(() => setListError(true));
  }, [controller]);

  const value = choice === null ? '' : choice.type === 'file' ? FILE_VALUE : `${choice.type}:${choice.id}`;
  const onSelect = (selected: string) => {
    if (selected === FILE_VALUE || selected === '') return;
    const [type, ...rest] = selected.split(':');
    onUse?.();
    void controller.choose({ type: type as 'bundled' | 'example', id: rest.join(':') });
  };
  const onFile = (file: File | undefined) => {
    if (!file) return;
    onUse?.();
    void controller.chooseFile(file);
  };

  return (
    <div
      class={`dataset-picker${dragging ? ' dragging' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        onFile(e.dataTransfer?.files?.[0]);
      }}
    >
      <div class="picker-row">
        <label for={`${id}-data`}>数据</label>
        <select id={`${id}-data`} value={value} onChange={(e) => onSelect(e.currentTarget.value)}>
          {choice === null && <option value="">（请选择）</option>}
          {controller.examples.length > 0 && (
            <optgroup label="课本例题">
              {controller.examples.map((ex) => (
                <option value={`example:${ex.id}`} key={ex.id}>{ex.title}</option>
              ))}
            </optgroup>
          )}
          {entries.length > 0 && (
            <optgroup label="课程数据集">
              {entries.map((entry) => (
                <option value={`bundled:${entry.id}`} key={entry.id}>
                  {entry.title}（{groupedNumber(entry.rows)} 行）
                </option>
              ))}
            </optgroup>
          )}
          {choice?.type === 'file' && <option value={FILE_VALUE}>我的文件：{choice.name}</option>}
        </select>
        <button type="button" class="btn" onClick={() => fileInput.current?.click()}>
          上传 CSV 文件…
        </button>
        <input ref={fileInput} type="file" accept=".csv,.tsv,.txt,text/csv" hidden onChange={(e) => {
          onFile(e.currentTarget.files?.[0]);
          e.currentTarget.value = '';
        }} />
      </div>
      <p class="picker-hint">
        也可以把 CSV 文件拖到这个框里。支持 Excel 保存的 GBK 文件和 UTF-8 文件，中文或英文表头，最大 {sizeText(UPLOAD_LIMITS[controller.mode])}；文件只在你的浏览器里处理，不会上传。
      </p>
      {listError && <p class="picker-note">课程数据集列表暂时无法载入，仍可使用例题或上传自己的文件。</p>}

      {load.phase === 'loading' && (
        <div class="picker-progress" role="status">
          <label for={`${id}-progress`}>正在读取“{load.name}”：{Math.round(load.fraction * 100)}%</label>
          <progress id={`${id}-progress`} max={100} value={Math.round(load.fraction * 100)} />
          <button type="button" class="btn" onClick={() => controller.cancel()}>取消</button>
        </div>
      )}
      {load.phase === 'error' && load.code === 'aborted' && <p class="status" role="status">{load.message}</p>}
      {load.phase === 'error' && load.code !== 'aborted' && (
        <div class="picker-error" role="alert">
          <p><strong>这个文件无法分析。</strong>{load.message}</p>
          {load.columns && <p>如果文件里有这些内容，只是列名不同，请在下面指出它们在哪一列。</p>}
        </div>
      )}
      {load.phase === 'error' && load.columns && (
        <div class="picker-mapping picker-mapping-needed">
          <p class="picker-mapping-title">列的对应关系</p>
          <ColumnMappingForm
            key={`${load.name}|${load.columns.headers.join('|')}`}
            fields={load.columns.fields}
            headers={load.columns.headers}
            mapping={load.columns.mapping}
            idPrefix={id}
            onSubmit={(m) => void controller.remap(m)}
          />
        </div>
      )}
      {load.phase === 'ready' && (
        <ReadReport
          report={load.report}
          notice={load.notice}
          remembered={load.remembered === true}
          onRemap={(m) => void controller.remap(m)}
          onForget={() => void controller.forgetMapping()}
          idPrefix={id}
          countNoun={countNoun}
        />
      )}
    </div>
  );
}

interface ReportProps {
  report: LoadReport;
  notice?: string;
  /** Read with the columns the learner chose before for the same headers. */
  remembered: boolean;
  onRemap: (mapping: ColumnMapping) => void;
  onForget: () => void;
  idPrefix: string;
  countNoun: string;
}

function ReadReport({ report, notice, remembered, onRemap, onForget, idPrefix, countNoun }: ReportProps) {
  const period = report.firstDate && report.lastDate ? `，日期从 ${report.firstDate} 到 ${report.lastDate}` : '';
  const skipped = report.issueCount > 0 ? `，跳过 ${groupedNumber(report.issueCount)} 行（原因见下）` : '，没有跳过任何行';
  const seconds = report.cached ? '' : `（用时 ${report.seconds < 0.1 ? '不到 0.1' : report.seconds.toFixed(1)} 秒）`;
  return (
    <div class="picker-report">
      <p class="status" role="status">
        {notice ? `${notice} ` : ''}已读取“{report.name}”：{groupedNumber(report.rowsRead)} 行数据，{groupedNumber(report.rowsKept)} 行可用，
        {groupedNumber(report.customers)} {countNoun}{period}{skipped}。{seconds}
      </p>
      {remembered && (
        <p class="picker-note">
          按你上次为同样表头的文件选的列读取。
          <button type="button" class="btn" onClick={onForget}>改回自动判断</button>
        </p>
      )}
      {/* A widget reading every column as text (`columns` mode) shows its own column mapping. */}
      {report.fields.length > 0 && <details class="picker-mapping">
        <summary>列的对应关系：{report.fields.map((f) => `${f.label} ← ${report.mapping[f.key] ?? '（无）'}`).join('，')}</summary>
        <p class="picker-note">
          读取时按表头判断了每一列的含义（编码 {ENCODINGS[report.encoding] ?? report.encoding}，分隔符 {DELIMITERS[report.delimiter] ?? report.delimiter}）。判断错了可以在这里改，改后重新读取；你自己的文件会记住这次的选择。
        </p>
        <ColumnMappingForm
          key={`${report.name}|${JSON.stringify(report.mapping)}`}
          fields={report.fields}
          headers={report.headers}
          mapping={report.mapping}
          idPrefix={idPrefix}
          onSubmit={onRemap}
        />
      </details>}
      {report.issueCount > 0 && (
        <details class="picker-issues" open>
          <summary>
            跳过的行：共 {groupedNumber(report.issueCount)} 行{report.issueCount > report.issues.length ? `，下面列出前 ${report.issues.length} 行` : ''}
          </summary>
          <table>
            <caption class="visually-hidden">无法读取而跳过的行</caption>
            <thead>
              <tr><th scope="col">行号</th><th scope="col">列</th><th scope="col">原因</th></tr>
            </thead>
            <tbody>
              {report.issues.map((issue) => (
                <tr key={issue.line}>
                  <td>第 {issue.line} 行</td>
                  <td>{issue.column ?? '（整行）'}</td>
                  <td>{issue.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p class="picker-note">行号从表头算起（表头是第 1 行）。其余的行照常参与分析。</p>
        </details>
      )}
      {report.warnings.filter((w) => !w.startsWith('有 ') || !w.includes('行无法读取')).map((w) => (
        <p class="picker-note" key={w}>注意：{chineseOnly(w)}</p>
      ))}
    </div>
  );
}
