const YES = new Set(['是', '违约', '已违约', '逾期', 'y', 'yes', 'true', '1', 'default', 'defaulted', 'bad']);
const NO = new Set(['否', '未违约', '正常', '不违约', 'n', 'no', 'false', '0', 'good', 'repaid']);

/**
 * Reads a “did this customer default?” cell: 是/否 as credit-applications.csv writes it, and the usual other
 * spellings (违约/正常, yes/no, 1/0, true/false, in any letter case, spaces ignored). Anything else, or an empty
 * cell, is an unknown outcome: null, not an error (a teacher's file may not know every outcome yet).
 *
 * Source: the 是否违约 column of credit-applications.csv (public/datasets/manifest.json).
 * @example parseDefaultFlag('是') // true
 * @example parseDefaultFlag(' No ') // false
 * @example parseDefaultFlag('待定') // null
 */
export function parseDefaultFlag(text: string | null | undefined): boolean | null {
  if (typeof text !== 'string') return null;
  const t = text.replace(/\s+/g, '').toLowerCase();
  if (YES.has(t)) return true;
  if (NO.has(t)) return false;
  return null;
}
