import type { ComponentChildren } from 'preact';
import { POINT_MARK_LABELS, POINT_MARKS, type PointMark } from '../../engine/exam/self-mark';

interface Props {
  /** The point marked (the fieldset's legend). */
  legend: ComponentChildren;
  /** The radio group's name, unique on the page. */
  name: string;
  value: PointMark | null | undefined;
  onMark: (mark: PointMark) => void;
  /** The class of each choice's label. */
  choiceClass: string;
  disabled?: boolean;
}

/** One 评分要点 or 参考要点 marked 已覆盖 / 部分覆盖 / 没写到 (exam practice and 思考与实践 self-marking). */
export function PointMarkChoices({ legend, name, value, onMark, choiceClass, disabled = false }: Props) {
  return (
    <fieldset disabled={disabled}>
      <legend>{legend}</legend>
      {POINT_MARKS.map((mark) => (
        <label key={mark} class={choiceClass}>
          <input type="radio" name={name} value={mark} checked={value === mark} onChange={() => onMark(mark)} />
          {POINT_MARK_LABELS[mark]}
        </label>
      ))}
    </fieldset>
  );
}
