import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hantWords } from '~/i18n/hant-html';
import { HANT_PHRASES, OFFICIAL_NAMES } from '~/i18n/hant-phrases';
import { toHantRuntime } from '~/i18n/hant-runtime';
import { EXPECTED, FORBIDDEN, forbiddenIn } from './hant-term-lists';

/*
 * The Traditional site, read as a Taiwan reader would: every content file (chapters, labs, course plans, glossary,
 * quizzes, scenarios, the datasets' manifest) converted as the pages are, and every string in src/ converted both
 * as the pages are and as the widgets do at run time. New files are picked up by walking the folders.
 */

function* walk(dir: string): Generator<string> {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else yield path;
  }
}

const CONTENT = [...walk('content'), 'public/datasets/manifest.json'].filter((f) => /\.(mdx|md|yaml|json)$/.test(f));
/** Not read by anyone: the phrase table itself, and the engine's map from Traditional header characters to Simplified. */
const NOT_TEXT = [join('src', 'i18n'), join('src', 'engine', 'ingest', 'normalize-header.ts')];
const SOURCES = [...walk('src')].filter((f) => /\.(ts|tsx|astro)$/.test(f) && !NOT_TEXT.some((path) => f.startsWith(path)));
const CJK_RUN = /[\u3400-\u9fff]+/g;

/** Each file as a Traditional reader gets it; src/ files twice (build time, and run time string by string). */
const converted: [file: string, text: string][] = [
  ...CONTENT.map((f) => [f, hantWords(readFileSync(f, 'utf8'))] as [string, string]),
  ...SOURCES.flatMap((f) => {
    const text = readFileSync(f, 'utf8');
    return [
      [f, hantWords(text)],
      [`${f} (run time)`, (text.match(CJK_RUN) ?? []).map(toHantRuntime).join('\n')],
    ] as [string, string][];
  }),
];

describe('the phrase table', () => {
  it('holds Chinese characters and full-width punctuation only, each Simplified phrase once', () => {
    const seen = new Set<string>();
    for (const [simplified, traditional] of HANT_PHRASES) {
      expect(simplified, simplified).toMatch(/^[\u3400-\u9fff\u3001-\u3011\uff01-\uff1f]+$/);
      expect(traditional, simplified).toMatch(/^[\u3400-\u9fff\u3001-\u3011\uff01-\uff1f]+$/);
      expect(simplified, 'a phrase starts with a Chinese character').toMatch(/^[\u3400-\u9fff]/);
      expect(seen.has(simplified), `${simplified} listed twice`).toBe(false);
      seen.add(simplified);
    }
    for (const name of OFFICIAL_NAMES) expect(name).toMatch(/^[\u3400-\u9fff]+$/);
  });
});

describe('Traditional Chinese a Taiwan reader would not laugh at', () => {
  it.each(EXPECTED.map((e) => [e.term, e.in, e] as const))('has %s in %s', (_t, _in, { term, in: where }) => {
    const files = converted.filter(([f]) => f.includes(where));
    expect(files.length, `no file matches ${where}`).toBeGreaterThan(0);
    expect(files.some(([, text]) => text.includes(term))).toBe(true);
  });

  it.each(FORBIDDEN.map((f) => [f.word, f] as const))('never has %s', (_w, { word, except, why }) => {
    const found = converted.flatMap(([file, text]) => forbiddenIn(text, { word, except }).map((at) => `${file}: ${at}`));
    expect(found, why).toEqual([]);
  });
});
