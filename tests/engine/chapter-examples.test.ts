import { describe, expect, it } from 'vitest';
import { expectClose, toleranceOf } from './chapter-examples/compare';
import { EXAMPLE_HANDLERS } from './chapter-examples/handlers';
import { chapterSlugs, loadChapterExamples } from './chapter-examples/load-fixtures';

/*
 * The worked examples of the chapters, recomputed by the engine. Each chapter's writers recorded the inputs
 * and the results they checked by hand (and how, in `note`) in tests/fixtures/chapter-examples/<slug>.json;
 * here every entry goes through the engine function for its `kind` and must match within the tolerance its
 * note states. A kind without a handler fails, so a new example cannot be skipped silently.
 */

const chapters = loadChapterExamples();

describe('chapter example fixtures', () => {
  it('are named after chapters, and every entry has an id, kind, input, expected and note', () => {
    const slugs = new Set(chapterSlugs());
    const ids = new Set<string>();
    expect(chapters.length).toBeGreaterThan(0);
    for (const [slug, examples] of chapters) {
      expect(slugs.has(slug), `${slug}.json names no chapter`).toBe(true);
      expect(Array.isArray(examples) && examples.length > 0, `${slug}.json holds no example`).toBe(true);
      for (const example of examples) {
        expect(typeof example.id === 'string' && !ids.has(example.id), `id ${example.id} in ${slug} is missing or repeated`).toBe(true);
        ids.add(example.id);
        expect(typeof example.kind, `${example.id}: kind`).toBe('string');
        expect(example.input, `${example.id}: input`).toBeTypeOf('object');
        expect(example.expected, `${example.id}: expected`).toBeTypeOf('object');
        expect(example.note.length, `${example.id}: note`).toBeGreaterThan(0);
      }
    }
  });
});

describe.each(chapters)('%s', (_slug, examples) => {
  it.each(examples.map((example) => [example.id, example.kind, example] as const))('%s (%s)', (_id, kind, example) => {
    const handler = EXAMPLE_HANDLERS[kind];
    expect(handler, `no engine handler for kind '${kind}': add one in tests/engine/chapter-examples/`).toBeDefined();
    const { tolerance: _stated, ...expected } = example.expected;
    const input = structuredClone(example.input);
    deepFreeze(input);
    expectClose(handler!.run(input as never), expected, toleranceOf(example), handler!.keyTolerance);
  });
});

describe('examples that build on each other', () => {
  it('the win-back list of chapter 10 uses the P(alive) of the same customers, rounded to 2 decimals', () => {
    const winback = chapters.flatMap(([, examples]) => examples).filter((e) => e.kind === 'win-back-priority');
    const pAlive = new Map(
      chapters.flatMap(([, examples]) => examples).filter((e) => e.kind === 'bgnbd-p-alive').map((e) => [e.id, (e.expected as { pAlive: number }).pAlive]),
    );
    expect(winback.length).toBeGreaterThan(0);
    for (const example of winback) {
      for (const { customer, pAlive: shown } of (example.input as { candidates: { customer: string; pAlive: number }[] }).candidates) {
        const computed = pAlive.get(`p-alive-yuntu-${customer.toLowerCase()}`);
        expect(computed, `no P(alive) example for ${customer}`).toBeDefined();
        expect(shown, customer).toBe(Math.round(computed! * 100) / 100);
      }
    }
  });
});

/** Inputs are frozen so that an engine function that changes its input fails here. */
function deepFreeze(value: unknown): void {
  if (value === null || typeof value !== 'object') return;
  Object.values(value).forEach(deepFreeze);
  Object.freeze(value);
}
