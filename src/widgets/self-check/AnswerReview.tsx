import { describeQuizAnswer, type QuizAnswerScore, type QuizResponse } from '../../engine/quiz';
import type { PageQuestion } from '../../content-schema/quiz-schema';
import { letter, numberText, VERDICT_MARKS } from './labels';

interface Props {
  question: PageQuestion;
  /** Option ids in the order shown (choice questions). */
  order: readonly string[];
  /** The learner's answer and its score; absent when the instructor reveals the key without an answer. */
  response?: QuizResponse;
  score?: QuizAnswerScore;
  /** Where focus lands after submitting (`data-focus`). */
  focusKey?: string;
  /** Heading level inside the widget. */
  heading?: 'h5' | 'h6';
}

function chosenIds(response: QuizResponse | undefined): readonly string[] {
  if (response?.kind === 'single') return [response.choice];
  if (response?.kind === 'multiple') return response.choices;
  return [];
}

/**
 * The answer opened: every option marked right or wrong in words (not colour alone), the learner's choice, how it
 * scored and why, the explanation and the section to reread.
 */
export function AnswerReview({ question, order, response, score, focusKey, heading: Heading = 'h5' }: Props) {
  const chosen = chosenIds(response);
  const title = score ? `${VERDICT_MARKS[score.verdict]} ${describeQuizAnswer(question, score)}` : '答案与解析';
  return (
    <div class={`sc-review${score ? ` sc-${score.verdict}` : ' sc-key'}`}>
      <Heading class="sc-verdict" tabIndex={-1} data-focus={focusKey}>
        {title}
      </Heading>
      {(question.kind === 'single' || question.kind === 'multiple') && (
        <ul class="sc-option-review">
          {order.map((id, i) => {
            const option = question.options.find((o) => o.id === id)!;
            const right = question.kind === 'single' ? question.answer === id : question.answer.includes(id);
            const picked = chosen.includes(id);
            return (
              <li key={id} class={`${right ? 'is-right' : ''}${picked ? ' is-picked' : ''}`}>
                <span class="sc-letter">{letter(i)}.</span> {option.text}
                <span class="sc-marks">
                  {right && <span class="sc-badge sc-badge-right">✓ 正确答案</span>}
                  {picked && <span class={`sc-badge ${right ? 'sc-badge-picked' : 'sc-badge-wrong'}`}>{right ? '你选了' : '✗ 你选了（不该选）'}</span>}
                  {!picked && right && response && question.kind === 'multiple' && <span class="sc-badge sc-badge-missed">你漏选了</span>}
                </span>
                {option.why && <p class="sc-why">{option.why}</p>}
              </li>
            );
          })}
        </ul>
      )}
      {question.kind === 'true-false' && (
        <p class="sc-answer-line">
          这句话是<strong>{question.answer ? '正确' : '错误'}</strong>的。
          {response?.kind === 'true-false' && `你的判断：${response.value ? '正确' : '错误'}。`}
        </p>
      )}
      {question.kind === 'number' && (
        <p class="sc-answer-line">
          正确答案：<strong>
            {numberText(question.answer)}
            {question.unit ?? ''}
          </strong>
          {question.tolerance > 0 && `（与它相差不超过 ${numberText(question.tolerance)}${question.unit ?? ''} 都算对）`}。
          {response?.kind === 'number' && `你的答案：${numberText(response.value)}${question.unit ?? ''}。`}
        </p>
      )}
      <div class="sc-explanation">
        <p>
          <strong>解析：</strong>
          {question.explanation}
        </p>
        {question.seeHref && question.see && (
          <p>
            <a href={question.seeHref}>回看本章：{question.see}</a>
          </p>
        )}
      </div>
    </div>
  );
}
