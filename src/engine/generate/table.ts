/** How a column's cells are written and read: text, whole numbers, decimals, dates or date-times. */
export type GeneratedColumnType = 'string' | 'integer' | 'number' | 'date' | 'datetime';

/** One column of a generated table: its header, type and plain-Chinese meaning (the data dictionary). */
export interface GeneratedColumn {
  /** The header exactly as written in the CSV, e.g. `实付金额`. */
  readonly name: string;
  readonly type: GeneratedColumnType;
  /** What the column holds, in Chinese, with its unit. */
  readonly meaning: string;
  /** For `number` columns: digits after the decimal point in the CSV (fixed, so files are byte-stable). */
  readonly decimals?: number;
}

/** One cell: text, a number, or null for an empty cell (a missing answer). */
export type GeneratedCell = string | number | null;

/**
 * A generated table in columnar form: `data[column.name][i]` is row i's cell.
 * Dates are `YYYY-MM-DD` strings, date-times `YYYY-MM-DD HH:MM`.
 */
export interface GeneratedTable {
  readonly columns: readonly GeneratedColumn[];
  readonly data: Readonly<Record<string, readonly GeneratedCell[]>>;
  /** Number of rows. */
  readonly rows: number;
  /**
   * The story behind some rows, for instructors' answer keys and tests, never written to the CSV:
   * e.g. member id → `loyal` in the retail data, customer id → `loss-making-giant` in the logistics data.
   */
  readonly truth?: Readonly<Record<string, string>>;
}
