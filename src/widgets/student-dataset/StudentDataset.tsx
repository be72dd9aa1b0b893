import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { WidgetFrame } from '../shared/WidgetFrame';
import { ShareLink } from '../shared/ShareLink';
import { ModelNotes } from '../shared/ModelNotes';
import { readSharedState, sharedStateUrl } from '../shared/share-state';
import { useTeacherMode } from '../shared/teacher';
import { downloadText } from '../shared/download';
import { NO_TRANSLATE } from '../shared/no-translate';
import type { WorkerLike } from '../shared/dataset-picker/client';
import { useDomId } from '../shared/use-dom-id';
import { createStudentDatasetState, fileSize, type StudentDatasetChoice, type StudentDatasetState } from './state';
import { AnswerKeyTables } from './AnswerKeyTables';
import { AnswerSheet } from './AnswerSheet';
import { chineseOnly } from '../shared/learner-message';
import './student-dataset.css';
import { spawnAnalysisWorker } from '../shared/analysis-worker/spawn';

export const WIDGET = 'student-dataset';
const PREFIX = 'sd';

interface Props {
  /** The generated datasets to offer (id, short name, title), from the manifest at build time. */
  datasets: StudentDatasetChoice[];
  /** Tests only: a stand-in for the Web Worker. */
  spawnWorker?: () => WorkerLike;
}

const spawnStudentWorker = () => spawnAnalysisWorker('student-dataset');

/** The survey and its expectations come from one run: say which file completes a SERVQUAL gap analysis. */
const COMPANION: Readonly<Record<string, string>> = {
  'satisfaction-survey': '做 SERVQUAL 差距分析还需要配套的期望值文件：在“数据集”中选“快递服务期望值”，用同一个学号再生成一次。',
  'satisfaction-expectations': '这是期望值部分，需要与同一个学号生成的“快递服务满意度调查”文件配对使用（问卷编号一一对应）。',
};

function Working({ label, onCancel }: { label: string; onCancel: () => void }) {
  return (
    <div class="sd-working">
      <progress aria-label={label} />
      <button type="button" class="btn" onClick={onCancel}>
        取消
      </button>
    </div>
  );
}

function VariantResult({ state }: { state: StudentDatasetState }) {
  const job = useStore(state.$variant);
  if (job.phase === 'working') return <Working label="正在生成数据" onCancel={() => state.cancel()} />;
  if (job.phase === 'failed') {
    return (
      <p class="sd-error" role="alert">
        {job.message}
      </p>
    );
  }
  if (job.phase !== 'ready') return null;
  const v = job.value;
  return (
    <div class="sd-result">
      <p>
        <strong {...NO_TRANSLATE}>{v.file}</strong>：{v.rows.toLocaleString('en-US')} 行，{fileSize(v.bytes.length)}，UTF-8 编码（带 BOM，Excel 可直接打开）。
      </p>
      <p class="tool-row">
        <button type="button" class="btn primary" onClick={() => downloadText(v.file, v.bytes, 'text/csv;charset=utf-8')}>
          下载 {v.file}
        </button>
      </p>
      <div class="sd-table-wrap" tabIndex={0} role="region" aria-label="你的文件与课程公共文件的对比">
        <table class="sd-table sd-differences">
          <caption>你的文件与课程公共文件有什么不同</caption>
          <thead>
            <tr>
              <th scope="col">项目</th>
              <th scope="col">你的文件</th>
              <th scope="col">公共文件</th>
              <th scope="col">是否相同</th>
            </tr>
          </thead>
          <tbody>
            {v.differences.map((d) => (
              <tr key={d.label}>
                <th scope="row">{d.label}</th>
                <td {...NO_TRANSLATE}>{d.yours}</td>
                <td {...NO_TRANSLATE}>{d.common}</td>
                <td>{d.differs ? '不同' : '相同'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>
        <strong>不变的是数据背后的故事：</strong>
        {v.story}
      </p>
      {COMPANION[job.args.dataset] && <p class="sd-hint">{COMPANION[job.args.dataset]}</p>}
      <AnswerSheet key={`${job.args.dataset}/${v.studentNumber}`} dataset={job.args.dataset} studentNumber={v.studentNumber} />
    </div>
  );
}

function TeacherKey({ state, alias, onShow }: { state: StudentDatasetState; alias: string; onShow: () => void }) {
  const job = useStore(state.$key);
  const check = useStore(state.$check);
  const headingId = useDomId();
  const number = check.ok ? check.value : '学号';
  const baseName = job.phase === 'ready' ? `answer-key-${job.value.file.replace(/\.csv$/, '')}` : '';
  return (
    <section class="sd-teacher" aria-labelledby={headingId}>
      <h4 id={headingId}>教师：参考答案</h4>
      <p>
        输入任意学号并选好数据集，即可查看这份数据的参考答案。数字与命令行
        <code>npm run --silent crm -- answer-key --dataset {alias} --student {number} --json</code>
        的结果相同。
      </p>
      <p class="tool-row">
        <button type="button" class="btn" onClick={onShow} disabled={job.phase === 'working'}>
          显示答案
        </button>
      </p>
      {job.phase === 'working' && <Working label="正在计算答案" onCancel={() => state.cancel()} />}
      {job.phase === 'failed' && (
        <p class="sd-error" role="alert">
          {job.message}
        </p>
      )}
      {job.phase === 'ready' && (
        <div class="sd-key">
          <p class="tool-row">
            <button type="button" class="btn" onClick={() => downloadText(`${baseName}.json`, job.value.json, 'application/json')}>
              下载答案（JSON）
            </button>
            <button type="button" class="btn" onClick={() => downloadText(`${baseName}.csv`, job.value.csv, 'text/csv;charset=utf-8')}>
              下载答案（CSV）
            </button>
          </p>
          <AnswerKeyTables sections={job.value.sections} />
          {job.value.warnings.length > 0 && (
            <ul class="sd-warnings">
              {job.value.warnings.map((w) => (
                <li key={w}>注意：{chineseOnly(w)}</li>
              ))}
            </ul>
          )}
          <details class="reveal">
            <summary>计算方法</summary>
            <ul>
              {job.value.method.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </details>
        </div>
      )}
    </section>
  );
}

function statusText(state: StudentDatasetState, phase: string, file: string | null, rows: number | null): string {
  if (phase === 'working') return '正在生成你的数据集……';
  if (phase === 'ready' && file !== null && rows !== null) return `已生成 ${file}（${rows.toLocaleString('en-US')} 行），可以下载了。`;
  if (phase === 'failed') return '没有生成，原因见下。';
  return state.$check.get().ok ? '选好数据集后按“生成我的数据集”。' : '';
}

/**
 * 我的专属数据集: a student types their 学号 and gets their own variant of a teaching dataset (same columns
 * and story, other numbers), made in the browser by the seeded generators and offered as a CSV download;
 * in teacher mode the same box shows the answer key for any number.
 */
export default function StudentDataset({ datasets, spawnWorker }: Props) {
  const state = useMemo(() => createStudentDatasetState({ spawn: spawnWorker ?? spawnStudentWorker, datasets, initial: readSharedState(PREFIX) }), []);
  const number = useStore(state.$number);
  const dataset = useStore(state.$dataset);
  const check = useStore(state.$check);
  const variant = useStore(state.$variant);
  const { teacher } = useTeacherMode();
  const [tried, setTried] = useState(false);
  const ids = { number: useDomId(WIDGET), hint: useDomId(WIDGET), error: useDomId(WIDGET), dataset: useDomId(WIDGET) };
  useEffect(() => () => state.dispose(), [state]);

  const showError = !check.ok && (tried || (check.code === 'invalid-student-number' && number.trim() !== ''));
  const alias = datasets.find((d) => d.id === dataset)?.alias ?? dataset;
  /** Runs a job; with a number that cannot be used, shows why and puts the focus back on the number. */
  const attempt = (run: () => boolean) => {
    setTried(true);
    if (!run()) document.getElementById(ids.number)?.focus();
  };
  const onSubmit = (event: Event) => {
    event.preventDefault();
    attempt(() => state.generate());
  };
  const ready = variant.phase === 'ready' ? variant.value : null;

  return (
    <WidgetFrame name={WIDGET} title="生成我的专属数据集" tools={<ShareLink makeUrl={() => sharedStateUrl(PREFIX, state.shareState(), WIDGET)} />}>
      <div id={WIDGET} class="sd">
        <form class="sd-form" onSubmit={onSubmit} noValidate>
          <div class="field">
            <label for={ids.number}>学号</label>
            <input
              id={ids.number}
              type="text"
              inputMode="numeric"
              autoComplete="off"
              spellcheck={false}
              value={number}
              onInput={(e) => state.setNumber(e.currentTarget.value)}
              aria-invalid={showError}
              aria-describedby={showError ? `${ids.hint} ${ids.error}` : ids.hint}
              {...NO_TRANSLATE}
            />
            <small id={ids.hint}>4–20 位数字。学号只用来在本机生成数据，不会上传。</small>
            {showError && !check.ok && (
              <p id={ids.error} class="sd-error" role="alert">
                {check.message}
              </p>
            )}
          </div>
          <div class="field">
            <label for={ids.dataset}>数据集</label>
            <select id={ids.dataset} value={dataset} onChange={(e) => state.setDataset(e.currentTarget.value)}>
              {datasets.map((d) => (
                <option value={d.id} key={d.id}>
                  {d.title}
                </option>
              ))}
            </select>
          </div>
          <div class="sd-submit">
            <button type="submit" class="btn primary" disabled={variant.phase === 'working'}>
              生成我的数据集
            </button>
          </div>
        </form>
        <p class="sd-status" role="status" aria-live="polite">
          {statusText(state, variant.phase, ready?.file ?? null, ready?.rows ?? null)}
        </p>
        <VariantResult state={state} />
        {teacher && <TeacherKey state={state} alias={alias} onShow={() => attempt(() => state.showKey())} />}
        <ModelNotes load={() => import('./MODEL.md?raw')} />
      </div>
    </WidgetFrame>
  );
}
