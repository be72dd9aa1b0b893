import { useStore } from '@nanostores/preact';
import { AnswerReview } from './AnswerReview';
import { KIND_LABELS, letter } from './labels';
import { QuestionContext } from './Prompt';
import type { SelfCheckModel } from './state';

/** Class mode for the projector: one question at a time, big; the class answers; the instructor reveals. */
export function ClassView({ model }: { model: SelfCheckModel }) {
  const state = useStore(model.$class);
  const orders = useStore(model.$order);
  const questions = model.quiz.questions;
  const question = questions[state.index]!;
  const order = orders[question.id] ?? [];
  const total = questions.length;
  return (
    <section class="sc-class" aria-labelledby={`${model.quiz.widget}-class`}>
      <h4 id={`${model.quiz.widget}-class`} tabIndex={-1} data-focus="class-question">
        课堂模式 · 第 {state.index + 1} / {total} 题 · {KIND_LABELS[question.kind]}
      </h4>
      <QuestionContext question={question} />
      <p class="sc-prompt sc-class-prompt">{question.prompt}</p>
      {!state.revealed && (question.kind === 'single' || question.kind === 'multiple') && (
        <ol class="sc-class-options">
          {order.map((id, i) => (
            <li key={id}>
              <span class="sc-letter">{letter(i)}.</span> {question.options.find((o) => o.id === id)!.text}
            </li>
          ))}
        </ol>
      )}
      {!state.revealed && question.kind === 'true-false' && <p class="sc-class-hint">请全班判断：正确，还是错误？</p>}
      {!state.revealed && question.kind === 'number' && <p class="sc-class-hint">请每人算出结果{question.unit ? `（单位：${question.unit}）` : ''}，写在纸上。</p>}
      {!state.revealed && question.kind === 'multiple' && <p class="sc-class-hint">可选多项。</p>}
      {state.revealed && <AnswerReview question={question} order={order} focusKey="class-answer" />}
      <div class="tool-row sc-nav">
        <button type="button" class="btn" disabled={state.index === 0} onClick={() => model.classStep({ type: 'previous' })}>
          上一题
        </button>
        {state.revealed ? (
          <button type="button" class="btn" onClick={() => model.classStep({ type: 'hide' })}>
            隐藏答案
          </button>
        ) : (
          <button type="button" class="btn primary" onClick={() => model.classStep({ type: 'reveal' })}>
            揭晓答案
          </button>
        )}
        <button type="button" class={`btn${state.revealed ? ' primary' : ''}`} disabled={state.index === total - 1} onClick={() => model.classStep({ type: 'next' })}>
          下一题
        </button>
      </div>
    </section>
  );
}
