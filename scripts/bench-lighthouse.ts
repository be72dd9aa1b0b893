// Lighthouse (mobile preset, simulated throttling) on one page of each type of the built site: the four category
// scores and FCP / LCP / TBT / CLS. Goal (issue 15): performance ≥ 98, the other three 100. Prints numbers, asserts
// nothing. Serves `dist/` (or E2E_DIST) as the e2e tests do, gzipped as a production host sends it. LIGHTHOUSE_RUNS=3 runs each page three times and
// prints the range (the machine is shared: simulated throttling reduces the noise, it does not remove it);
// LIGHTHOUSE_PAGES=chapter,crm runs only those page types; LIGHTHOUSE_REPORTS=<folder> keeps each full report (JSON).
// Run after `npm run build`.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { serveStatic } from '../tests/e2e/support/static-server';

const DIST = process.env.E2E_DIST?.replace(/\/$/, '') || 'dist';
const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';
const RUNS = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 1));
const REPORTS = process.env.LIGHTHOUSE_REPORTS;

const PAGE_TYPES: readonly (readonly [type: string, path: string])[] = [
  ['home', '/'],
  ['chapter', '/chapters/06-customer-tiering/'],
  ['chapter slides', '/chapters/06-customer-tiering/slides/'],
  ['lab', '/labs/customer-records/'],
  ['course', '/courses/crm-16079402/'],
  ['datasets', '/datasets/'],
  ['glossary', '/glossary/'],
  ['notebook', '/notebook/'],
  ['search', '/search/'],
  ['exam practice', '/exam/practice/'],
  ['class board', '/class/'],
  ['crm', '/crm/'],
  ['zh-hant chapter', '/zh-hant/chapters/06-customer-tiering/'],
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const METRICS = [
  ['FCP', 'first-contentful-paint'],
  ['LCP', 'largest-contentful-paint'],
  ['TBT', 'total-blocking-time'],
  ['CLS', 'cumulative-layout-shift'],
] as const;

interface Run {
  scores: number[];
  metrics: number[];
  failing: string[];
}

if (!existsSync(DIST)) {
  console.log(`lighthouse: ${DIST}/ is missing; run \`npm run build\` first.`);
  process.exit(0);
}
if (!existsSync(CHROME)) {
  console.log(`lighthouse: no Chromium at ${CHROME} (apt-get install -y chromium, or set CHROME_PATH).`);
  process.exit(0);
}

const only = process.env.LIGHTHOUSE_PAGES?.split(',').map((s) => s.trim());
const pages = PAGE_TYPES.filter(([type]) => !only || only.includes(type));
const server = await serveStatic(DIST, { gzip: true });
const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu'] });

/** One Lighthouse run (its default config is the mobile preset with simulated throttling). */
async function audit(path: string): Promise<Run> {
  const result = await lighthouse(`${server.origin}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
  if (!result) throw new Error(`lighthouse gave no result for ${path}`);
  const { categories, audits } = result.lhr;
  if (REPORTS) {
    mkdirSync(REPORTS, { recursive: true });
    writeFileSync(join(REPORTS, `${path.replace(/^\/|\/$/g, '').replace(/\W+/g, '_') || 'home'}-${Date.now()}.json`), JSON.stringify(result.lhr));
  }
  const failing = CATEGORIES.flatMap((id) =>
    (categories[id]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && audits[ref.id]?.score !== null && (audits[ref.id]?.score ?? 1) < (id === 'performance' ? 0.9 : 1))
      .map((ref) => ref.id),
  );
  return {
    scores: CATEGORIES.map((id) => Math.round((categories[id]?.score ?? 0) * 100)),
    metrics: METRICS.map(([, id]) => audits[id]?.numericValue ?? Number.NaN),
    failing: [...new Set(failing)],
  };
}

const range = (values: number[], show: (v: number) => string) => {
  const [low, high] = [show(Math.min(...values)), show(Math.max(...values))];
  return low === high ? low : `${low}–${high}`;
};
const seconds = (ms: number) => (ms / 1000).toFixed(1);

console.log(`\nLighthouse ${RUNS > 1 ? `(${RUNS} runs each, range) ` : ''}mobile, simulated throttling — goal: performance ≥ 98, others 100`);
console.log(`  ${'page'.padEnd(16)} ${'perf'.padStart(7)} ${'a11y'.padStart(7)} ${'b.p.'.padStart(7)} ${'seo'.padStart(7)}   FCP s    LCP s    TBT ms   CLS`);
try {
  for (const [type, path] of pages) {
    const runs: Run[] = [];
    for (let k = 0; k < RUNS; k++) runs.push(await audit(path));
    const score = (i: number) => range(runs.map((r) => r.scores[i]!), String).padStart(7);
    const metric = (i: number, show: (v: number) => string) => range(runs.map((r) => r.metrics[i]!), show);
    const below = [...new Set(runs.flatMap((r) => r.failing))];
    console.log(
      `  ${type.padEnd(16)} ${score(0)} ${score(1)} ${score(2)} ${score(3)}   ${metric(0, seconds).padEnd(8)} ${metric(1, seconds).padEnd(8)} ${metric(2, (v) => v.toFixed(0)).padEnd(8)} ${metric(3, (v) => v.toFixed(3))}` +
        (below.length ? `\n  ${''.padEnd(16)} below: ${below.join(', ')}` : ''),
    );
  }
} finally {
  chrome.kill();
  await server.close();
}
