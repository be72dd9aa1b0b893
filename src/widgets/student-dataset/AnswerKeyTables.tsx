import type { AnswerKeyCell, AnswerKeySection } from '../../engine/answer-key/sections';
import { NO_TRANSLATE } from '../shared/no-translate';

/** Columns whose cells are the file's own text (ids, names): shown exactly as in the file, never converted. */
const DATA_COLUMNS = new Set(['会员号', '客户编号', '客户名称']);

function cell(value: AnswerKeyCell, digits: number | undefined): string {
  if (value === null) return '—';
  if (typeof value === 'number') return digits === undefined ? String(value) : value.toFixed(digits);
  return value;
}

/** The answer key's tables, one `<table>` with a caption per section; numbers right-aligned as the CLI prints them. */
export function AnswerKeyTables({ sections }: { sections: readonly AnswerKeySection[] }) {
  return (
    <>
      {sections.map((section) => (
        <div class="sd-table-wrap" key={section.id} data-section={section.id} tabIndex={0} role="region" aria-label={section.title}>
          <table class="sd-table">
            <caption>{section.title}</caption>
            <thead>
              <tr>
                {section.columns.map((c) => (
                  <th scope="col" key={c.header}>
                    {c.header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {section.rows.map((row, i) => (
                <tr key={i}>
                  {row.map((value, k) => {
                    const column = section.columns[k]!;
                    const data = DATA_COLUMNS.has(column.header) ? NO_TRANSLATE : {};
                    return (
                      <td key={k} class={typeof value === 'number' ? 'num' : undefined} {...data}>
                        {cell(value, column.digits)}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </>
  );
}
