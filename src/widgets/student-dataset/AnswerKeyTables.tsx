import type { AnswerKeyCell, AnswerKeySection } from '../../engine/answer-key/sections';
import { NO_TRANSLATE } from '../shared/no-translate';

/** Columns whose cells are the file's own text (ids, names): shown exactly as in the file, never converted. */
const DATA_COLUMNS = new Set(['会员号', '客户编号', '客户名称']);
/** Text longer than this (a customer's reasons, a note) wraps; shorter cells stay on one line. */
const LONG = 16;
/** Text this short (a verdict, a class) never breaks across lines. */
const SHORT = 6;

function cell(value: AnswerKeyCell, digits: number | undefined): string {
  if (value === null) return '—';
  if (typeof value === 'number') return digits === undefined ? String(value) : value.toFixed(digits);
  return value;
}

/** One row; a wide column (a customer's reasons) goes on a line of its own below, labelled with its header. */
function Row({ section, row }: { section: AnswerKeySection; row: readonly AnswerKeyCell[] }) {
  const narrow = section.columns.map((c, k) => [c, k] as const).filter(([c]) => !c.wide);
  const wide = section.columns.map((c, k) => [c, k] as const).filter(([c]) => c.wide);
  return (
    <>
      <tr class={wide.length > 0 ? 'sd-has-wide' : undefined}>
        {narrow.map(([column, k]) => {
          const value = row[k] ?? null;
          return (
            <td key={k} class={typeof value === 'number' ? 'num' : typeof value === 'string' && value.length > LONG ? 'text' : typeof value === 'string' && value.length <= SHORT ? 'short' : undefined} {...(DATA_COLUMNS.has(column.header) ? NO_TRANSLATE : {})}>
              {cell(value, column.digits)}
            </td>
          );
        })}
      </tr>
      {wide.map(([column, k]) => (
        <tr class="sd-wide-row" key={k}>
          <td colSpan={narrow.length}>
            {column.header}：{cell(row[k] ?? null, column.digits)}
          </td>
        </tr>
      ))}
    </>
  );
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
                {section.columns.filter((c) => !c.wide).map((c) => (
                  <th scope="col" key={c.header}>
                    {c.header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {section.rows.map((row, i) => (
                <Row section={section} row={row} key={i} />
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </>
  );
}
