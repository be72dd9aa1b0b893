import { useRef } from 'preact/hooks';
import type { TableField } from '../../content-schema/worksheet-schema';
import type { TableRow } from '../../stores/worksheets';
import { ScrollBox } from '../shared/ScrollBox';
import { withUnit } from './markdown';
import { blankRow } from './values';

interface Props {
  field: TableField;
  rows: readonly TableRow[];
  /** Called with a change to apply to the rows as they are now (never a copy from an earlier render). */
  onChange: (change: (rows: readonly TableRow[]) => TableRow[]) => void;
}

/** A worksheet table: one input (or select) per cell, named by row and column for screen readers; add and remove rows. */
export function TableInput({ field, rows, onChange }: Props) {
  const body = useRef<HTMLTableSectionElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const setCell = (index: number, column: string, value: string) => onChange((now) => now.map((row, i) => (i === index ? { ...row, [column]: value } : row)));
  const focusRow = (index: number) => setTimeout(() => body.current?.rows[index]?.querySelector<HTMLElement>('input, select')?.focus(), 0);
  const add = () => {
    onChange((now) => [...now, blankRow(field)]);
    focusRow(rows.length);
  };
  const remove = (index: number) => {
    onChange((now) => now.filter((_, i) => i !== index));
    if (rows.length > 1) focusRow(Math.min(index, rows.length - 2));
    else setTimeout(() => addButton.current?.focus(), 0);
  };

  return (
    <div class="ws-table">
      <ScrollBox label={field.label} class="ws-table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col" class="ws-row-no">
                <span class="visually-hidden">行号</span>
              </th>
              {field.columns.map((c) => (
                <th scope="col" key={c.id}>
                  {withUnit(c.label, c.unit)}
                </th>
              ))}
              <th scope="col" class="no-print">
                <span class="visually-hidden">操作</span>
              </th>
            </tr>
          </thead>
          <tbody ref={body}>
            {rows.map((row, index) => (
              <tr key={index}>
                <th scope="row" class="ws-row-no">{index + 1}</th>
                {field.columns.map((c) => {
                  const label = `第 ${index + 1} 行 ${c.label}`;
                  const value = row[c.id] ?? '';
                  return (
                    <td key={c.id}>
                      {c.type === 'choice' ? (
                        <select class="no-print" aria-label={label} value={value} onChange={(e) => setCell(index, c.id, e.currentTarget.value)}>
                          <option value="">（请选择）</option>
                          {c.options!.map((o) => (
                            <option key={o} value={o}>
                              {o}
                            </option>
                          ))}
                          {value && !c.options!.includes(value) && <option value={value}>{value}</option>}
                        </select>
                      ) : (
                        <input
                          class="no-print"
                          type="text"
                          inputMode={c.type === 'number' ? 'decimal' : undefined}
                          aria-label={label}
                          value={value}
                          onInput={(e) => setCell(index, c.id, e.currentTarget.value)}
                        />
                      )}
                      <span class="print-only ws-print-cell">{value}</span>
                    </td>
                  );
                })}
                <td class="no-print">
                  <button type="button" class="btn ws-remove" onClick={() => remove(index)} aria-label={`删除第 ${index + 1} 行`}>
                    删除
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
      <button type="button" class="btn no-print" ref={addButton} onClick={add}>
        添加一行
      </button>
    </div>
  );
}
