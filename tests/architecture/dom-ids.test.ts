import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sourceFiles } from './import-graph';

// Ids and radio group names must be unique on a page. A radio group named by a fixed string is one group across
// the page: with a widget shown twice, choosing in one unchecks the other. Preact's own useId() repeats across
// Astro islands (each is a render root), so widgets use useDomId() (src/widgets/shared/use-dom-id.ts).
const root = fileURLToPath(new URL('../..', import.meta.url));

/** Radio inputs in a file whose `name` is a string literal. */
function fixedRadioNames(text: string): string[] {
  return [...text.matchAll(/<input\b[\s\S]*?\/>/g)]
    .filter((m) => /\btype="radio"/.test(m[0]))
    .flatMap((m) => /\bname="([^"]+)"/.exec(m[0])?.[1] ?? []);
}

describe('ids and radio groups in widgets', () => {
  const files = sourceFiles(root, ['src']).filter((f) => f.endsWith('.tsx') || f.endsWith('.ts'));

  it('finds a fixed name where one is written', () => {
    expect(fixedRadioNames('<input type="radio" name="mode" value="a" />')).toEqual(['mode']);
    expect(fixedRadioNames('<input name="mode" type="radio" />')).toEqual(['mode']);
    expect(fixedRadioNames('<input type="radio" onChange={() => set(1)} name="mode" />')).toEqual(['mode']);
    expect(fixedRadioNames('<input type="radio" name={group} />')).toEqual([]);
    expect(fixedRadioNames('<input type="checkbox" name="agree" />')).toEqual([]);
  });

  it('name radio groups with useDomId(), never a fixed string', () => {
    expect(files.length).toBeGreaterThan(100);
    const fixed = files.flatMap((f) => fixedRadioNames(readFileSync(join(root, f), 'utf8')).map((name) => `${f}: name="${name}"`));
    expect(fixed).toEqual([]);
  });

  it("call Preact's useId() only through useDomId()", () => {
    const direct = files.filter((f) => f !== 'src/widgets/shared/use-dom-id.ts' && /import \{[^}]*\buseId\b[^}]*\} from 'preact\/hooks'/.test(readFileSync(join(root, f), 'utf8')));
    expect(direct).toEqual([]);
  });
});
