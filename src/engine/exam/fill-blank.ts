/** Punctuation and quotation marks a blank's answer may carry at either end without changing it. */
const EDGE_PUNCTUATION = /^[\s。，、；：！？.,;:!?“”‘’"'《》〈〉「」『』（）()]+|[\s。，、；：！？.,;:!?“”‘’"'《》〈〉「」『』（）()]+$/g;

/**
 * A blank's answer as compared: NFKC (full-width letters and digits become half-width), no spaces anywhere,
 * quotation marks and punctuation at either end dropped, Latin letters in lower case.
 *
 * Source: our own rule (src/widgets/exam-practice/MODEL.md).
 * @throws never.
 * @example normalizeBlankAnswer(' “ＣＲＭ”。 ') // 'crm'
 * @example normalizeBlankAnswer('客户 终身价值') // '客户终身价值'
 */
export function normalizeBlankAnswer(text: string): string {
  return text.normalize('NFKC').replace(EDGE_PUNCTUATION, '').replace(/\s+/g, '').toLowerCase();
}

/**
 * True when a learner's text for one blank is one of the accepted answers, compared as `normalizeBlankAnswer`
 * does. `variant` may give a second spelling of each accepted answer (the Traditional form, for a learner on the
 * Traditional pages).
 *
 * @throws never.
 * @example blankMatches('ＲＦＭ 分析法', ['RFM分析法']) // true
 * @example blankMatches('顧客', ['顾客'], (s) => s.replace('顾', '顧')) // true
 */
export function blankMatches(text: string, accepted: readonly string[], variant?: (text: string) => string): boolean {
  const given = normalizeBlankAnswer(text);
  if (given === '') return false;
  return accepted.some((answer) => normalizeBlankAnswer(answer) === given || (variant !== undefined && normalizeBlankAnswer(variant(answer)) === given));
}
