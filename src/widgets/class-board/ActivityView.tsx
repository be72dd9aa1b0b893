import { useState } from 'preact/hooks';
import { scorePercent, type Submission } from '../../engine/result-code/class-submissions';
import { checkDatasetAnswers, datasetValuesOfCode, type DatasetAnswerCheck } from '../../engine/result-code/dataset-answers';
import { localMinute } from '../../engine/result-code/gradebook';
import type { RosterEntry } from '../../engine/result-code/roster';
import type { ResultRecord } from '../../engine/result-code/types';
import { NO_TRANSLATE } from '../shared/no-translate';
import { ScrollBox } from '../shared/ScrollBox';
import type { ActivityInfo } from './catalogue';
import { useScenarioScript, type ScriptLoad } from './scenario-script';
import { useSorterCards, type CardsLoad } from './sorter-cards';
import { activityTally, type TallyRow } from './tally';

interface Props {
  info: ActivityInfo;
  /** This activity's submissions, one per student. */
  submissions: readonly Submission[];
  roster: readonly RosterEntry[];
  /** Projector mode: counts and charts only, no names. */
  hideNames: boolean;
}

const offset = () => -new Date().getTimezoneOffset();
const percentText = (s: Submission) => {
  const p = scorePercent(s.record);
  return p === null ? '—' : `${Math.round(p * 10) / 10}`;
};

/** One activity on the board: who has handed in, the tally as bars, and for a dataset each student's answers checked. */
export function ActivityView({ info, submissions, roster, hideNames }: Props) {
  const handedIn = new Set(submissions.map((s) => s.record.studentId));
  const missing = roster.filter((r) => !handedIn.has(r.studentId));
  // Against a roster, count its students: a code from someone not on it (a guest, a mistyped 学号) is named apart,
  // so that 已提交 and 未提交 add up to the class.
  const onRoster = new Set(roster.map((r) => r.studentId));
  const offRoster = roster.length > 0 ? submissions.filter((s) => !onRoster.has(s.record.studentId)).length : 0;
  const scored = submissions.map((s) => scorePercent(s.record)).filter((p): p is number => p !== null);
  const mean = scored.length > 0 ? scored.reduce((a, b) => a + b, 0) / scored.length : null;
  const script = useScenarioScript(info.kind === 'roleplay' ? info.scenario : null);
  const sorterCards = useSorterCards(info.kind === 'sorter');
  const records = submissions.map((s) => s.record);
  return (
    <div class="cb-activity">
      <p class="cb-counts" role="status">
        {info.label}：已提交 <strong>{submissions.length - offRoster}</strong>
        {roster.length > 0 ? ` / ${roster.length} 人${offRoster > 0 ? `（另有名单外 ${offRoster} 人）` : ''}，未提交 ${missing.length} 人` : ' 人'}
        {mean !== null ? `，平均 ${Math.round(mean * 10) / 10} 分（百分制）` : ''}。
      </p>
      {!hideNames && missing.length > 0 && (
        <p class="cb-missing">
          未提交：
          <span {...NO_TRANSLATE}>{missing.map((r) => r.name).join('、')}</span>
        </p>
      )}
      {info.kind === 'dataset' ? (
        <DatasetChecks dataset={info.dataset} submissions={submissions} hideNames={hideNames} />
      ) : script ? (
        <RoleplayTally script={script} records={records} fallback={() => activityTally(info, records)} total={submissions.length} />
      ) : sorterCards ? (
        <SorterTally cards={sorterCards} records={records} fallback={() => activityTally(info, records)} total={submissions.length} />
      ) : (
        <Tally rows={activityTally(info, records)} total={submissions.length} />
      )}
      {!hideNames && (
        <details class="cb-list">
          <summary>逐人查看（{submissions.length} 份）</summary>
          <ScrollBox label="逐人提交">
            <table class="cb-table">
              <thead>
                <tr>
                  <th scope="col">学号</th>
                  <th scope="col">姓名</th>
                  <th scope="col">百分制</th>
                  <th scope="col">完成时间</th>
                  <th scope="col">名单</th>
                </tr>
              </thead>
              <tbody>
                {submissions.map((s) => (
                  <tr key={s.code}>
                    <td {...NO_TRANSLATE}>{s.record.studentId}</td>
                    <td {...NO_TRANSLATE}>{s.record.name}</td>
                    <td>{percentText(s)}</td>
                    <td>{localMinute(s.record.takenAt, offset())}</td>
                    <td>{roster.length === 0 || roster.some((r) => r.studentId === s.record.studentId) ? '名单内' : '名单外'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
        </details>
      )}
    </div>
  );
}

/** The role-play's paths: in words once the script is loaded, by option number (and why) when it cannot be. */
function RoleplayTally({ script, records, fallback, total }: { script: ScriptLoad; records: readonly ResultRecord[]; fallback: () => TallyRow[]; total: number }) {
  if (script.status === 'loading') return <p class="status">正在载入剧本……</p>;
  return (
    <>
      <p class="cb-note">
        {script.status === 'ready'
          ? '每条路径列出每一步选的回复（较长的回复只显示开头）。学生自己输入的回复，按他确认的最接近选项计入。'
          : '剧本没能载入（可能是网络断了），路径只能按选项序号显示：“选 2”是那一步的第 2 个回复。'}
      </p>
      <Tally rows={script.status === 'ready' ? script.tally(records) : fallback()} total={total} />
    </>
  );
}

/** The sorter's cards by customer and verdict once the customer file is loaded; by card number (and why) when it cannot be. */
function SorterTally({ cards, records, fallback, total }: { cards: CardsLoad; records: readonly ResultRecord[]; fallback: () => TallyRow[]; total: number }) {
  if (cards.status === 'loading') return <p class="status">正在载入客户档案……</p>;
  const named = cards.status === 'ready' ? cards.tally(records) : null;
  return (
    <>
      <p class="cb-note">
        {named
          ? '每张卡写明客户和按利润核算的结论（与学生翻开卡片时看到的一致）；“观察”类客户判为好客户或坏客户都得半分。'
          : '客户档案没能载入（可能是网络断了），卡片只能按客户编号的顺序显示。'}
      </p>
      <Tally rows={named ?? fallback()} total={total} />
    </>
  );
}

/** The tally as horizontal bars, readable on a projector; each bar's count is written out too. */
function Tally({ rows, total }: { rows: readonly TallyRow[]; total: number }) {
  if (rows.length === 0) return null;
  return (
    <ol class="cb-tally" aria-label="作答分布">
      {rows.map((row, k) => (
        <li key={k} class="cb-tally-row">
          <p class="cb-tally-label">
            {row.label}
            {row.correct !== undefined && total > 0 ? `（答对 ${row.correct} / ${total} 人）` : ''}
          </p>
          {row.steps && (
            <ol class="cb-steps">
              {row.steps.map((step) => (
                <li key={step.label}>
                  <span class="cb-step-label">{step.label}</span>
                  {step.reply}
                </li>
              ))}
            </ol>
          )}
          <ul class="cb-bars">
            {row.bars.map((bar) => (
              <li key={bar.label} class={`cb-bar ${bar.verdict ?? ''}`}>
                <span class="cb-bar-label">{bar.label}</span>
                <span class="cb-bar-track" aria-hidden="true">
                  <span class="cb-bar-fill" style={{ width: `${total > 0 ? (bar.count / total) * 100 : 0}%` }} />
                </span>
                <span class="cb-bar-count">{bar.count} 人</span>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}

const VERDICT_TEXT = { correct: '对', partial: '部分对', wrong: '错', none: '未答' } as const;

/** Each student's dataset numbers against the key of their own file (made here, one student at a time). */
function DatasetChecks({ dataset, submissions, hideNames }: { dataset: string; submissions: readonly Submission[]; hideNames: boolean }) {
  const [checks, setChecks] = useState<{ submission: Submission; checks: DatasetAnswerCheck[] | null }[] | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    const { studentAnswerKey } = await import('../../engine/answer-key/answer-key');
    const done: { submission: Submission; checks: DatasetAnswerCheck[] | null }[] = [];
    for (const submission of submissions) {
      // Yield between students: a retail key takes a few hundred milliseconds to make.
      await new Promise((resolve) => setTimeout(resolve, 0));
      try {
        const key = studentAnswerKey(dataset, submission.record.studentId);
        done.push({ submission, checks: checkDatasetAnswers(key, dataset, datasetValuesOfCode(dataset, submission.record.answers)) });
      } catch {
        done.push({ submission, checks: null });
      }
    }
    setChecks(done);
    setBusy(false);
  };
  const questions = checks?.find((c) => c.checks)?.checks ?? [];
  return (
    <div class="cb-dataset">
      <p class="tool-row">
        <button type="button" class="btn" onClick={() => void run()} disabled={busy || submissions.length === 0}>
          {busy ? '正在核对……' : '按每位学生自己的数据核对答案'}
        </button>
      </p>
      {checks && (
        <>
          <p class="cb-counts">
            {questions.map((q, k) => `第 ${k + 1} 题答对 ${checks.filter((c) => c.checks?.[k]?.verdict === 'correct').length} 人`).join('；')}。
          </p>
          {!hideNames && (
            <ScrollBox label="数据集答案核对">
              <table class="cb-table">
                <thead>
                  <tr>
                    <th scope="col">姓名</th>
                    {questions.map((q, k) => (
                      <th key={q.question.id} scope="col" title={q.question.prompt}>
                        第 {k + 1} 题（{q.question.unit}）
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {checks.map(({ submission, checks: mine }) => (
                    <tr key={submission.code}>
                      <td {...NO_TRANSLATE}>{submission.record.name}</td>
                      {mine
                        ? mine.map((c) => (
                            <td key={c.question.id} class={`cb-check ${c.verdict}`}>
                              {c.given ?? '—'}（{VERDICT_TEXT[c.verdict]}
                              {c.verdict === 'wrong' && c.expected !== null ? `，应为 ${Math.round(c.expected * 10 ** c.question.decimals) / 10 ** c.question.decimals}` : ''}）
                            </td>
                          ))
                        : questions.map((q) => <td key={q.question.id}>无法核对</td>)}
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollBox>
          )}
        </>
      )}
    </div>
  );
}
