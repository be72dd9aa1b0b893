import { useStore } from '@nanostores/preact';
import { QUIZ_VERDICT_LABELS } from '../../engine/quiz';
import { VERDICT_MARKS } from './labels';
import type { SelfCheckModel } from './state';

/** The numbered questions, each saying whether it is answered and how (in words for screen readers and a mark, not colour alone). */
export function Navigator({ model }: { model: SelfCheckModel }) {
  const step = useStore(model.$step);
  const score = useStore(model.$score);
  const answers = score.ok ? score.value.answers : {};
  const complete = score.ok && score.value.complete;
  return (
    <nav class="sc-navigator" aria-label="题目导航">
      <ol>
        {model.quiz.questions.map((q, i) => {
          const a = answers[q.id];
          const state = a ? QUIZ_VERDICT_LABELS[a.verdict] : '未作答';
          return (
            <li key={q.id}>
              <button type="button" class={`sc-nav-item${a ? ` sc-${a.verdict}` : ''}`} aria-current={step === i ? 'step' : undefined} onClick={() => model.go(i)}>
                <span class="visually-hidden">第 </span>
                {i + 1}
                <span class="visually-hidden"> 题：{state}</span>
                <span aria-hidden="true" class="sc-nav-mark">
                  {a ? VERDICT_MARKS[a.verdict] : ''}
                </span>
              </button>
            </li>
          );
        })}
        <li>
          <button type="button" class="sc-nav-item sc-nav-summary" aria-current={step === 'summary' ? 'step' : undefined} onClick={() => model.go('summary')}>
            {complete ? '总分' : '答题情况'}
          </button>
        </li>
      </ol>
    </nav>
  );
}
