import type { ExamBankItem, ExamResponse } from '../../engine/exam';
import type { PracticeAnswer } from '../../stores/exam-practice';
import { PointMarkChoices } from '../shared/PointMarkChoices';
import { paragraphs, pointsText, VERDICT_TEXT } from './labels';
import { confirmMarks, markPoint, reveal, rubricParts, saveDraft } from './state';

export type Subjective = Exclude<ExamBankItem, { type: '单选' | '多选' | '判断' | '填空' }>;

interface Props {
  item: Subjective;
  answer: PracticeAnswer | undefined;
}

/** The learner writes first; the model answer and 评分要点 open only after something is written. */
const MIN_CHARS = 5;

/** A 名词解释, 简答, 论述, 计算 or 案例分析: write, then open the 评分要点 and mark the answer point by point. */
export function SubjectiveView({ item, answer }: Props) {
  const questions = item.type === '案例分析' ? item.questions : [{ stem: '', points: item.points, answer: item.answer, rubric: item.rubric }];
  const texts = answer?.response.kind === 'case' ? answer.response.texts : answer?.response.kind === 'text' ? [answer.response.text] : [];
  const revealed = answer?.revealed ?? false;
  const written = texts.join('').replace(/\s+/g, '').length;
  const onInput = (index: number, text: string) => {
    const next = questions.map((_, i) => (i === index ? text : (texts[i] ?? '')));
    const response: ExamResponse = item.type === '案例分析' ? { kind: 'case', texts: next } : { kind: 'text', text: next[0]! };
    saveDraft(item, response);
  };
  const parts = rubricParts(item);
  const allMarked = answer?.marks?.every((row) => row.every((m) => m !== null)) ?? false;

  return (
    <div class="ep-subjective">
      {questions.map((q, i) => {
        const id = `ep-answer-${item.id}-${i}`;
        return (
          <div class="ep-part" key={i}>
            {item.type === '案例分析' && (
              <p class="ep-case-question">
                （{i + 1}）{q.stem}（{pointsText(q.points)} 分）
              </p>
            )}
            <label for={id}>{item.type === '案例分析' ? `第 ${i + 1} 问的答案` : '你的答案'}</label>
            <textarea id={id} rows={item.points >= 10 ? 7 : 4} value={texts[i] ?? ''} readOnly={revealed} onInput={(e) => onInput(i, e.currentTarget.value)} />
            {revealed && (
              <div class="ep-key">
                <p class="ep-key-title">参考答案</p>
                {paragraphs(q.answer).map((p, k) => (
                  <p key={k}>{p}</p>
                ))}
                <p class="ep-key-title">评分要点：逐条对照你的答案</p>
                <ol class="ep-rubric">
                  {parts[i]!.map((point, p) => (
                    <li key={p}>
                      <PointMarkChoices
                        legend={`${point.point}（${pointsText(point.score)} 分）`}
                        name={`${id}-${p}`}
                        value={answer?.marks?.[i]?.[p]}
                        onMark={(mark) => markPoint(item, i, p, mark)}
                        choiceClass="ep-mark"
                        disabled={answer?.verdict !== null}
                      />
                    </li>
                  ))}
                </ol>
              </div>
            )}
          </div>
        );
      })}
      {!revealed && (
        <>
          <p class="ep-hint">先写下你的答案，再打开参考答案和评分要点，逐条给自己打分（已覆盖得全分，部分覆盖得一半，没写到不得分）。打开后答案不能再改。</p>
          <button type="button" class="btn primary" disabled={written < MIN_CHARS} onClick={() => reveal(item)}>
            对照评分要点
          </button>
          {written < MIN_CHARS && <p class="ep-hint">写满 {MIN_CHARS} 个字后可以对照。</p>}
        </>
      )}
      {revealed && answer?.verdict === null && (
        <>
          <button type="button" class="btn primary" disabled={!allMarked} onClick={() => confirmMarks(item)}>
            确认自评
          </button>
          {!allMarked && <p class="ep-hint">每一条评分要点都选好后可以确认。</p>}
        </>
      )}
      {answer?.verdict && (
        <p class={`ep-review ep-${answer.verdict}`} tabIndex={-1} data-focus="feedback">
          <strong>{VERDICT_TEXT[answer.verdict]}</strong>：自评得 {pointsText(answer.score ?? 0)} 分（满分 {pointsText(item.points)} 分）。
          {answer.verdict !== 'right' && '本题已加入错题本，之后连续答对两次才会移出。'}
        </p>
      )}
    </div>
  );
}
