import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { parseNumberAnswer } from '../../engine/quiz/parse-number-answer';
import { DATASET_ACTIVITY, datasetCodeAnswers, datasetQuestions } from '../../engine/result-code/dataset-answers';
import { $identity } from '../../stores/identity';
import { ResultCode } from '../shared/ResultCode';
import { useDomId } from '../shared/use-dom-id';

interface Props {
  /** The dataset id of the student's file. */
  dataset: string;
  /** The 学号 the file was made for. */
  studentNumber: string;
}

/**
 * 交答案: the headline numbers of the student's own file, typed in and handed in as a result code; the teacher's
 * class board checks them against the answer key of this student's file.
 */
export function AnswerSheet({ dataset, studentNumber }: Props) {
  const questions = datasetQuestions(dataset);
  const [typed, setTyped] = useState<Readonly<Record<string, string>>>({});
  const identity = useStore($identity);
  const id = useDomId();
  if (questions.length === 0) return null;
  const values = questions.map((q) => parseNumberAnswer(typed[q.id] ?? '', q.unit || undefined));
  const unreadable = questions.filter((q, k) => (typed[q.id] ?? '').trim() !== '' && values[k] === null);
  const answered = values.some((v) => v !== null);
  const otherNumber = identity.studentId.trim() !== '' && identity.studentId.trim() !== studentNumber;
  return (
    <section class="sd-answers" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>用你的文件算一算，交答案</h4>
      <p>用 Excel 或本课程的分析工具算出下面几个数，填好后“提交结果”。老师会按你的学号生成参考答案逐题核对。</p>
      <ol class="sd-questions">
        {questions.map((q) => (
          <li key={q.id}>
            <label for={`${id}-${q.id}`}>{q.prompt}</label>
            <span class="sd-answer">
              <input id={`${id}-${q.id}`} type="text" inputMode="decimal" value={typed[q.id] ?? ''} onInput={(e) => setTyped({ ...typed, [q.id]: e.currentTarget.value })} />
              {q.unit && <span>{q.unit}</span>}
            </span>
          </li>
        ))}
      </ol>
      {unreadable.length > 0 && (
        <p class="sd-error" role="alert">
          第 {unreadable.map((q) => questions.indexOf(q) + 1).join('、')} 题填的不是数字，提交时按未作答处理。
        </p>
      )}
      {otherNumber && (
        <p class="sd-hint">
          提交人的学号（{identity.studentId.trim()}）与生成这份数据用的学号（{studentNumber}）不同：老师会按提交码里的学号核对答案。
        </p>
      )}
      <ResultCode result={answered ? { activity: `${DATASET_ACTIVITY}/${dataset}`, answers: datasetCodeAnswers(dataset, values), score: null } : null} />
    </section>
  );
}
