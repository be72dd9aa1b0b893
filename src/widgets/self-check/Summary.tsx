import { useStore } from '@nanostores/preact';
import { useEffect, useRef } from 'preact/hooks';
import { creditText, quizAdvice, QUIZ_VERDICT_LABELS } from '../../engine/quiz';
import { quizCodeAnswers } from '../../engine/result-code/quiz-answers';
import { ResultCode } from '../shared/ResultCode';
import { ScrollBox } from '../shared/ScrollBox';
import { VERDICT_MARKS } from './labels';
import type { SelfCheckModel } from './state';

/** Local date and time of an ISO stamp, as 2025-03-01 16:05. */
function when(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

/** The score page: total, one row per question, what to do next, earlier attempts, and a fresh attempt. */
export function Summary({ model }: { model: SelfCheckModel }) {
  const score = useStore(model.$score);
  const history = useStore(model.$history);
  const attempt = useStore(model.$attempt);
  const heading = useRef<HTMLHeadingElement>(null);
  // This view loads after the step changed (SelfCheck.tsx), so the widget's focus request found no heading yet.
  useEffect(() => {
    if (model.$focus.get()?.target === 'summary') heading.current?.focus();
  }, []);
  if (!score.ok) return <p role="alert">{score.message}</p>;
  const s = score.value;
  const percent = Math.round(s.percent);
  return (
    <section class="sc-summary" aria-labelledby={`${model.quiz.widget}-summary`}>
      <h4 id={`${model.quiz.widget}-summary`} ref={heading} tabIndex={-1} data-focus="summary">
        {s.complete ? `总分 ${creditText(s.points)} / ${s.total}（${percent}%）` : `已答 ${s.answered} / ${s.total} 题，目前得分 ${creditText(s.points)}`}
      </h4>
      <p>
        {s.complete && `答对 ${s.correct} 题${s.partial ? `，部分正确 ${s.partial} 题` : ''}，答错 ${s.wrong} 题。`}
        {quizAdvice(s)}
      </p>
      <ScrollBox label="每题的结果" class="sc-table-wrap">
        <table class="sc-table sc-result-table">
          <caption>每题的结果</caption>
          <thead>
            <tr>
              <th scope="col">题</th>
              <th scope="col">结果</th>
              <th scope="col">得分</th>
              <th scope="col">解析</th>
            </tr>
          </thead>
          <tbody>
            {model.quiz.questions.map((q, i) => {
              const a = s.answers[q.id];
              return (
                <tr key={q.id}>
                  <th scope="row">第 {i + 1} 题</th>
                  <td>{a ? `${VERDICT_MARKS[a.verdict]} ${QUIZ_VERDICT_LABELS[a.verdict]}` : '— 未作答'}</td>
                  <td>{a ? creditText(a.credit) : '0'}</td>
                  <td>
                    <button type="button" class="btn sc-link-btn" onClick={() => model.go(i)}>
                      {a ? `看第 ${i + 1} 题解析` : `去做第 ${i + 1} 题`}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollBox>
      {history.length > 0 && (
        <details class="sc-history">
          <summary>历次成绩（共完成 {history.length} 次）</summary>
          <ol reversed>
            {[...history].reverse().slice(0, 10).map((h) => (
              <li key={`${h.finishedAt}-${h.seed}`}>
                {when(h.finishedAt)}：{creditText(h.points)} / {h.total}
              </li>
            ))}
          </ol>
        </details>
      )}
      <div class="tool-row">
        <button type="button" class="btn primary" onClick={() => model.retry()}>
          重新测一遍（选项重新打乱）
        </button>
      </div>
      {s.complete && (
        <ResultCode
          result={{
            activity: model.quiz.key,
            answers: quizCodeAnswers(model.quiz.questions, attempt.responses),
            score: { points: s.points, max: s.total },
            ...(history.length > 0 ? { takenAt: history[history.length - 1]!.finishedAt } : {}),
          }}
        />
      )}
    </section>
  );
}
