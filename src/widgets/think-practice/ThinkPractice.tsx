import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { isEarlyInput } from '../shared/early-input';
import { $notebook, keepEarlyAnswer, setAnswer } from '../../stores/notebook';
import type { SaveState } from '../../stores/storage/persistent';
import type { StorageNotice } from '../../stores/storage/versioned';
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

/** What the status line says about saving, once the learner has typed here: only a write that worked is 已自动保存. */
function savedText(saved: SaveState): string {
  if (saved.kind === 'saved') return `，已自动保存（${timeOfDay(saved.at)}）`;
  if (saved.kind === 'failed') return '，未能保存';
  return '';
}

/** Why an answer was not saved, and what to do: it lives only in this page now, so going elsewhere to export it would lose it. */
function unsavedText(notice: StorageNotice): string {
  const reason = notice.kind === 'quota' ? '浏览器存储空间已满' : notice.kind === 'unavailable' ? '浏览器不允许本站保存数据（可能处于无痕模式）' : '浏览器中的数据无法写入';
  return `未能保存：${reason}。回答只在这个页面上，离开或关闭页面前请先把它复制下来。`;
}

/** 思考与实践: one answer box per question, saved in this browser as the learner types. */
export default function ThinkPractice({ slug, questions }: Props) {
  const notebook = useStore($notebook);
  const saved = useStore($notebook.$saved);
  const [edited, setEdited] = useState(false);
  const answers = notebook.answers[slug] ?? {};
  const answered = questions.filter((q) => (answers[q.id]?.text.trim() ?? '') !== '').length;

  const onInput = (event: Event, id: string, text: string) => {
    (isEarlyInput(event) ? keepEarlyAnswer : setAnswer)(slug, id, text);
    setEdited(true);
  };

  return (
    <WidgetFrame name="think-practice" title="我的回答">
      <p class="status" aria-live="polite">
        已回答 {answered} / {questions.length} 题{edited ? savedText(saved) : ''}
      </p>
      {edited && saved.kind === 'failed' && (
        <p class="widget-error" role="alert">
          {unsavedText(saved.notice)}
        </p>
      )}
      {questions.map((question, index) => {
        const text = answers[question.id]?.text ?? '';
        const fieldId = `answer-${slug}-${question.id}`;
        return (
          <div class="field" key={question.id}>
            <label for={fieldId}>
              {index + 1}. {question.text}
            </label>
            <textarea id={fieldId} name={question.id} value={text} onInput={(event) => onInput(event, question.id, event.currentTarget.value)} rows={5} />
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
