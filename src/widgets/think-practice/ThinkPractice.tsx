import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { $notebook, setAnswer } from '../../stores/notebook';
import { WidgetFrame } from '../shared/WidgetFrame';
import { localHref } from '../../i18n/locale';

interface Props {
  /** The chapter's slug: answers are stored under it. */
  slug: string;
  questions: { id: string; text: string }[];
}

function timeOfDay(date: Date): string {
  return date.toTimeString().slice(0, 5);
}

/** 思考与实践: one answer box per question, saved in this browser as the learner types. */
export default function ThinkPractice({ slug, questions }: Props) {
  const notebook = useStore($notebook);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const answers = notebook.answers[slug] ?? {};
  const answered = questions.filter((q) => (answers[q.id]?.text.trim() ?? '') !== '').length;

  const onInput = (id: string, text: string) => {
    setAnswer(slug, id, text);
    setSavedAt(timeOfDay(new Date()));
  };

  return (
    <WidgetFrame name="think-practice" title="我的回答">
      <p class="status" aria-live="polite">
        已回答 {answered} / {questions.length} 题{savedAt ? `，已自动保存（${savedAt}）` : ''}
      </p>
      {questions.map((question, index) => {
        const text = answers[question.id]?.text ?? '';
        const fieldId = `answer-${slug}-${question.id}`;
        return (
          <div class="field" key={question.id}>
            <label for={fieldId}>
              {index + 1}. {question.text}
            </label>
            <textarea
              id={fieldId}
              name={question.id}
              value={text}
              onInput={(event) => onInput(question.id, event.currentTarget.value)}
              rows={5}
            />
            <small class="char-count" aria-hidden="true">
              {[...text.trim()].length} 字
            </small>
          </div>
        );
      })}
      <p>
        <a href={localHref('/notebook/')}>打开学习笔记：查看全部章节的回答，导出或打印 →</a>
      </p>
    </WidgetFrame>
  );
}
