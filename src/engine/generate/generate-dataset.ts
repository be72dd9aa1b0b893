import { EngineError } from '../core/errors';
import { GENERATED_DATASETS, type GeneratedDatasetId, type GeneratedDatasetInfo } from './catalogue';
import { defaultCallCentreParams, generateCallCentreVolumes, varyCallCentreParams } from './call-centre-volumes';
import { defaultComplaintParams, generateComplaintTickets, varyComplaintParams } from './complaint-tickets';
import { defaultCreditParams, generateCreditApplications, varyCreditParams } from './credit-applications';
import { hashText } from './hash-text';
import { defaultLogisticsParams, generateLogisticsCustomers, varyLogisticsParams } from './logistics-customers';
import { createRandom, type Random } from './random';
import { defaultRetailParams, generateRetailTransactions, varyRetailParams } from './retail-transactions';
import { defaultSurveyParams, generateSatisfactionSurvey, varySurveyParams } from './satisfaction-survey';
import type { GeneratedTable } from './table';
import { generatedTableToCsv } from './generated-table-to-csv';

/** How to generate: the committed file (no option), another seed, or a student's own variant. */
export interface GenerateOptions {
  /** A 32-bit integer seed: the committed file's shape (size, dates, stores) with other numbers. */
  readonly seed?: number;
  /** A student number (学号): a variant of its own, with its own size, dates, names and parameters. */
  readonly studentNumber?: string;
  /** Start the CSV with a UTF-8 byte order mark for Excel. Default false (the committed files have none). */
  readonly bom?: boolean;
}

/** A generated dataset, both as CSV text and as columnar data. */
export interface GeneratedDataset {
  readonly id: GeneratedDatasetId;
  /** A file name to offer for download: `retail-transactions.csv`, or `retail-transactions-2023123456.csv` for a student. */
  readonly file: string;
  /** The seed actually used. */
  readonly seed: number;
  /** The normalised student number, or null. */
  readonly studentNumber: string | null;
  /** Columns with their meanings, the data column by column, and (for some datasets) the story behind rows. */
  readonly table: GeneratedTable;
  /**
   * The parameters the data was drawn with (e.g. `RetailParams`: `endDay` as a day number, `members`,
   * `region`): the committed file's defaults, or those drawn for the student.
   */
  readonly parameters: object;
  /** UTF-8 text with a header row, `\n` line ends. */
  readonly csv: string;
}

interface Run {
  readonly table: GeneratedTable;
  readonly parameters: object;
}

/** Runs `generate` on the committed file's parameters, or on parameters drawn for a student. */
function runWith<P extends object>(random: Random, vary: boolean, defaults: P, draw: (random: Random) => P, generate: (params: P, random: Random) => GeneratedTable): Run {
  const parameters = vary ? draw(random.fork('params')) : defaults;
  return { table: generate(parameters, random), parameters };
}

/** The generator behind each dataset; both satisfaction files come from one run of the survey. */
const GENERATORS: Readonly<Record<GeneratedDatasetId, { family: string; run: (random: Random, vary: boolean) => Run }>> = {
  'retail-transactions': {
    family: 'retail-transactions',
    run: (random, vary) => runWith(random, vary, defaultRetailParams, varyRetailParams, generateRetailTransactions),
  },
  'logistics-customers': {
    family: 'logistics-customers',
    run: (random, vary) => runWith(random, vary, defaultLogisticsParams, varyLogisticsParams, generateLogisticsCustomers),
  },
  'satisfaction-survey': {
    family: 'satisfaction-survey',
    run: (random, vary) => runWith(random, vary, defaultSurveyParams, varySurveyParams, (p, r) => generateSatisfactionSurvey(p, r).survey),
  },
  'satisfaction-expectations': {
    family: 'satisfaction-survey',
    run: (random, vary) => runWith(random, vary, defaultSurveyParams, varySurveyParams, (p, r) => generateSatisfactionSurvey(p, r).expectations),
  },
  'complaint-tickets': {
    family: 'complaint-tickets',
    run: (random, vary) => runWith(random, vary, defaultComplaintParams, varyComplaintParams, generateComplaintTickets),
  },
  'call-centre-volumes': {
    family: 'call-centre-volumes',
    run: (random, vary) => runWith(random, vary, defaultCallCentreParams, varyCallCentreParams, generateCallCentreVolumes),
  },
  'credit-applications': {
    family: 'credit-applications',
    run: (random, vary) => runWith(random, vary, defaultCreditParams, varyCreditParams, generateCreditApplications),
  },
};

/**
 * Generates one teaching dataset. With no seed and no student number it is the committed file in
 * `public/datasets/` byte for byte; with `seed` the same shape with other numbers; with `studentNumber`
 * the student's own variant (seed = FNV-1a of "dataset|学号", and sizes, dates, names and a few
 * parameters drawn from it), the same on every computer and in every browser.
 * `id` is a dataset id (`retail-transactions`) or a short alias (`retail`, `logistics`, `survey`,
 * `expectations`, `complaints`, `calls`, `credit`).
 * @throws EngineError `unknown-dataset` for an id that is not generated; `invalid-student-number` for an
 *   empty or odd student number; `invalid-seed` for a seed that is not a whole number; `conflicting-options`
 *   when both a seed and a student number are given.
 * @example generateDataset('calls').table.rows // 672
 * @example generateDataset('retail', { studentNumber: '2023123456' }).file // 'retail-transactions-2023123456.csv'
 */
export function generateDataset(id: string, options: GenerateOptions = {}): GeneratedDataset {
  const info = findGeneratedDataset(id);
  if (!info) {
    throw new EngineError('unknown-dataset', `没有名为“${id}”的生成数据集(no generated dataset named "${id}")`, { id });
  }
  if (options.seed !== undefined && options.studentNumber !== undefined) {
    throw new EngineError('conflicting-options', '种子和学号只能给一个(give either a seed or a student number, not both)');
  }
  if (options.seed !== undefined && !Number.isInteger(options.seed)) {
    throw new EngineError('invalid-seed', `种子必须是整数(the seed must be a whole number): ${options.seed}`, { seed: options.seed });
  }
  const generator = GENERATORS[info.id];
  const studentNumber = options.studentNumber === undefined ? null : normaliseStudentNumber(options.studentNumber);
  const seed = studentNumber !== null ? hashText(`${generator.family}|${studentNumber}`) : (options.seed ?? info.seed) >>> 0;
  const { table, parameters } = generator.run(createRandom(seed), studentNumber !== null);
  return {
    id: info.id,
    file: studentNumber === null ? info.file : info.file.replace(/\.csv$/, `-${studentNumber}.csv`),
    seed,
    studentNumber,
    table,
    parameters,
    csv: generatedTableToCsv(table, { bom: options.bom === true }),
  };
}

/**
 * A student's own variant of a teaching dataset: `generateDataset(datasetId, { studentNumber, bom })`.
 * Each student number gives different data with the same story, so answers cannot be copied, and the
 * instructor can regenerate any student's file (and compute the answer key) from the number alone.
 * @throws EngineError as `generateDataset`.
 * @example generateVariant('logistics', '2023123456').csv === generateVariant('logistics', '2023123456').csv // true
 */
export function generateVariant(datasetId: string, studentNumber: string, options: { readonly bom?: boolean } = {}): GeneratedDataset {
  return generateDataset(datasetId, { studentNumber, bom: options.bom });
}

/**
 * The catalogue entry for a dataset id or alias (case-insensitive), or null.
 * @example findGeneratedDataset('Retail')?.id // 'retail-transactions'
 */
export function findGeneratedDataset(id: string): GeneratedDatasetInfo | null {
  const key = id.trim().toLowerCase().replace(/\.csv$/, '');
  return GENERATED_DATASETS.find((d) => d.id === key || d.aliases.includes(key)) ?? null;
}

/**
 * A student number as the generators use it: Unicode NFKC (full-width ２０２３ becomes 2023), spaces
 * removed, letters upper-cased. Letters, digits, `-` and `_` are allowed, 1–32 of them.
 * @throws EngineError `invalid-student-number` when nothing usable is left or other characters appear.
 * @example normaliseStudentNumber(' ２０２３ 123456 ') // '2023123456'
 */
export function normaliseStudentNumber(studentNumber: string): string {
  const text = String(studentNumber).normalize('NFKC').replace(/\s+/g, '').toUpperCase();
  if (!/^[0-9A-Z_-]{1,32}$/.test(text)) {
    throw new EngineError(
      'invalid-student-number',
      `学号只能由 1–32 个数字或字母组成(a student number is 1–32 letters or digits): “${studentNumber}”`,
      { studentNumber },
    );
  }
  return text;
}
