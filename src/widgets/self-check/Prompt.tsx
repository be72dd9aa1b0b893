import type { PageQuestion } from '../../content-schema/quiz-schema';
import { ScrollBox } from '../shared/ScrollBox';

/** The situation and the table a question refers to (the prompt itself goes in the form's legend or a heading). */
export function QuestionContext({ question }: { question: PageQuestion }) {
  return (
    <>
      {question.scenario && <p class="sc-scenario">{question.scenario}</p>}
      {question.table && (
        <ScrollBox label={question.table.caption} class="sc-table-wrap">
          <table class="sc-table">
            <caption>{question.table.caption}</caption>
            <thead>
              <tr>
                {question.table.columns.map((c) => (
                  <th scope="col" key={c}>
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {question.table.rows.map((row, i) => (
                <tr key={i}>
                  {row.map((cell, j) => (j === 0 ? <th scope="row" key={j}>{cell}</th> : <td key={j}>{cell}</td>))}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      )}
    </>
  );
}
