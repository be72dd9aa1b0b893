/** Units a learner may type after a number; they are dropped before reading it. */
const UNIT_WORDS = ['元', '人', '名', '个', '位', '天', '次', '分', '周', '年', '件', '单', '通', '%'];

const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?$/;

/**
 * Reads the number a learner typed, or null when it is not one (a value, not an error: the box asks again).
 * Accepts full-width digits and signs (NFKC), spaces, thousands separators in groups of three
 * (`2,727.27`), a leading ¥ or ￥, and a trailing unit: the question's own (`unit`) or a common one
 * (元, 人, 个, 位, 天, 次, 分, %, …). `1,23` (not groups of three), `1.2万` and words are not read.
 *
 * Source: our own rules (src/widgets/self-check/MODEL.md).
 * @throws never.
 * @example parseNumberAnswer('￥２,７２７.３ 元') // 2727.3
 * @example parseNumberAnswer('45%', '%') // 45
 * @example parseNumberAnswer('约 12 人') // null
 */
export function parseNumberAnswer(text: string, unit?: string): number | null {
  let s = text.normalize('NFKC').replace(/\s+/g, '').replace(/[\u2212\u2013\u2014]/g, '-');
  const units = unit ? [unit.normalize('NFKC').replace(/\s+/g, ''), ...UNIT_WORDS] : UNIT_WORDS;
  for (const word of units) {
    if (word && s.endsWith(word)) {
      s = s.slice(0, -word.length);
      break;
    }
  }
  s = s.replace(/^([+-]?)[¥$]/, '$1');
  if (!/\d/.test(s) || !NUMBER.test(s)) return null;
  const value = Number(s.replace(/,/g, ''));
  return Number.isFinite(value) ? value : null;
}
