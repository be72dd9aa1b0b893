import { ScrollBox } from '../shared/ScrollBox';

/** A table of the 达成度 report (header row first), in a scroll box; `rowHeaders` makes each row's first cell its header. */
export function ReportTable({ rows, label, className, rowHeaders }: { rows: readonly (readonly string[])[]; label: string; className: string; rowHeaders: boolean }) {
  return (
    <ScrollBox label={label}>
      <table class={className}>
        <thead>
          <tr>
            {rows[0]!.map((h) => (
              <th scope="col" key={h}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.slice(1).map((row) => (
            <tr key={row[0]}>
              {row.map((c, i) =>
                rowHeaders && i === 0 ? (
                  <th scope="row" key={i}>
                    {c}
                  </th>
                ) : (
                  <td key={i}>{c}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}
