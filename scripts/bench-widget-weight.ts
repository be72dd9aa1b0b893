// Widget weight (docs/contracts.md §6): the gzipped JavaScript each page with widgets loads once a widget has
// hydrated and run its default analysis (its worker and charts included), per widget and with all of them, measured
// in headless Chromium over the built site (dist/, or E2E_DIST as for the rest of `npm run bench`). Budgets: a widget 90 KB, a page 120 KB.
import { existsSync } from 'node:fs';
import { launchBrowser } from '../tests/e2e/support/browser';
import { serveStatic } from '../tests/e2e/support/static-server';
import { pagesWithWidgets, weighPage, weightTable, type PageWeight } from '../tests/e2e/support/widget-weight';

const DIST = process.env.E2E_DIST?.replace(/\/$/, '') || 'dist';
/** BENCH_PAGES=/chapters/06-customer-tiering/,… to weigh only those pages. */
const ONLY = process.env.BENCH_PAGES?.split(',').filter(Boolean);

if (!existsSync(DIST)) {
  console.log(`widget weight: ${DIST}/ is missing; run \`npm run build\` first.`);
  process.exit(0);
}

let browser;
try {
  browser = await launchBrowser();
} catch (error) {
  console.log(`widget weight: no Chromium (${String(error)}); skipped.`);
  process.exit(0);
}
const server = await serveStatic(DIST);
try {
  const weights: PageWeight[] = [];
  const weighed = new Set<string>();
  for (const path of ONLY ?? pagesWithWidgets(DIST)) weights.push(await weighPage(browser, server.origin, path, weighed));
  console.log(weightTable(weights));
  const worstPage = weights.reduce((a, b) => (b.all > a.all ? b : a));
  const worstWidget = weights.flatMap((p) => p.widgets).reduce((a, b) => (b.gzip > a.gzip ? b : a));
  console.log(`largest page: ${(worstPage.all / 1024).toFixed(1)} KB on ${worstPage.path}; largest widget: ${(worstWidget.gzip / 1024).toFixed(1)} KB (${worstWidget.widget})`);
} finally {
  await browser.close();
  await server.close();
}
