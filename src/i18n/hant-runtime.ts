import table from 'virtual:hant-table';

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

/**
 * Simplified → Traditional in the browser, for text widgets render at run time: longest phrase first, then
 * character by character, from a table made at build time out of the site's own sources and datasets
 * (scripts/vite-hant-table.mjs), so it agrees with the pages, which are converted whole at build time.
 */
export function toHantRuntime(text: string): string {
  return text.replace(CJK_RUN, convertRun);
}
