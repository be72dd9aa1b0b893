import table from 'virtual:hant-table';

const CJK_RUN = /[\u3400-\u9fff\uf900-\ufaff]+/g;
const charMap = new Map<string, string>();
for (let i = 0; i + 1 < table.pairs.length; i += 2) charMap.set(table.pairs[i]!, table.pairs[i + 1]!);

function convertRun(run: string): string {
  const phrase = table.runs[run];
  if (phrase !== undefined) return phrase;
  let out = '';
  for (const ch of run) out += charMap.get(ch) ?? ch;
  return out;
}

/**
 * Simplified → Traditional in the browser, for text widgets render at run time. It uses a table made at build
 * time from the site's own sources and datasets (see scripts/vite-hant-table.mjs), so it agrees with the pages,
 * which are converted whole at build time.
 */
export function toHantRuntime(text: string): string {
  return text.replace(CJK_RUN, convertRun);
}
