import { useState } from 'preact/hooks';
import type { ColumnMapping } from './controller';
import type { MappingField } from './protocol';

interface Props {
  readonly fields: readonly MappingField[];
  readonly headers: readonly string[];
  /** The columns found or chosen so far (null: none). */
  readonly mapping: ColumnMapping;
  readonly idPrefix: string;
  readonly onSubmit: (mapping: ColumnMapping) => void;
}

/** What is wrong with a choice before reading again: a required field without a column, or one column twice. */
export function mappingProblem(fields: readonly MappingField[], mapping: ColumnMapping): string | null {
  const unset = fields.filter((f) => f.required && !mapping[f.key]);
  if (unset.length > 0) return `请为“${unset.map((f) => f.label).join('”“')}”选一列。`;
  const chosen = fields.map((f) => mapping[f.key]).filter((h): h is string => Boolean(h));
  const twice = chosen.find((h, i) => chosen.indexOf(h) !== i);
  return twice === undefined ? null : `“${twice}”这一列只能对应一项。`;
}

/**
 * 列的对应关系: one labelled select per field (which header of the file holds it), and a button that reads the
 * file again with that choice. Nothing is read while the selects change, so moving through a select with the
 * arrow keys (a screen reader's way) starts no reading; a choice that cannot work says why instead.
 */
export function ColumnMappingForm({ fields, headers, mapping, idPrefix, onSubmit }: Props) {
  const [chosen, setChosen] = useState<ColumnMapping>(mapping);
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <form
      class="mapping-form"
      onSubmit={(e) => {
        e.preventDefault();
        const wrong = mappingProblem(fields, chosen);
        setProblem(wrong);
        if (wrong === null) onSubmit(chosen);
      }}
    >
      <fieldset>
        <legend>每一项在文件的哪一列</legend>
        <div class="mapping-grid">
          {fields.map((field) => (
            <div class="field" key={field.key}>
              <label for={`${idPrefix}-map-${field.key}`}>{field.label}{field.required ? '' : '（可选）'}</label>
              <select
                id={`${idPrefix}-map-${field.key}`}
                value={chosen[field.key] ?? ''}
                onChange={(e) => setChosen({ ...chosen, [field.key]: e.currentTarget.value === '' ? null : e.currentTarget.value })}
              >
                <option value="">{field.required ? '（请选择）' : '（没有这一列）'}</option>
                {[...new Set(headers)].filter((h) => h !== '').map((h) => (
                  <option value={h} key={h}>{h}</option>
                ))}
              </select>
            </div>
          ))}
        </div>
      </fieldset>
      {problem && <p class="picker-problem" role="alert">{problem}</p>}
      <button type="submit" class="btn primary">按所选的列重新读取</button>
    </form>
  );
}
