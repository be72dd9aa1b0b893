import { useEffect, useRef, useState } from 'preact/hooks';
import { conflictKey, type Choice, type MergePlan } from '../../stores/notebook/import-plan';
import type { ChapterQuestions } from '../../stores/notebook/markdown';

interface Props {
  plan: MergePlan;
  chapters: readonly ChapterQuestions[];
  onConfirm: (choices: Map<string, Choice>) => void;
  onCancel: () => void;
}

const CHOICES: { value: Choice; label: string }[] = [
  { value: 'local', label: '保留本机的回答' },
  { value: 'incoming', label: '换成导入的回答' },
  { value: 'both', label: '两者都保留（合并成一段）' },
];

function questionLabel(chapters: readonly ChapterQuestions[], slug: string, id: string): string {
  const chapter = chapters.find((c) => c.slug === slug);
  const index = chapter?.questions.findIndex((q) => q.id === id) ?? -1;
  return chapter ? `${chapter.label} 第 ${index + 1} 题：${chapter.questions[index]?.text ?? id}` : `${slug} / ${id}`;
}

/** Asks, for every answer that differs between this browser and the backup, which one to keep. */
export function ImportDialog({ plan, chapters, onConfirm, onCancel }: Props) {
  const [choices, setChoices] = useState(() => new Map<string, Choice>(plan.conflicts.map((c) => [conflictKey(c), 'local'])));
  const setAll = (choice: Choice) => setChoices(new Map(plan.conflicts.map((c) => [conflictKey(c), choice])));
  // It appears after the file chooser closed (and its code may have arrived later still): the focus moves into it.
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => title.current?.focus(), []);

  return (
    <div class="import-dialog" role="group" aria-labelledby="import-dialog-title">
      <h3 id="import-dialog-title" ref={title} tabIndex={-1}>导入前请确认：{plan.conflicts.length} 道题的回答与本机不同</h3>
      <p>
        备份中另有 {plan.added} 条新回答会直接加入，{plan.unchanged} 条与本机相同。下面这些题目两边都有回答且内容不同，默认保留本机的回答；不确认就不会替换任何内容。
      </p>
      <p class="tool-row">
        {CHOICES.map((choice) => (
          <button type="button" class="btn" onClick={() => setAll(choice.value)} key={choice.value}>
            全部{choice.label.replace(/的回答|（合并成一段）/g, '')}
          </button>
        ))}
      </p>
      {plan.conflicts.map((conflict) => {
        const key = conflictKey(conflict);
        return (
          <fieldset class="conflict" key={key}>
            <legend>{questionLabel(chapters, conflict.slug, conflict.id)}</legend>
            <div class="conflict-sides">
              <div>
                <p class="block-label">本机</p>
                <p class="answer-text" translate={false}>{conflict.local.text}</p>
              </div>
              <div>
                <p class="block-label">导入的备份</p>
                <p class="answer-text" translate={false}>{conflict.incoming.text}</p>
              </div>
            </div>
            {CHOICES.map((choice) => (
              <label class="choice" key={choice.value}>
                <input
                  type="radio"
                  name={`choice-${key}`}
                  value={choice.value}
                  checked={choices.get(key) === choice.value}
                  onChange={() => setChoices(new Map(choices).set(key, choice.value))}
                />
                {choice.label}
              </label>
            ))}
          </fieldset>
        );
      })}
      <p class="tool-row">
        <button type="button" class="btn primary" onClick={() => onConfirm(choices)}>
          确认导入
        </button>
        <button type="button" class="btn" onClick={onCancel}>
          取消，不导入
        </button>
      </p>
    </div>
  );
}
