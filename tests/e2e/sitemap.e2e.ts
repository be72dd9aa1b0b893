// The sitemap and robots.txt of the site built for a sub-path (the build base-path.e2e.ts reads: dist-base/crm-lab/,
// or E2E_BASE_DIST): absolute addresses under /crm-lab/ that are the pages' own canonical links, each page with its
// script twin as hreflang alternates, every page listed (none asks not to be indexed).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const BASE = '/crm-lab/';
const SITE = join(process.env.E2E_BASE_DIST?.replace(/\/$/, '') ?? 'dist-base', BASE);

beforeAll(() => {
  if (!existsSync(join(SITE, 'sitemap-index.xml'))) throw new Error(`No sitemap under ${SITE}: run \`BASE_PATH=${BASE} npx astro build --outDir ${SITE}\` (npm run test:e2e does).`);
});

const read = (path: string) => readFileSync(join(SITE, path), 'utf8');

/** Every built page: its folder from the site's root (`zh-hant/class/`) and its head. */
function pages(): { folder: string; head: string }[] {
  const found: { folder: string; head: string }[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name === 'index.html') found.push({ folder: relative(SITE, dir).split('\\').join('/').replace(/(.)$/, '$1/'), head: /<head>([\s\S]*?)<\/head>/.exec(readFileSync(path, 'utf8'))?.[1] ?? '' });
    }
  };
  walk(SITE);
  return found;
}

const linkHref = (head: string, rel: string, hreflang?: string) =>
  new RegExp(`<link rel="${rel}"${hreflang ? ` hreflang="${hreflang}"` : ''} href="([^"]+)"`).exec(head)?.[1];

/** The sitemap's entries: each address and its alternates by hreflang. */
function entries(): Map<string, Record<string, string>> {
  const index = read('sitemap-index.xml');
  const files = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  expect(files.length).toBeGreaterThan(0);
  const all = new Map<string, Record<string, string>>();
  for (const file of files) {
    const url = new URL(file);
    expect(url.pathname.startsWith(BASE), file).toBe(true);
    for (const [, body] of read(url.pathname.slice(BASE.length)).matchAll(/<url>([\s\S]*?)<\/url>/g)) {
      const loc = /<loc>([^<]+)<\/loc>/.exec(body!)![1]!;
      all.set(loc, Object.fromEntries([...body!.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1]!, m[2]!])));
    }
  }
  return all;
}

describe('sitemap and robots.txt under /crm-lab/', () => {
  it('lists every page once by its canonical address, with its twin as hreflang alternates', () => {
    const listed = entries();
    const built = pages();
    expect(built.filter((p) => /<meta name="robots"/.test(p.head)).map((p) => p.folder)).toEqual([]);
    expect(built.length).toBeGreaterThan(60);

    for (const page of built) {
      const canonical = linkHref(page.head, 'canonical')!;
      expect(canonical, page.folder).toMatch(new RegExp(`^https?://[^/]+${BASE}${page.folder}$`));
      expect(listed.get(canonical), `${page.folder} in the sitemap`).toEqual({ 'zh-CN': linkHref(page.head, 'alternate', 'zh-CN'), 'zh-Hant': linkHref(page.head, 'alternate', 'zh-Hant') });
    }
    expect(listed.size).toBe(built.length);

    // A pair, by hand: chapter 6 and its Traditional twin name each other.
    const chapter = [...listed.keys()].find((loc) => loc.endsWith('/crm-lab/chapters/06-customer-tiering/'))!;
    const twin = chapter.replace('/crm-lab/', '/crm-lab/zh-hant/');
    expect(listed.get(chapter)).toEqual({ 'zh-CN': chapter, 'zh-Hant': twin });
    expect(listed.get(twin)).toEqual({ 'zh-CN': chapter, 'zh-Hant': twin });
  });

  it('robots.txt names the sitemap index by its absolute address', () => {
    const origin = new URL(linkHref(read('index.html'), 'canonical')!).origin;
    expect(read('robots.txt')).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${origin}${BASE}sitemap-index.xml\n`);
    expect(read('sitemap-index.xml')).toContain(`<loc>${origin}${BASE}sitemap-0.xml</loc>`);
  });
});
