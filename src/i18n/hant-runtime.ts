import table from 'virtual:hant-table';
import { convertWithPhrases, hantQuotes } from './hant-convert';

const CJK_RUN = /[\u3400-\u9fff\uf900-\ufaff]+/g;
const MAX_PHRASE = 4;
const charMap = new Map<string, string>();
for (let i = 0; i + 1 < table.pairs.length; i += 2) charMap.set(table.pairs[i]!, table.pairs[i + 1]!);

function convertRun(run: string): string {
  let out = '';
  for (let i = 0; i < run.length; ) {
    let step = 1;
    for (let n = Math.min(MAX_PHRASE, run.length - i); n >= 2; n -= 1) {
      const phrase = table.phrases[run.slice(i, i + n)];
      if (phrase !== undefined) {
        out += phrase;
        step = n;
        break;
      }
    }
    if (step === 1) out += charMap.get(run[i]!) ?? run[i];
    i += step;
  }
  return out;
}

const withTable = (text: string) => text.replace(CJK_RUN, convertRun);
const characterByCharacter = (text: string) => text.replace(/[\u3400-\u9fff\uf900-\ufaff]/g, (ch) => charMap.get(ch) ?? ch);

/**
 * Simplified → Traditional in the browser, for text widgets render at run time: the project's phrase table
 * (src/i18n/hant-phrases.ts), then longest OpenCC phrase first and character by character, from a table made at
 * build time out of the site's own sources and datasets (scripts/vite-hant-table.mjs), then 「」 quotation marks,
 * so it agrees with the pages, which are converted whole at build time.
 */
export function toHantRuntime(text: string): string {
  return hantQuotes(convertWithPhrases(text, withTable, characterByCharacter));
}
