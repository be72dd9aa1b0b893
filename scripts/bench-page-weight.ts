// Page weight (docs/contracts.md §6): gzipped JavaScript each built page loads before interaction, read from dist/
// (or E2E_DIST, the build the rest of `npm run bench` measures).
// "eager" = module scripts, modulepreloads and client:load/idle islands with their static imports;
// "all" adds client:visible islands (what the page loads once every widget has scrolled into view).
// The e2e suite measures the same in Chromium; this is the quick static figure. Run after `npm run build`.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = process.env.E2E_DIST?.replace(/\/$/, '') || 'dist';
const BUDGET = 60 * 1024;

if (!existsSync(DIST)) {
  console.log(`page weight: ${DIST}/ is missing; run \`npm run build\` first.`);
  process.exit(0);
}

const gzipCache = new Map<string, number>();
const gzipSize = (file: string) => {
  if (!gzipCache.has(file)) gzipCache.set(file, existsSync(file) ? gzipSync(readFileSync(file)).length : 0);
  return gzipCache.get(file)!;
};

/** A script and everything it statically imports (dynamic `import()` is left out: it loads on demand). */
function closure(url: string, seen: Set<string>): void {
  if (seen.has(url) || !url.startsWith('/_astro/')) return;
  seen.add(url);
  const code = readFileSync(join(DIST, url), 'utf8');
  for (const match of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w$*{}\s,]+from\s*)?["']([^"']+)["']/g)) {
    const spec = match[1]!;
    const resolved = spec.startsWith('/') ? spec : new URL(spec, `http://x${url}`).pathname;
    closure(resolved, seen);
  }
}

function pages(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === '_astro' || name === 'pagefind' ? [] : pages(path);
    return name === 'index.html' ? [path] : [];
  });
}

const rows = pages(DIST).sort().map((file) => {
  const html = readFileSync(file, 'utf8');
  const eager = new Set<string>();
  const all = new Set<string>();
  for (const m of html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)) closure(m[1]!, eager);
  for (const m of html.matchAll(/<script[^>]*type="module"[^>]*>([\s\S]*?)<\/script>/g)) {
    for (const i of m[1]!.matchAll(/import\s*(?:[\w$*{}\s,]+from\s*)?["'](\/_astro\/[^"']+)["']/g)) closure(i[1]!, eager);
  }
  for (const m of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) closure(m[1]!, eager);
  for (const m of html.matchAll(/<astro-island([^>]*)>/g)) {
    const attrs = m[1]!;
    const client = /client="(\w+)"/.exec(attrs)?.[1];
    const urls = [...attrs.matchAll(/(?:component-url|renderer-url)="([^"]+)"/g)].map((u) => u[1]!);
    for (const u of urls) closure(u, client === 'load' || client === 'idle' ? eager : all);
  }
  for (const u of eager) all.add(u);
  const sum = (set: Set<string>) => [...set].reduce((total, u) => total + gzipSize(join(DIST, u)), 0);
  return { page: '/' + relative(DIST, file).replace(/index\.html$/, ''), eager: sum(eager), all: sum(all) };
});

console.log('\nPage weight: gzipped JavaScript per page (budget 60 KB before interaction)');
console.log('  eager KB   all KB   page');
for (const row of rows) {
  const flag = row.eager > BUDGET ? '  ← over budget' : '';
  console.log(`  ${(row.eager / 1024).toFixed(1).padStart(8)} ${(row.all / 1024).toFixed(1).padStart(8)}   ${row.page}${flag}`);
}
const worst = rows.reduce((a, b) => (b.eager > a.eager ? b : a));
console.log(`  largest eager load: ${(worst.eager / 1024).toFixed(1)} KB on ${worst.page} = ${((worst.eager / BUDGET) * 100).toFixed(0)} % of the budget`);
