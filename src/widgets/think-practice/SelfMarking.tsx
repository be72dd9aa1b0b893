import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { $thinkMarks, currentMarks, markSummary, setThinkMark } from '../../stores/think-marks';
import { PointMarkChoices } from '../shared/PointMarkChoices';
import { useDomId } from '../shared/use-dom-id';

/** An answer must be this long (characters, a few sentences) before its 参考要点 can be opened. */
export const MIN_ANSWER_CHARS = 50;

interface Props {
  slug: string;
  questionId: string;
  points: readonly string[];
  answer: { text: string; updatedAt: string } | undefined;
  /** The teacher has set the questions as homework: the points stay closed. */
  hidden: boolean;
}

/** Under an answer: the 参考要点 to open once the learner has written a few sentences, each marked 已覆盖 / 部分覆盖 / 没写到. */
export function SelfMarking({ slug, questionId, points, answer, hidden }: Props) {
  const data = useStore($thinkMarks);
  const [open, setOpen] = useState(false);
  const panelId = useDomId();
  if (hidden) return <p class="self-mark-note">老师已把本章的思考与实践布置为作业，参考要点暂不公开。</p>;
  const length = [...(answer?.text.trim() ?? '')].length;
  if (length < MIN_ANSWER_CHARS) {
    return <p class="self-mark-note">写满 {MIN_ANSWER_CHARS} 字（几句话）后，可以打开参考要点，逐条对照给自己的回答自评（已写 {length} 字）。</p>;
  }
  const marks = currentMarks(data, slug, questionId, points);
  const entry = data.marks[slug]?.[questionId];
  const stale = entry !== undefined && marks === null;
  const editedSince = marks !== null && answer !== undefined && entry !== undefined && answer.updatedAt > entry.updatedAt;
  return (
    <div class="self-mark">
      <button type="button" class="btn" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        {open ? '收起参考要点' : '对照参考要点自评'}
      </button>
      <p class="self-mark-summary" aria-live="polite">
        {marks ? markSummary(marks) : stale ? '参考要点已更新，之前的自评不再对应，请重新对照。' : '还没有自评。'}
        {editedSince && '（自评之后回答又改过，可以重新对照。）'}
      </p>
      {open && (
        <div id={panelId} class="self-mark-panel">
          <p>逐条对照：你的回答写到了这一点吗？自评和回答一起保存，也会出现在学习笔记和导出的文件里。</p>
          <ol>
            {points.map((point, i) => (
              <li key={i}>
                <PointMarkChoices legend={point} name={`${panelId}-${i}`} value={marks?.[i]} onMark={(mark) => setThinkMark(slug, questionId, points, i, mark)} choiceClass="self-mark-choice" />
              </li>
            ))}
          </ol>
        </div>
      )}
    </div>
  );
}
