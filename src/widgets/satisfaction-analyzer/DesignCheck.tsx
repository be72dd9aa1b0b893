import { useStore } from '@nanostores/preact';

import { QUESTION_SAMPLES, WORDING_RULES, type WordingVerdict } from '../../engine/satisfaction';
import { useTeacherMode } from '../shared/teacher';
import { useDomId } from '../shared/use-dom-id';
import { useMemo } from 'preact/hooks';
import { designCheckStateOf, SAMPLE_COUNT, type DesignCheckState } from './design-state';

const VERDICTS: readonly { readonly verdict: WordingVerdict; readonly label: string }[] = [
  { verdict: 'ok', label: '合格' },
  ...WORDING_RULES.map((r) => ({ verdict: r.key, label: r.name })),
];
const LABEL = new Map(VERDICTS.map((v) => [v.verdict, v.label]));
const RULE = new Map(WORDING_RULES.map((r) => [r.key, r]));

/**
 * 问卷设计检查: the learner judges draft questions of a satisfaction survey (sound, or 一题两问 / 诱导性提问 /
 * 用词含糊), sees the key with better wordings after submitting, and can have a question of their own checked.
 */
export function DesignCheck({ owner, onUse }: { owner: object; onUse: () => void }) {
  const state = useMemo(() => designCheckStateOf(owner), [owner]);
  const answers = useStore(state.$answers);
  const shown = useStore(state.$shown);
  const score = useStore(state.$score);
  const { teacher } = useTeacherMode();
  const answered = Object.keys(answers).length;
  return (
    <section class="sat-section" aria-labelledby="sat-design-title">
      <h4 id="sat-design-title">问卷设计检查</h4>
      <p class="sat-hint">
        下面是一家快递公司满意度问卷初稿里的 {SAMPLE_COUNT} 道题。判断每道题是合格，还是有“一题两问”“诱导性提问”或“用词含糊”的毛病；全部判断完再提交，看答案和改法。
      </p>
      <ol class="sat-samples">
        {QUESTION_SAMPLES.map((q) => {
          const mark = score?.marks.find((m) => m.id === q.id);
          return (
            <li key={q.id}>
              <fieldset class="sat-sample">
                <legend>{q.text}</legend>
                <div class="sat-choices">
                  {VERDICTS.map((v) => (
                    <label key={v.verdict}>
                      <input
                        type="radio"
                        name={`sat-design-${q.id}`}
                        checked={answers[q.id] === v.verdict}
                        disabled={shown.revealed}
                        onChange={() => {
                          onUse();
                          state.choose(q.id, v.verdict);
                        }}
                      />{' '}
                      {v.label}
                    </label>
                  ))}
                </div>
                {mark && (
                  <div class={mark.correct ? 'sat-mark right' : 'sat-mark'}>
                    <p>
                      <strong>{shown.committed ? (mark.correct ? '✓ 判断正确。' : mark.chosen === null ? '✗ 没有判断。' : `✗ 你选了“${LABEL.get(mark.chosen)}”。`) : ''}</strong>
                      答案：{LABEL.get(q.verdict)}。{q.explanation}
                    </p>
                    {q.better && <p>改成：{q.better}</p>}
                  </div>
                )}
              </fieldset>
            </li>
          );
        })}
      </ol>
      <div class="tool-row">
        {!shown.revealed ? (
          <>
            <button type="button" class="btn primary" disabled={answered < SAMPLE_COUNT} onClick={() => {
              onUse();
              state.reveal(true);
            }}>
              {answered < SAMPLE_COUNT ? `还有 ${SAMPLE_COUNT - answered} 道题没判断` : '提交，看答案'}
            </button>
            {teacher && <button type="button" class="btn" onClick={() => state.reveal(false)}>显示答案（教师）</button>}
          </>
        ) : (
          <button type="button" class="btn" onClick={() => state.restart()}>重新判断</button>
        )}
      </div>
      <p role="status" class="sat-score">{score && shown.committed ? `答对 ${score.right} / ${score.total} 道题。` : ''}</p>
      <OwnQuestion state={state} onUse={onUse} />
      <details class="sat-rules">
        <summary>三种常见毛病和改法</summary>
        <ul>
          {WORDING_RULES.map((r) => (
            <li key={r.key}><strong>{r.name}</strong>：{r.why}改法：{r.fix}</li>
          ))}
        </ul>
      </details>
    </section>
  );
}

function OwnQuestion({ state, onUse }: { state: DesignCheckState; onUse: () => void }) {
  const draft = useStore(state.$draft);
  const result = useStore(state.$findings);
  const id = useDomId();
  return (
    <div class="sat-own">
      <label for={`${id}-own`}><strong>试一试：</strong>写一道你自己设计的满意度题目，检查常见毛病</label>
      <textarea id={`${id}-own`} rows={2} value={draft} onInput={(e) => state.setDraft(e.currentTarget.value)} />
      <div class="tool-row">
        <button type="button" class="btn" disabled={draft.trim() === ''} onClick={() => {
          onUse();
          state.checkDraft();
        }}>检查这道题</button>
      </div>
      <div role="status" aria-live="polite">
        {result && result.findings.length === 0 && <p>没有发现常见毛病。自动检查只看用词，正式调查前还要请几位客户试答（预调查）。</p>}
        {result && result.findings.length > 0 && (
          <ul class="sat-findings">
            {result.findings.map((f) => (
              <li key={f.problem}><strong>可能{RULE.get(f.problem)!.name}</strong>：{f.reason}。{RULE.get(f.problem)!.fix}</li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
