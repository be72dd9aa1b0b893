import { toCsv, type CsvColumn } from '../engine/core/csv-export';
import type { ParsedArgs } from './args';
import { writeOutFile } from './output-file';

/** Where a command writes: stdout for results, stderr for warnings; injected so tests can capture. */
export interface Output {
  out(text: string): void;
  err(text: string): void;
}

/** Everything a command needs besides its arguments. */
export interface CommandContext {
  readonly args: ParsedArgs;
  readonly io: Output;
}

/**
 * Finishes a command: JSON on stdout with `--json` (values verbatim; warnings inside), otherwise the
 * readable `table` on stdout and each warning on stderr; with `--out file.csv` the `csv` rows are also
 * written through `toCsv` (formula-looking text neutralised, UTF-8 BOM for Excel).
 */
export function finish<Row>(
  ctx: CommandContext,
  json: Record<string, unknown> & { warnings?: readonly string[] },
  table: () => string,
  csv?: { rows: readonly Row[]; columns: readonly CsvColumn<Row>[] },
): void {
  const outPath = ctx.args.values.get('out');
  if (outPath !== undefined && csv) writeOutFile(outPath, toCsv(csv.rows, csv.columns));
  if (ctx.args.flags.has('json')) {
    ctx.io.out(`${JSON.stringify(json)}\n`);
    return;
  }
  ctx.io.out(`${table()}\n`);
  for (const warning of json.warnings ?? []) ctx.io.err(`警告：${warning}\n`);
  if (outPath !== undefined && csv) ctx.io.err(`已写入 ${outPath}（${csv.rows.length} 行）\n`);
}
