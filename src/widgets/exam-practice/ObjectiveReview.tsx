import { scoreObjectiveAnswer, type ExamResponse, type ObjectiveItem } from '../../engine/exam';
import { LETTERS, VERDICT_MARK } from './labels';

interface Props {
  item: ObjectiveItem;
  response: ExamResponse;
  variant?: (text: string) => string;
}

function keyText(item: ObjectiveItem): string {
  if (item.type === '判断') return item.answer ? '正确' : '错误';
  if (item.type === '填空') return item.answer.map((accepted, i) => `第 ${i + 1} 空：${accepted.join(' / ')}`).join('；');
  return item.answer;
}

function givenText(item: ObjectiveItem, response: ExamResponse): string {
  if (response.kind === 'choice') return response.choice;
  if (response.kind === 'choices') return response.choices || '（未选）';
  if (response.kind === 'judge') return response.value ? '正确' : '错误';
  if (response.kind === 'blanks') return response.values.map((v, i) => `第 ${i + 1} 空：${v.trim() || '（空）'}`).join('；');
  return '';
}

/** An objective item answered: the verdict and why, the key, the learner's answer and the explanation. */
export function ObjectiveReview({ item, response, variant }: Props) {
  const score = scoreObjectiveAnswer(item, response, variant);
  return (
    <div class={`ep-review ep-${score.verdict}`}>
      <h5 class="ep-verdict" tabIndex={-1} data-focus="feedback">
        {VERDICT_MARK[score.verdict]} {score.summary}
      </h5>
      {(item.type === '单选' || item.type === '多选') && (
        <ul class="ep-option-review">
          {item.options.map((option, i) => {
            const letter = LETTERS[i]!;
            const right = item.answer.includes(letter);
            const picked = givenText(item, response).includes(letter);
            return (
              <li key={letter} class={right ? 'is-right' : picked ? 'is-wrong' : ''}>
                {letter}. {option}
                {right && <span class="ep-badge">✓ 正确答案</span>}
                {picked && <span class="ep-badge">{right ? '你选了' : '✗ 你选了'}</span>}
              </li>
            );
          })}
        </ul>
      )}
      <p>
        正确答案：<strong>{keyText(item)}</strong>。你的答案：<span translate={false}>{givenText(item, response)}</span>。
      </p>
      <p>
        <strong>解析：</strong>
        {item.explanation}
      </p>
    </div>
  );
}
