import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sourceFiles } from './import-graph';

// A radio group named by a fixed string is one group across the whole page: with a widget shown twice (a chapter
// and its lecture deck's slide, two CRM forms), choosing in one unchecks the other. Widgets name groups with useId().
const root = fileURLToPath(new URL('../..', import.meta.url));

/** Radio inputs in a file whose `name` is a string literal. */
function fixedRadioNames(text: string): string[] {
  return [...text.matchAll(/<input\b[\s\S]*?\/>/g)]
    .filter((m) => /\btype="radio"/.test(m[0]))
    .flatMap((m) => /\bname="([^"]+)"/.exec(m[0])?.[1] ?? []);
}

describe('radio groups in widgets', () => {
  it('finds a fixed name where one is written', () => {
    expect(fixedRadioNames('<input type="radio" name="mode" value="a" />')).toEqual(['mode']);
    expect(fixedRadioNames('<input name="mode" type="radio" />')).toEqual(['mode']);
    expect(fixedRadioNames('<input type="radio" onChange={() => set(1)} name="mode" />')).toEqual(['mode']);
    expect(fixedRadioNames('<input type="radio" name={group} />')).toEqual([]);
    expect(fixedRadioNames('<input type="checkbox" name="agree" />')).toEqual([]);
  });

  it('are named with useId(), never a fixed string', () => {
    const files = sourceFiles(root, ['src/widgets']).filter((f) => f.endsWith('.tsx'));
    expect(files.length).toBeGreaterThan(20);
    const fixed = files.flatMap((f) => fixedRadioNames(readFileSync(join(root, f), 'utf8')).map((name) => `${f}: name="${name}"`));
    expect(fixed).toEqual([]);
  });
});
