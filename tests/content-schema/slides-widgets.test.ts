import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SLIDE_WIDGET_SOURCES } from '../../src/content-schema/slides-widgets';
import { loadChapters } from '../content/load';

describe('the widgets a deck puts live on its slides', () => {
  it('include every widget a chapter imports', () => {
    const imported = loadChapters().flatMap(({ body }) => [...body.matchAll(/^import \w+ from '\.\.\/\.\.\/src\/(.+)';$/gm)].map((m) => m[1]!));
    expect(imported.length).toBeGreaterThan(10);
    for (const source of imported) expect(SLIDE_WIDGET_SOURCES).toContain(source);
  });

  it('each have their branch in SlideWidget.astro, importing that very file', () => {
    const astro = readFileSync('src/components/slides/SlideWidget.astro', 'utf8');
    const imported = [...astro.matchAll(/^import \w+ from '(\.[^']+)';$/gm)].map((m) => posix.join('src/components/slides', m[1]!));
    for (const source of SLIDE_WIDGET_SOURCES) {
      expect(imported).toContain(`src/${source}`);
      expect(astro).toContain(`{source === '${source}' && <`);
    }
  });
});
