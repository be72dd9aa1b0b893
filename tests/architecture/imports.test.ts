import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { importGraph } from './import-graph';
import { breachesOfNever, describeBreaches, importsInto, importsLeaving, islandsReaching, unresolved, type Board, type Graph } from './rules';

// The arrows between the parts of the code (docs/architecture.json: its parts and the arrows that must never be),
// checked on the imports of every file under src/ and scripts/, read with TypeScript's parser.
const root = fileURLToPath(new URL('../..', import.meta.url));
const board = JSON.parse(readFileSync(join(root, 'docs/architecture.json'), 'utf8')) as Board;
const ENGINE_PACKAGES = ['papaparse'];

/** All the rules for one tree: what breaks them, one line each. */
function breaches(tree: string, rules: Board): { engine: string; islands: string; widgetsToLib: string; nevers: string[]; unresolved: string } {
  const graph: Graph = importGraph(tree, ['src', 'scripts']);
  return {
    engine: describeBreaches(importsLeaving(graph, 'src/engine/', ENGINE_PACKAGES)),
    islands: describeBreaches(islandsReaching(graph, 'src/widgets/', 'astro:content')),
    widgetsToLib: describeBreaches(importsInto(graph, 'src/widgets/', 'src/lib/')),
    nevers: rules.never.map((rule) => describeBreaches(breachesOfNever(rules, graph, rule))),
    unresolved: describeBreaches(unresolved(graph)),
  };
}

describe('the imports of src/ and scripts/ keep the rules of docs/architecture.json', () => {
  const found = breaches(root, board);

  it('every relative and ~/ import names a file', () => {
    expect(found.unresolved).toBe('');
  });

  it('src/engine imports nothing outside itself but papaparse', () => {
    expect(found.engine).toBe('');
  });

  it('islands (src/widgets/, .astro files aside) import no module that imports astro:content', () => {
    expect(found.islands).toBe('');
  });

  // The team's picture has no ContentSchema: its Widgets (src/widgets/) never import its ContentAccess (src/lib/).
  it('no file under src/widgets/ imports a file under src/lib/ (schemas and island props are in src/content-schema/)', () => {
    expect(found.widgetsToLib).toBe('');
  });

  it.each(board.never.map((rule, i) => [`${rule[0]} → ${rule[1]}`, rule[2], i] as const))('never %s: %s', (_, __, i) => {
    expect(found.nevers[i]).toBe('');
  });

  it('names parts that exist in every never', () => {
    for (const [from, to] of board.never) expect([from, to].filter((p) => !(p in board.parts))).toEqual([]);
  });
});

describe('the check fails on a forbidden import', () => {
  const tree = mkdtempSync(join(tmpdir(), 'crm-imports-'));
  afterAll(() => rmSync(tree, { recursive: true, force: true }));
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(tree, path)), { recursive: true });
    writeFileSync(join(tree, path), text);
  };
  write('src/engine/rfm.ts', "import Papa from 'papaparse';\nimport { h } from 'preact';\nimport { saved } from '../stores/saved';\nexport const rfm = 1;\n");
  write('src/engine/clean.ts', "import { rfm } from './rfm';\nexport const clean = rfm;\n");
  write('src/stores/saved.ts', "import type { Props } from '~/widgets/card/Card';\nexport const saved = 1;\n");
  write('src/widgets/card/Card.tsx', "import type { PageQuiz } from '../../lib/quizzes';\nexport type Props = { quiz: PageQuiz };\n");
  write('src/widgets/card/Island.astro', "---\nimport { quizForPage } from '../../lib/quizzes';\n---\n<div />\n");
  write('src/widgets/card/view.ts', "import { x } from './missing';\n");
  write('src/widgets/card/props.ts', "import type { Question } from '~/content-schema/quiz-schema';\nexport type Props = { q: Question };\n");
  write('src/content-schema/quiz-schema.ts', 'export type Question = {};\n');
  write('src/lib/quizzes.ts', "import { getEntry } from 'astro:content';\nexport type PageQuiz = {};\n");
  const rules: Board = {
    parts: { Engine: { is: ['src/engine/'] }, Stores: { is: ['src/stores/'] }, Widgets: { is: ['src/widgets/'] }, Content: { is: ['src/lib/'] } },
    never: [
      ['Engine', 'Stores', 'x'],
      ['Stores', 'Widgets', 'x'],
      ['Widgets', 'Content', 'x'],
    ],
  };
  const found = breaches(tree, rules);

  it('an engine file importing preact or a store, not one importing papaparse or the engine', () => {
    expect(found.engine.split('\n')).toEqual([
      'src/engine/ imports only itself and papaparse: src/engine/rfm.ts → preact (package)',
      'src/engine/ imports only itself and papaparse: src/engine/rfm.ts → ../stores/saved (file)',
    ]);
  });

  it('a never broken straight (a type import counts), and the .astro wrapper seen too', () => {
    expect(found.nevers).toEqual([
      'Engine → Stores (x): src/engine/rfm.ts → src/stores/saved.ts',
      'Stores → Widgets (x): src/stores/saved.ts → src/widgets/card/Card.tsx',
      'Widgets → Content (x): src/widgets/card/Card.tsx → src/lib/quizzes.ts\nWidgets → Content (x): src/widgets/card/Island.astro → src/lib/quizzes.ts',
    ]);
  });

  it('an island reaching astro:content, but not the .astro wrapper that runs at build time', () => {
    expect(found.islands).toBe('an island imports a module that imports astro:content: src/widgets/card/Card.tsx → src/lib/quizzes.ts → astro:content');
  });

  it('a widget file importing src/lib/, the .astro wrapper too, but not one importing src/content-schema/', () => {
    expect(found.widgetsToLib.split('\n')).toEqual([
      'src/widgets/ imports nothing from src/lib/: src/widgets/card/Card.tsx → src/lib/quizzes.ts',
      'src/widgets/ imports nothing from src/lib/: src/widgets/card/Island.astro → src/lib/quizzes.ts',
    ]);
  });

  it('an import of a missing file', () => {
    expect(found.unresolved).toBe('an import names no file: src/widgets/card/view.ts → ./missing');
  });
});
