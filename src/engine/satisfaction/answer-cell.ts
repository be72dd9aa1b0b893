import { toHalfWidth } from '../ingest/width';

/**
 * The number a questionnaire cell holds, as survey tools and Excel write it: `4`, `４`, `4.5`, `4 分`, and
 * `4,5` when the file's decimal mark is a comma. `null` for an empty cell (not answered), NaN for text that
 * is no number (`非常满意`, `N/A`).
 * @example readAnswerCell('５分') // 5
 * @example readAnswerCell('') // null
 * @example readAnswerCell('满意') // NaN
 */
export function readAnswerCell(cell: string, decimalComma = false): number | null {
  let text = toHalfWidth(cell).trim();
  if (text === '') return null;
  text = text.replace(/\s*分$/, '');
  if (decimalComma) text = text.replace(/^([+-]?\d+),(\d+)$/, '$1.$2');
  return /^[+-]?\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
}
