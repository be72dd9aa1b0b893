import type { WorksheetField } from '../../content-schema/worksheet-schema';
import type { PublishedResult } from '../../stores/widget-results';
import type { FieldValue } from '../../stores/worksheets';
import { RESULT_SOURCES } from '../../content-schema/result-sources';
import { FillButton } from './FillButton';
import { TableInput } from './TableInput';
import { choicesOf, rowsOf, textOf } from './values';

interface Props {
  field: WorksheetField;
  value: FieldValue;
  /** Applies a change to the field's value as it is now (so quick successive edits never undo each other). */
  onChange: (change: (value: FieldValue) => FieldValue) => void;
  onFill: (result: PublishedResult) => void;
  /** Set right after this field was filled from a widget: what happened, and how to undo it. */
  filled: { message: string; undo: () => void } | null;
}

export const fieldDomId = (id: string) => `ws-${id}`;

/** One worksheet field with its label, hint and (for fill fields) the fill button. */
export function FieldInput({ field, value, onChange, onFill, filled }: Props) {
  const id = fieldDomId(field.id);
  const hintId = field.hint ? `${id}-hint` : undefined;
  const required = field.required ? <span class="ws-required">（必填）</span> : null;
  const hint = field.hint && (
    <p class="hint" id={hintId}>
      {field.hint}
    </p>
  );
  const fill = 'fill' in field && field.fill && (
    <>
      <FillButton source={field.fill.source as keyof typeof RESULT_SOURCES} target={field.label} onFill={onFill} />
      <p class="status no-print" role="status">
        {filled && (
          <>
            {filled.message}{' '}
            <button type="button" class="btn" onClick={filled.undo}>
              撤销填入
            </button>
          </>
        )}
      </p>
    </>
  );

  if (field.type === 'choice') {
    const chosen = field.multiple ? choicesOf(value) : [textOf(value)];
    const toggle = (option: string, on: boolean) =>
      onChange((now) => (field.multiple ? field.options.filter((o) => (o === option ? on : choicesOf(now).includes(o))) : on ? option : textOf(now)));
    return (
      <fieldset class="ws-field ws-choice" id={id} aria-describedby={hintId}>
        <legend>
          {field.label}
          {required}
        </legend>
        {hint}
        {field.options.map((option) => (
          <label class="choice" key={option}>
            <input
              type={field.multiple ? 'checkbox' : 'radio'}
              name={id}
              value={option}
              checked={chosen.includes(option)}
              onChange={(e) => toggle(option, e.currentTarget.checked)}
            />{' '}
            {option}
          </label>
        ))}
      </fieldset>
    );
  }

  if (field.type === 'table') {
    return (
      <div class="ws-field" id={id} role="group" aria-labelledby={`${id}-label`} aria-describedby={hintId}>
        <p class="ws-label" id={`${id}-label`}>
          {field.label}
          {field.minRows > 1 && <span class="hint">（至少 {field.minRows} 行）</span>}
          {required}
        </p>
        {hint}
        {fill}
        <TableInput field={field} rows={rowsOf(value)} onChange={(change) => onChange((now) => ({ rows: change(rowsOf(now)) }))} />
      </div>
    );
  }

  const text = textOf(value);
  return (
    <div class="field ws-field">
      <label for={id}>
        {field.label}
        {field.type === 'number' && field.unit && <span class="visually-hidden">（单位：{field.unit}）</span>}
        {required}
      </label>
      {hint}
      {fill}
      {field.type === 'textarea' ? (
        <textarea id={id} class="no-print" rows={field.rows} value={text} placeholder={field.placeholder} aria-describedby={hintId} onInput={(e) => {
            const text = e.currentTarget.value;
            onChange(() => text);
          }} />
      ) : (
        <span class="ws-input-unit no-print">
          <input
            id={id}
            type="text"
            inputMode={field.type === 'number' ? 'decimal' : undefined}
            value={text}
            placeholder={field.type === 'text' ? field.placeholder : undefined}
            aria-describedby={hintId}
            onInput={(e) => {
              const text = e.currentTarget.value;
              onChange(() => text);
            }}
          />
          {field.type === 'number' && field.unit && <span aria-hidden="true">{field.unit}</span>}
        </span>
      )}
      <p class="print-only answer-text">{text.trim() ? `${text}${field.type === 'number' && field.unit ? ` ${field.unit}` : ''}` : '（未填写）'}</p>
    </div>
  );
}
