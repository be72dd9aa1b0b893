/** Delimiters ingest recognises, in the order a tie is broken. */
export const DELIMITERS = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/** Counts `delimiter` outside double quotes in one line. */
function countOutsideQuotes(line: string, delimiter: string): number {
  let count = 0;
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === delimiter) count++;
  }
  return count;
}

/**
 * Picks the delimiter of a CSV text from its first lines (give it at least the header and a few rows).
 * For each of `,` `;` tab `|`: how many lines carry the same non-zero count as the header line; the
 * candidate with most such lines wins, then the one with the larger count, then the earlier in that list.
 * A file with one column has none of them: the answer is then `,`.
 *
 * Source: the approach of Python's `csv.Sniffer` (consistent per-line counts), simplified.
 * @example detectDelimiter('a;b;c\n1;2,5;3\n') // ';'
 * @example detectDelimiter('id\n1\n') // ','
 */
export function detectDelimiter(text: string): Delimiter {
  const lines = text.split(/\r\n|\n|\r/).filter((line) => line.trim() !== '').slice(0, 20);
  let best: Delimiter = ',';
  let bestLines = 0;
  let bestCount = 0;
  for (const delimiter of DELIMITERS) {
    const headerCount = lines.length > 0 ? countOutsideQuotes(lines[0]!, delimiter) : 0;
    if (headerCount === 0) continue;
    let agreeing = 0;
    for (const line of lines) if (countOutsideQuotes(line, delimiter) === headerCount) agreeing++;
    if (agreeing > bestLines || (agreeing === bestLines && headerCount > bestCount)) {
      best = delimiter;
      bestLines = agreeing;
      bestCount = headerCount;
    }
  }
  return best;
}
