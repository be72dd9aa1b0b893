import { useState } from 'preact/hooks';
import type { ExamResponse, ObjectiveItem } from '../../engine/exam';
import { LETTERS } from './labels';

interface Props {
  item: ObjectiveItem;
  onSubmit: (response: ExamResponse) => void;
}

const HINTS: Partial<Record<ObjectiveItem['type'], string>> = {
  多选: '多选题：选出所有正确的选项。全部选对得满分，少选得一半，有选错不得分。',
  填空: '每空 1 分，填写关键词即可。',
};

/** The form of an objective item: options, true/false or blanks, and 提交答案. */
export function ObjectiveForm({ item, onSubmit }: Props) {
  const [choice, setChoice] = useState<string>('');
  const [choices, setChoices] = useState<string>('');
  const [judge, setJudge] = useState<boolean | null>(null);
  const [blanks, setBlanks] = useState<string[]>(item.type === '填空' ? item.answer.map(() => '') : []);
  const [error, setError] = useState('');
  const name = `ep-${item.id}`;

  const submit = (event: Event) => {
    event.preventDefault();
    let response: ExamResponse | string;
    if (item.type === '单选') response = choice ? { kind: 'choice', choice } : '请先选择一个选项。';
    else if (item.type === '多选') response = choices ? { kind: 'choices', choices } : '请至少选择一个选项。';
    else if (item.type === '判断') response = judge === null ? '请先选择“正确”或“错误”。' : { kind: 'judge', value: judge };
    else response = blanks.every((b) => b.trim() === '') ? '请至少填写一空。' : { kind: 'blanks', values: blanks };
    if (typeof response === 'string') return setError(response);
    setError('');
    onSubmit(response);
  };
  const toggle = (letter: string) => setChoices(LETTERS.filter((l) => (l === letter ? !choices.includes(l) : choices.includes(l))).join(''));

  return (
    <form class="ep-form" onSubmit={submit} noValidate>
      {HINTS[item.type] && <p class="ep-hint">{HINTS[item.type]}</p>}
      {(item.type === '单选' || item.type === '多选') && (
        <fieldset class="ep-options">
          <legend class="visually-hidden">选项</legend>
          {item.options.map((option, i) => {
            const letter = LETTERS[i]!;
            return (
              <label class="ep-option" key={letter}>
                {item.type === '单选' ? (
                  <input type="radio" name={name} value={letter} checked={choice === letter} onChange={() => setChoice(letter)} />
                ) : (
                  <input type="checkbox" name={name} value={letter} checked={choices.includes(letter)} onChange={() => toggle(letter)} />
                )}
                <span class="ep-letter">{letter}.</span> {option}
              </label>
            );
          })}
        </fieldset>
      )}
      {item.type === '判断' && (
        <fieldset class="ep-options ep-tf">
          <legend class="visually-hidden">判断</legend>
          {[true, false].map((value) => (
            <label class="ep-option" key={String(value)}>
              <input type="radio" name={name} checked={judge === value} onChange={() => setJudge(value)} />
              {value ? '正确' : '错误'}
            </label>
          ))}
        </fieldset>
      )}
      {item.type === '填空' && (
        <div class="ep-blanks">
          {blanks.map((value, i) => (
            <label key={i}>
              第 {i + 1} 空
              <input type="text" value={value} translate={false} onInput={(e) => setBlanks(blanks.map((b, k) => (k === i ? e.currentTarget.value : b)))} />
            </label>
          ))}
        </div>
      )}
      {error && (
        <p class="ep-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" class="btn primary">
        提交答案
      </button>
    </form>
  );
}
