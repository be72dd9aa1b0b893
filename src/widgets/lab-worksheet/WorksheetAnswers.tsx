import type { WorksheetSection } from '../../content-schema/worksheet-schema';
import type { FieldValue } from '../../stores/worksheets';
import { EMPTY, plainValue, withUnit } from './markdown';
import { rowsOf } from './values';
import { ScrollBox } from '../shared/ScrollBox';
import './lab-worksheet.css';

/** Answers to some sections of a worksheet, read-only: beside the rubric on the marking sheet, and in the notebook. The learner's words stay as written on /zh-hant/ pages. */
export function WorksheetAnswers({ sections, fields }: { sections: readonly WorksheetSection[]; fields: Readonly<Record<string, FieldValue>> }) {
  return (
    <div class="ws-answers">
      {sections.map((section) => (
        <div key={section.id}>
          <p class="ws-answers-section">{section.title}</p>
          {section.fields.map((field) => {
            const value = Object.hasOwn(fields, field.id) ? fields[field.id]! : '';
            if (field.type !== 'table') {
              const plain = plainValue(field, value);
              return (
                <p key={field.id} class="answer-text">
                  <strong>{field.label}：</strong>
                  {plain ? <span translate={false}>{plain}</span> : EMPTY}
                </p>
              );
            }
            const rows = rowsOf(value).filter((row) => Object.values(row).some((c) => c.trim() !== ''));
            return (
              <div key={field.id}>
                <p>
                  <strong>{field.label}</strong>（{rows.length} 行）
                </p>
                {rows.length > 0 && (
                  <ScrollBox label={field.label} class="ws-table-scroll">
                    <table class="ws-answers-table">
                      <thead>
                        <tr>
                          {field.columns.map((c) => (
                            <th scope="col" key={c.id}>
                              {withUnit(c.label, c.unit)}
                            </th>
                          ))}
                        </tr>
                      </thead>
                      <tbody>
                        {rows.map((row, i) => (
                          <tr key={i}>
                            {field.columns.map((c) => (
                              <td key={c.id} translate={false}>
                                {row[c.id] ?? ''}
                              </td>
                            ))}
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </ScrollBox>
                )}
              </div>
            );
          })}
        </div>
      ))}
    </div>
  );
}
