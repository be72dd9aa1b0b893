import { useState } from 'preact/hooks';
import { EXAM_DIFFICULTIES, EXAM_ITEM_TYPES, type ExamDifficulty, type ExamItemType } from '../../engine/exam/types';
import type { BankChapterInfo } from '../shared/exam-bank';
import type { SetChoice } from './state';

interface Props {
  chapters: readonly BankChapterInfo[];
  busy: boolean;
  onStart: (choice: SetChoice) => void;
}

const COUNTS = [5, 10, 20, 30];

function Checks<T extends string>({ legend, values, labels, chosen, onChange }: { legend: string; values: readonly T[]; labels?: (v: T) => string; chosen: readonly T[]; onChange: (next: T[]) => void }) {
  return (
    <fieldset class="ep-checks">
      <legend>{legend}</legend>
      {values.map((value) => (
        <label key={value}>
          <input type="checkbox" checked={chosen.includes(value)} onChange={(e) => onChange(e.currentTarget.checked ? values.filter((v) => v === value || chosen.includes(v)) : chosen.filter((v) => v !== value))} />
          {labels ? labels(value) : value}
        </label>
      ))}
    </fieldset>
  );
}

/** Choosing a set: chapters, types, difficulty and how many items; nothing chosen in a group means all of it. */
export function SetChooser({ chapters, busy, onStart }: Props) {
  const [chosenChapters, setChapters] = useState<string[]>(chapters.map((c) => c.slug));
  const [types, setTypes] = useState<ExamItemType[]>([...EXAM_ITEM_TYPES]);
  const [difficulties, setDifficulties] = useState<ExamDifficulty[]>([...EXAM_DIFFICULTIES]);
  const [count, setCount] = useState(10);
  const label = (slug: string) => {
    const chapter = chapters.find((c) => c.slug === slug)!;
    return `${chapter.label === '补充讲义' ? '补充讲义：' : `${chapter.label} `}${chapter.title}（${chapter.items} 题）`;
  };
  const none = chosenChapters.length === 0 || types.length === 0 || difficulties.length === 0;
  return (
    <form
      class="ep-chooser"
      onSubmit={(e) => {
        e.preventDefault();
        if (!none) onStart({ chapters: chosenChapters, types, difficulties, count });
      }}
    >
      <Checks legend="章节" values={chapters.map((c) => c.slug)} labels={label} chosen={chosenChapters} onChange={setChapters} />
      <Checks legend="题型" values={EXAM_ITEM_TYPES} chosen={types} onChange={setTypes} />
      <Checks legend="难度" values={EXAM_DIFFICULTIES} chosen={difficulties} onChange={setDifficulties} />
      <label class="ep-count">
        题数
        <select value={count} onChange={(e) => setCount(Number(e.currentTarget.value))}>
          {COUNTS.map((n) => (
            <option key={n} value={n}>
              {n} 题
            </option>
          ))}
        </select>
      </label>
      {none && <p class="ep-hint">章节、题型和难度每组至少选一项。</p>}
      <button type="submit" class="btn primary" disabled={none || busy}>
        {busy ? '正在载入题库……' : '开始练习'}
      </button>
    </form>
  );
}
