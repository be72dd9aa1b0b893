import { ScrollBox } from '../shared/ScrollBox';
import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { groupedNumber } from '../../engine/core/number-text';
import {
  RFM_CHAPTER_EXAMPLE, RFM_WALKTHROUGH_STEPS, WALKTHROUGH_SEGMENT_CHOICES,
  type RfmWalkthrough, type WalkthroughCheck, type WalkthroughCustomer, type WalkthroughQuiz,
} from '../../engine/tiering/rfm';
import { useTeacherMode } from '../shared/teacher';
import { useDomId } from '../shared/use-dom-id';
import type { RfmState } from './state';
import { createWalkthroughModel } from './walkthrough-state';

interface Props {
  state: RfmState;
  onUse: () => void;
}

/** 分步讲解: chapter 6's ten members, raw rows → R, F, M → scores → classes, answers hidden until checked or revealed. */
export function Walkthrough({ state, onUse }: Props) {
  const model = useMemo(() => createWalkthroughModel(state), [state]);
  const walkthrough = useStore(model.$walkthrough);
  const steps = useStore(model.$steps);
  const settings = useStore(state.$settings);
  const { teacher } = useTeacherMode();
  const id = useDomId();
  if (!walkthrough.ok) return <p class="rfm-error" role="alert">{walkthrough.message}</p>;
  const w = walkthrough.value;
  const step = RFM_WALKTHROUGH_STEPS[steps.step]!;
  const revealed = steps.revealed[steps.step]!;
  const check = steps.checks[steps.step] ?? null;
  const act = (fn: () => void) => {
    onUse();
    fn();
  };

  return (
    <div class="rfm-walk">
      <p class="rfm-hint">
        {RFM_CHAPTER_EXAMPLE.story}统计截止日 {w.asOf}，N = {w.n} 位会员。先自己算，再核对；{teacher ? '教师模式下可以直接揭晓答案。' : '提交自己的答案后才显示正确答案。'}
      </p>
      <div class="rfm-inline">
        <label for={`${id}-bins`}>分档数</label>
        <select id={`${id}-bins`} value={settings.bins} onChange={(e) => act(() => state.setSettings({ bins: Number(e.currentTarget.value) }))}>
          {[2, 3, 4, 5, 6, 7, 8, 9].map((b) => <option value={b} key={b}>{b} 档{b === 5 ? '（例题）' : ''}</option>)}
        </select>
        <small>改成 3 档，看看 C09、C10 的类别怎样变化（本章“使用 RFM 时的常见误区”）。</small>
      </div>
      <nav aria-label="讲解步骤">
        <ol class="rfm-steps">
          {RFM_WALKTHROUGH_STEPS.map((s, i) => (
            <li key={s.key}>
              <button type="button" class="btn" aria-current={i === steps.step ? 'step' : undefined} onClick={() => act(() => model.step({ type: 'go', step: i }))}>
                {i + 1}. {s.title.replace(/^第.步：/, '')}
                {steps.revealed[i] ? <span class="visually-hidden">（已揭晓）</span> : null}
              </button>
            </li>
          ))}
        </ol>
      </nav>
      <section class="rfm-step" aria-labelledby={`${id}-title`}>
        <h4 id={`${id}-title`}>{step.title}</h4>
        {step.explanation.map((p) => <p key={p}>{p}</p>)}
        <Quiz
          key={`${steps.step}-${w.bins}`}
          quiz={w.quizzes[step.key]}
          revealed={revealed}
          check={check}
          teacher={teacher}
          onCheck={(answers) => act(() => model.step({ type: 'check', answers }))}
          onReveal={() => act(() => model.step({ type: 'reveal' }))}
        />
        <StepTable w={w} stepKey={step.key} revealed={revealed} />
      </section>
      <div class="tool-row rfm-step-nav">
        <button type="button" class="btn" disabled={steps.step === 0} onClick={() => act(() => model.step({ type: 'back' }))}>上一步</button>
        <span>第 {steps.step + 1} / {RFM_WALKTHROUGH_STEPS.length} 步</span>
        <button type="button" class="btn primary" disabled={steps.step === RFM_WALKTHROUGH_STEPS.length - 1} onClick={() => act(() => model.step({ type: 'next' }))}>下一步</button>
      </div>
    </div>
  );
}

interface QuizProps {
  quiz: WalkthroughQuiz;
  revealed: boolean;
  check: WalkthroughCheck | null;
  teacher: boolean;
  onCheck: (answers: Record<string, string>) => void;
  onReveal: () => void;
}

function Quiz({ quiz, revealed, check, teacher, onCheck, onReveal }: QuizProps) {
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [missing, setMissing] = useState(false);
  const id = useDomId();
  useEffect(() => setMissing(false), [answers]);

  const submit = (event: Event) => {
    event.preventDefault();
    if (quiz.fields.some((f) => (answers[f.key] ?? '').trim() === '')) {
      setMissing(true);
      return;
    }
    onCheck(answers);
  };

  return (
    <form class="rfm-quiz" onSubmit={submit} aria-labelledby={`${id}-prompt`}>
      <p id={`${id}-prompt`}><strong>试一试：</strong>{quiz.prompt}</p>
      <div class="rfm-quiz-fields">
        {quiz.fields.map((field) => (
          <div class="field" key={field.key}>
            <label for={`${id}-${field.key}`}>{field.label}</label>
            {field.kind === 'segment' ? (
              <select id={`${id}-${field.key}`} value={answers[field.key] ?? ''} disabled={revealed} onChange={(e) => setAnswers({ ...answers, [field.key]: e.currentTarget.value })}>
                <option value="">（请选择）</option>
                {WALKTHROUGH_SEGMENT_CHOICES.map((name) => <option value={name} key={name}>{name}</option>)}
              </select>
            ) : (
              <input
                id={`${id}-${field.key}`}
                type={field.kind === 'date' ? 'date' : 'text'}
                inputMode={field.kind === 'number' ? 'decimal' : undefined}
                value={answers[field.key] ?? ''}
                disabled={revealed}
                onInput={(e) => setAnswers({ ...answers, [field.key]: e.currentTarget.value })}
                onChange={(e) => setAnswers({ ...answers, [field.key]: e.currentTarget.value })}
              />
            )}
          </div>
        ))}
      </div>
      {!revealed && (
        <div class="tool-row">
          <button type="submit" class="btn primary">核对答案</button>
          {teacher && <button type="button" class="btn teacher-reveal" onClick={onReveal}>揭晓答案（教师）</button>}
        </div>
      )}
      <div role="status" aria-live="polite">
        {missing && <p class="rfm-warning">请先填写每一个空，再核对。</p>}
        {check && (
          <ul class="rfm-check">
            {check.fields.map((f) => {
              const label = quiz.fields.find((q) => q.key === f.key)?.label ?? f.key;
              const expected = typeof f.expected === 'number' ? groupedNumber(f.expected, 2) : f.expected;
              return (
                <li key={f.key} class={f.correct ? 'right' : 'wrong'}>
                  {f.correct ? '✓ 正确' : '✗ 不对'}：{label} 你填的是 {f.given || '（空）'}{f.correct ? '' : `，正确答案是 ${expected}`}
                </li>
              );
            })}
            {check.allCorrect && <li class="right">全部正确，做得好！</li>}
          </ul>
        )}
        {revealed && !check && <p>答案已揭晓，见下表。</p>}
      </div>
    </form>
  );
}

function Hidden() {
  return (
    <span class="rfm-hidden">
      ?<span class="visually-hidden">（答案未揭晓）</span>
    </span>
  );
}

function StepTable({ w, stepKey, revealed }: { w: RfmWalkthrough; stepKey: string; revealed: boolean }) {
  const show = (content: string | number) => (revealed ? content : <Hidden />);
  const focus = (c: WalkthroughCustomer, quizKey: 'measures' | 'scores' | 'segments') => w.quizzes[quizKey].customer === c.customer;
  const mark = (c: WalkthroughCustomer, quizKey: 'measures' | 'scores' | 'segments') => (focus(c, quizKey) ? <span class="rfm-focus">（试一试）</span> : null);

  if (stepKey === 'rows') {
    const members = [...new Set(w.rows.map((r) => r.customer))];
    return (
      <ScrollBox class="rfm-table-wrap" label="原始记录表">
        <table class="rfm-walk-table">
          <caption>十位会员的消费记录（金额单位：元）</caption>
          <thead><tr><th scope="col">会员</th><th scope="col">消费记录（日期 金额）</th></tr></thead>
          <tbody>
            {members.map((m) => (
              <tr key={m}>
                <th scope="row">{m}</th>
                <td>
                  {w.rows.filter((r) => r.customer === m).map((r, i) => (
                    <span key={i} class={r.kind === 'return' ? 'rfm-return' : 'rfm-purchase'}>
                      {monthDay(r.date)} {r.kind === 'return' ? `退货 ${groupedNumber(r.amount, 2)}` : groupedNumber(r.amount, 2)}
                    </span>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>
          数据的最后一天：{show(w.latestDate)}；默认统计截止日（次日）：{show(w.defaultAsOf)}。
        </p>
      </ScrollBox>
    );
  }

  if (stepKey === 'measures') {
    return (
      <ScrollBox class="rfm-table-wrap" label="R、F、M 计算表">
        <table class="rfm-walk-table">
          <caption>每位会员的 R、F、M（统计截止日 {w.asOf}）</caption>
          <thead><tr><th scope="col">会员</th><th scope="col">R（天）</th><th scope="col">F（次）</th><th scope="col">M（元）</th></tr></thead>
          <tbody>
            {w.customers.map((c) => (
              <tr key={c.customer} class={focus(c, 'measures') ? 'rfm-focus-row' : undefined}>
                <th scope="row">{c.customer}{mark(c, 'measures')}</th>
                <td>{show(c.recency)}{revealed && <small class="work">{c.recencyWork}</small>}</td>
                <td>{show(c.frequency)}{revealed && <small class="work">{c.frequencyWork}</small>}</td>
                <td>{show(groupedNumber(c.monetary, 2))}{revealed && <small class="work">{c.monetaryWork}</small>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
    );
  }

  if (stepKey === 'scores') {
    return (
      <ScrollBox class="rfm-table-wrap" label="得分计算表">
        <table class="rfm-walk-table rfm-bands">
          <caption>N = {w.n}，{w.bins} 档：L（严格比他差的人数）对应的得分</caption>
          <thead><tr><th scope="col">L</th>{w.scoreBands.map((b) => <th scope="col" key={b.score}>{b.fromL === b.toL ? b.fromL : `${b.fromL}–${b.toL}`}</th>)}</tr></thead>
          <tbody><tr><th scope="row">得分</th>{w.scoreBands.map((b) => <td key={b.score}>{b.score}</td>)}</tr></tbody>
        </table>
        <table class="rfm-walk-table">
          <caption>每位会员的得分（L 是在这一项上严格比他差的人数）</caption>
          <thead>
            <tr>
              <th scope="col">会员</th>
              <th scope="col">R 天数</th><th scope="col">L</th><th scope="col">R 分</th>
              <th scope="col">F 次数</th><th scope="col">L</th><th scope="col">F 分</th>
              <th scope="col">M 金额</th><th scope="col">L</th><th scope="col">M 分</th>
              <th scope="col">代码</th>
            </tr>
          </thead>
          <tbody>
            {w.customers.map((c) => (
              <tr key={c.customer} class={focus(c, 'scores') ? 'rfm-focus-row' : undefined}>
                <th scope="row">{c.customer}{mark(c, 'scores')}</th>
                <td>{c.recency}</td><td>{show(c.worse.r)}</td><td>{show(c.r)}</td>
                <td>{c.frequency}</td><td>{show(c.worse.f)}</td><td>{show(c.f)}</td>
                <td>{groupedNumber(c.monetary, 2)}</td><td>{show(c.worse.m)}</td><td>{show(c.m)}</td>
                <td>{show(c.code)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
    );
  }

  const hl = (high: boolean) => (high ? '高' : '低');
  const mean = (sum: number, m: number) => `${sum} ÷ ${w.n} = ${groupedNumber(m, 2)}`;
  return (
    <ScrollBox class="rfm-table-wrap" label="分类表">
      <p>
        平均得分：R {show(mean(w.scoreSums.r, w.meanScores.r))}；F {show(mean(w.scoreSums.f, w.meanScores.f))}；M {show(mean(w.scoreSums.m, w.meanScores.m))}。严格大于平均分记为“高”。
      </p>
      <table class="rfm-walk-table">
        <caption>每位会员的高低和类别</caption>
        <thead><tr><th scope="col">会员</th><th scope="col">代码</th><th scope="col">R</th><th scope="col">F</th><th scope="col">M</th><th scope="col">类别</th></tr></thead>
        <tbody>
          {w.customers.map((c) => (
            <tr key={c.customer} class={focus(c, 'segments') ? 'rfm-focus-row' : undefined}>
              <th scope="row">{c.customer}{mark(c, 'segments')}</th>
              <td>{c.code}</td>
              <td>{show(hl(c.high.r))}</td><td>{show(hl(c.high.f))}</td><td>{show(hl(c.high.m))}</td>
              <td>{show(c.segment)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}

function monthDay(iso: string): string {
  const [, m, d] = iso.split('-');
  return `${Number(m)}月${Number(d)}日`;
}
