import { HANT_PHRASES, OFFICIAL_NAMES } from './hant-phrases';

/** Converts Simplified text to Traditional; the pages use OpenCC, the browser a table made from it. */
export type Convert = (text: string) => string;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const phraseTargets = new Map<string, string>(HANT_PHRASES.map(([simplified, traditional]) => [simplified, traditional]));
const officialNames = new Set(OFFICIAL_NAMES);

/** A title in 《》 (a law, a book, a report), kept as its authors wrote it. */
const TITLE = '《[^《》\\n]{1,80}》';

/** Leftmost match first; at one place the longest phrase (alternatives are tried in order, longest first). */
const PHRASE_PATTERN = new RegExp(
  [TITLE, ...[...phraseTargets.keys(), ...officialNames].sort((a, b) => b.length - a.length).map(escapeRegExp)].join('|'),
  'g',
);

/**
 * Simplified → Traditional in two steps: first the project's own phrase table (src/i18n/hant-phrases.ts), then
 * `convertRest` (OpenCC with Taiwan phrasing) on the text between. Official names and every title in 《》 are
 * converted by `convertCharacters` only, character by character, without Taiwan vocabulary: 《个人信息保护法》 →
 * 《個人信息保護法》, never 《個人資訊保護法》.
 * @example convertWithPhrases('客户类型', openccTw, openccTw) // '客戶類型' (OpenCC alone gives 客戶型別)
 */
export function convertWithPhrases(text: string, convertRest: Convert, convertCharacters: Convert): string {
  let out = '';
  let from = 0;
  for (const match of text.matchAll(PHRASE_PATTERN)) {
    const hit = match[0];
    out += convertRest(text.slice(from, match.index));
    out += phraseTargets.get(hit) ?? convertCharacters(hit);
    from = match.index + hit.length;
  }
  return out + convertRest(text.slice(from));
}

const QUOTES: Record<string, string> = { '“': '「', '”': '」', '‘': '『', '’': '』' };

/** Quotation marks as Taiwan writes them: “…” → 「…」, ‘…’ → 『…』. */
export function hantQuotes(text: string): string {
  return text.replace(/[“”‘’]/g, (q) => QUOTES[q]!);
}

/** Attributes whose text a reader sees or hears: converted like text, quotation marks included. */
export const READER_ATTRIBUTES = ['aria-label', 'aria-description', 'aria-valuetext', 'aria-roledescription', 'title', 'placeholder', 'alt', 'label'];
