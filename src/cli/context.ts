import { toCsv, type CsvColumn } from '../engine/core/csv-export';
import type { RowIssue } from '../engine/core/types';
import { shortText } from '../engine/ingest/issue-log';
import type { ParsedArgs } from './args';
import { writeOutFile } from './output-file';

/** Where a command writes: stdout for results, stderr for warnings; injected so tests can capture. */
export interface Output {
  out(text: string): void;
  err(text: string): void;
  /** Resolves once stdout takes more (a pipe read slowly fills up): long output waits here instead of piling up in memory. */
  drained?(): Promise<void>;
}

/** Everything a command needs besides its arguments. */
export interface CommandContext {
  readonly args: ParsedArgs;
  readonly io: Output;
}

/**
 * A long array in a command's JSON (a million customers), written a slice at a time with each row mapped as
 * it is written, so the whole array never exists as one string or as a second set of objects. The bytes are
 * those of `JSON.stringify` on the mapped rows.
 */
export class JsonRows<Row> {
  constructor(
    readonly rows: readonly Row[],
    readonly toJson: (row: Row) => unknown,
  ) {}
}

const JSON_SLICE = 10_000;
const FLUSH_CHARS = 1 << 20;

/**
 * `JSON.stringify(value)` and a line end, for an object whose top-level values may be `JsonRows`: handed to
 * `out` in pieces of about a megabyte (small results in one piece), each after `drained` (when given) has resolved.
 */
export async function writeJson(out: (text: string) => void, value: Record<string, unknown>, drained?: () => Promise<void>): Promise<void> {
  let pending = '';
  const write = async (text: string) => {
    pending += text;
    if (pending.length >= FLUSH_CHARS) {
      await drained?.();
      out(pending);
      pending = '';
    }
  };
  let separator = '{';
  for (const [key, item] of Object.entries(value)) {
    if (item instanceof JsonRows) {
      await write(`${separator}${JSON.stringify(key)}:[`);
      for (let at = 0; at < item.rows.length; at += JSON_SLICE) {
        const slice = JSON.stringify(item.rows.slice(at, at + JSON_SLICE).map(item.toJson));
        await write(`${at > 0 ? ',' : ''}${slice.slice(1, -1)}`);
      }
      await write(']');
    } else {
      const text = JSON.stringify(item);
      if (text === undefined) continue; // as JSON.stringify leaves out undefined and functions
      await write(`${separator}${JSON.stringify(key)}:${text}`);
    }
    separator = ',';
  }
  await drained?.();
  out(`${pending}${separator === '{' ? '{}' : '}'}\n`);
}

/**
 * Finishes a command: JSON on stdout with `--json` (values verbatim; warnings inside), otherwise the
 * readable `table` on stdout and each warning on stderr; with `--out file.csv` the `csv` rows are also
 * written through `toCsv` (formula-looking text neutralised, UTF-8 BOM for Excel).
 */
export async function finish<Row>(
  ctx: CommandContext,
  json: Record<string, unknown> & { warnings?: readonly string[] },
  table: () => string,
  csv?: { rows: readonly Row[]; columns: readonly CsvColumn<Row>[] },
): Promise<void> {
  const outPath = ctx.args.values.get('out');
  if (outPath !== undefined && csv) writeOutFile(outPath, toCsv(csv.rows, csv.columns));
  if (ctx.args.flags.has('json')) {
    await writeJson((text) => ctx.io.out(text), json, ctx.io.drained);
    return;
  }
  ctx.io.out(`${table()}\n`);
  for (const warning of json.warnings ?? []) ctx.io.err(`警告：${warning}\n`);
  const skipped = skippedRowsList(json.input);
  if (skipped) ctx.io.err(skipped);
  if (outPath !== undefined && csv) ctx.io.err(`已写入 ${outPath}（${csv.rows.length} 行）\n`);
}

/**
 * The rows a file reader skipped, one line each with its line, column and reason (the first 20 it keeps), for the
 * readable output: the warning names only the first, and an instructor checking an export needs every one. Nothing
 * when at most one row was skipped (the warning says it all).
 */
function skippedRowsList(input: unknown): string {
  const { issues, issueCount } = (input ?? {}) as { issues?: readonly RowIssue[]; issueCount?: number };
  if (!Array.isArray(issues) || issues.length < 2) return '';
  const count = issueCount ?? issues.length;
  const head = count > issues.length ? `跳过的行（共 ${count} 行，以下是前 ${issues.length} 行）：` : `跳过的行（共 ${count} 行）：`;
  const lines = issues.map((i) => `  第 ${i.line} 行${i.column === undefined ? '' : `“${shortText(i.column)}”列`}：${i.message}`);
  return `${head}\n${lines.join('\n')}\n`;
}
