// The student-dataset widget's worker: generates a student's variant (0.3–1 s for the retail file, so off the
// page's main thread) and the instructor's answer key. Glue only: the data and every number come from the engine.
import { answerKeyCsv, answerKeyFor, answerKeyJson, answerKeySections, type AnswerKeySection } from '../../engine/answer-key';
import { validateStudentNumber } from '../../engine/answer-key/student-number';
import { variantDifferences, type VariantDifference } from '../../engine/answer-key/variant-facts';
import { EngineError } from '../../engine/core/errors';
import { findGeneratedDataset, generateDataset, generateVariant, type GeneratedDataset } from '../../engine/generate/generate-dataset';

export interface VariantArgs {
  /** A generated dataset's id or alias. */
  readonly dataset: string;
  readonly studentNumber: string;
}

/** A student's file, ready to download, and how it differs from the public one. */
export interface VariantView {
  readonly file: string;
  readonly studentNumber: string;
  /** The CSV as UTF-8 bytes with a byte order mark (what Excel in Chinese needs). */
  readonly bytes: Uint8Array;
  readonly rows: number;
  readonly differences: VariantDifference[];
  /** The teaching story, the same as the public file's. */
  readonly story: string;
}

/** The instructor's answer key, as tables and as the two downloads. */
export interface AnswerKeyView {
  readonly file: string;
  readonly studentNumber: string;
  readonly sections: AnswerKeySection[];
  readonly method: string[];
  readonly warnings: string[];
  /** Byte for byte what `crm answer-key --dataset … --student … --json` prints. */
  readonly json: string;
  readonly csv: string;
}

// The last variant and the public files, kept so that the answer key and a second download need no new run.
let last: GeneratedDataset | null = null;
const common = new Map<string, GeneratedDataset>();

function variant(args: VariantArgs): GeneratedDataset {
  const info = findGeneratedDataset(String(args.dataset));
  if (!info) throw new EngineError('unknown-dataset', `没有名为“${args.dataset}”的数据集(no generated dataset named "${args.dataset}")`);
  const checked = validateStudentNumber(String(args.studentNumber));
  if (!checked.ok) throw new EngineError(checked.code, checked.message);
  if (last && last.id === info.id && last.studentNumber === checked.value) return last;
  last = generateVariant(info.id, checked.value, { bom: true });
  return last;
}

function publicFile(id: string): GeneratedDataset {
  let dataset = common.get(id);
  if (!dataset) {
    dataset = generateDataset(id);
    common.set(id, dataset);
  }
  return dataset;
}

export const studentDatasetHandlers = {
  variant(_ctx: unknown, args: VariantArgs): VariantView {
    const dataset = variant(args);
    const info = findGeneratedDataset(dataset.id)!;
    return {
      file: dataset.file,
      studentNumber: dataset.studentNumber!,
      bytes: new TextEncoder().encode(dataset.csv),
      rows: dataset.table.rows,
      differences: variantDifferences(dataset, publicFile(dataset.id)),
      story: info.story,
    };
  },
  answerKey(_ctx: unknown, args: VariantArgs): AnswerKeyView {
    const key = answerKeyFor(variant(args));
    return {
      file: key.file,
      studentNumber: key.studentNumber!,
      sections: answerKeySections(key),
      method: key.method,
      warnings: key.warnings,
      json: answerKeyJson(key),
      csv: answerKeyCsv(key),
    };
  },
};
