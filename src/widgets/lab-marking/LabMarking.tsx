import { useStore } from '@nanostores/preact';
import { useRef, useState } from 'preact/hooks';
import type { Rubric } from '../../content-schema/rubric-schema';
import type { Worksheet } from '../../content-schema/worksheet-schema';
import { $labMarks, LEVEL_KEYS, saveMark, studentKey, type LabMark, type LevelKey } from '../../stores/lab-marks';
import { parseHandIn, type HandIn, type LabRef } from '../lab-worksheet/hand-in';
import { downloadText, today } from '../shared/download';
import { useDomId } from '../shared/use-dom-id';
import { useMounted } from '../shared/use-mounted';
import { useTeacherMode } from '../shared/teacher';
import { WidgetFrame } from '../shared/WidgetFrame';
import { WorksheetAnswers } from '../lab-worksheet/WorksheetAnswers';
import { LEVEL_BANDS, marksToCsv, scoreInBand, totalScore } from './score';
import './lab-marking.css';

interface Props {
  lab: LabRef;
  sheet: Worksheet;
  rubric: Rubric;
}

const percent = (weight: number) => `${Math.round(weight * 1000) / 10}%`;

/** The sections a criterion is marked on: those that name it, else those of its task. */
function sectionsFor(sheet: Worksheet, criterion: Rubric[number]) {
  const named = sheet.sections.filter((s) => s.criteria.includes(criterion.id));
  return named.length > 0 ? named : sheet.sections.filter((s) => criterion.task !== undefined && s.task === criterion.task);
}

/** 评分（教师）: open a student's worksheet JSON, pick a level per criterion, see the total, export the marks. */
export default function LabMarking({ lab, sheet, rubric }: Props) {
  const mounted = useMounted();
  const { teacher } = useTeacherMode();
  const marks = useStore($labMarks);
  const [handIn, setHandIn] = useState<HandIn | null>(null);
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);
  const id = useDomId('lab-marking');
  // The page shows this island in teacher mode only; until it is live it holds a line (an empty island would never be
  // seen, so never hydrated).
  if (!mounted) return <p class="widget-loading">正在准备评分表…</p>;
  if (!teacher) return null;

  const labMarks = Object.hasOwn(marks.labs, lab.slug) ? marks.labs[lab.slug]! : {};
  /** The open student's mark as stored now (a blank one before the first level is chosen). */
  const markOf = (all: typeof marks, opened: HandIn): LabMark => {
    const kept = Object.hasOwn(all.labs, lab.slug) ? all.labs[lab.slug]! : {};
    const key = studentKey(opened.student);
    return Object.hasOwn(kept, key) ? kept[key]! : { student: opened.student, criteria: {}, comment: '', checksum: opened.checksum, updatedAt: '' };
  };
  const mark = handIn ? markOf(marks, handIn) : null;
  const total = mark ? totalScore(rubric, mark.criteria) : null;

  const open = async (file: File | undefined) => {
    if (fileInput.current) fileInput.current.value = '';
    if (!file) return;
    const result = parseHandIn(await file.text(), lab, sheet);
    setStatus('');
    if (!result.ok) {
      setError(`${file.name}：${result.message}`);
      return;
    }
    setError('');
    setHandIn(result.handIn);
  };
  const update = (change: (now: LabMark) => Partial<Pick<LabMark, 'criteria' | 'comment'>>) => {
    if (!handIn) return;
    const now = markOf($labMarks.get(), handIn);
    const next = change(now);
    saveMark(lab.slug, { student: handIn.student, criteria: next.criteria ?? now.criteria, comment: next.comment ?? now.comment, checksum: handIn.checksum });
  };
  const setLevel = (criterion: string, level: LevelKey) =>
    update((now) => ({ criteria: { ...now.criteria, [criterion]: { level, score: now.criteria[criterion]?.level === level ? now.criteria[criterion]!.score : LEVEL_BANDS[level].start } } }));
  const setScore = (criterion: string, level: LevelKey, score: number) => update((now) => ({ criteria: { ...now.criteria, [criterion]: { level, score: scoreInBand(level, score) } } }));
  const who = (m: LabMark) => [m.student.studentId, m.student.name].filter(Boolean).join('-') || '未署名';
  const exportOne = (kind: 'csv' | 'json') => {
    if (!mark) return;
    const name = `评分-${lab.title}-${who(mark)}-${today()}`;
    if (kind === 'csv') downloadText(`${name}.csv`, marksToCsv(lab.title, rubric, [mark]), 'text/csv;charset=utf-8');
    else downloadText(`${name}.json`, JSON.stringify({ app: 'crm-lab', kind: 'lab-mark', lab: lab.slug, labTitle: lab.title, ...mark, total: total?.total ?? null }, null, 2), 'application/json');
    setStatus(`已导出 ${who(mark)} 的评分（${kind.toUpperCase()}）。`);
  };
  const exportAll = () => {
    const all = Object.values(labMarks);
    downloadText(`评分-${lab.title}-全部-${today()}.csv`, marksToCsv(lab.title, rubric, all), 'text/csv;charset=utf-8');
    setStatus(`已导出本实训全部 ${all.length} 份评分（CSV）。`);
  };

  return (
    <WidgetFrame name="lab-marking" title="评分（教师）">
      <p class="hint">打开学生在实训页面上导出的 JSON 文件，对照评分标准逐项评定等级；评分随选随存在这台设备的浏览器里。</p>
      <div class="tool-row">
        <label class="btn file-button">
          打开学生的实训报告（JSON）
          <input ref={fileInput} type="file" accept=".json,application/json" class="visually-hidden" onChange={(e) => void open(e.currentTarget.files?.[0])} />
        </label>
        {Object.keys(labMarks).length > 0 && (
          <button type="button" class="btn" onClick={exportAll}>
            导出本实训全部评分（CSV，{Object.keys(labMarks).length} 份）
          </button>
        )}
      </div>
      {error && (
        <p class="widget-error" role="alert">
          {error}
        </p>
      )}
      {handIn && mark && (
        <div class="mk-sheet">
          <p class="mk-student">
            <strong>{handIn.student.name || '（未署名）'}</strong> 学号：{handIn.student.studentId || '（未填）'} 班级：{handIn.student.className || '（未填）'} · 导出于{' '}
            {handIn.exportedAt.slice(0, 10)}
            {mark.updatedAt && mark.checksum !== handIn.checksum && <span class="mk-note">（这是重新提交的文件，之前的评分仍保留）</span>}
          </p>
          {rubric.map((criterion) => {
            const chosen = mark.criteria[criterion.id];
            return (
              <fieldset class="mk-criterion" key={criterion.id} data-criterion={criterion.id}>
                <legend>
                  {criterion.criterion}（权重 {percent(criterion.weight)}）
                </legend>
                <details>
                  <summary>学生的相关回答</summary>
                  <WorksheetAnswers sections={sectionsFor(sheet, criterion)} fields={handIn.fields} />
                </details>
                <div class="mk-levels">
                  {LEVEL_KEYS.map((level) => (
                    <label class="mk-level" key={level}>
                      <input type="radio" name={`${id}-${criterion.id}`} checked={chosen?.level === level} onChange={() => setLevel(criterion.id, level)} />
                      <span>
                        <strong>{level}</strong>（{LEVEL_BANDS[level].min}–{LEVEL_BANDS[level].max}）{criterion.levels[level]}
                      </span>
                    </label>
                  ))}
                </div>
                {chosen && (
                  <label class="mk-score">
                    得分
                    <input
                      type="number"
                      min={LEVEL_BANDS[chosen.level].min}
                      max={LEVEL_BANDS[chosen.level].max}
                      step="1"
                      value={chosen.score}
                      onChange={(e) => setScore(criterion.id, chosen.level, Number(e.currentTarget.value))}
                    />
                  </label>
                )}
              </fieldset>
            );
          })}
          <div class="field">
            <label for={`${id}-comment`}>评语</label>
            <textarea id={`${id}-comment`} rows={3} value={mark.comment} onInput={(e) => {
              const comment = e.currentTarget.value;
              update(() => ({ comment }));
            }} />
          </div>
          <p class="mk-total" aria-live="polite">
            {total?.total !== null && total ? <>总分：<strong>{total.total}</strong> 分</> : <>总分：还有 {total?.unmarked.length} 项未评</>}
          </p>
          <div class="tool-row">
            <button type="button" class="btn" onClick={() => exportOne('csv')}>
              导出评分（CSV）
            </button>
            <button type="button" class="btn" onClick={() => exportOne('json')}>
              导出评分（JSON）
            </button>
          </div>
        </div>
      )}
      <p class="status" role="status" aria-live="polite">
        {status}
      </p>
    </WidgetFrame>
  );
}
