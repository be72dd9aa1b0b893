// `npm run package:scorm`: the course as a SCORM 1.2 package for a school's learning platform (Moodle and others),
// `scorm/crm-lab-scorm12.zip` (docs/contracts.md §7). It builds the site into its own folder (`scorm/site/`), makes
// its pages and scripts work from the platform's folder (package-scorm-pages.ts), and zips them with
// imsmanifest.xml (package-scorm-manifest.ts): one SCO per chapter.
//
//   npm run package:scorm                                  build, then package
//   npx tsx scripts/package-scorm.ts --site dist --out x.zip   package a site already built
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { PASS_MARK } from '../src/engine/core/pass-mark';
import { chapterPage, scormManifest, type ScormChapter } from './package-scorm-manifest';
import { packagePage, packageScript } from './package-scorm-pages';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const COURSE_TITLE = 'CRM Lab 客户关系管理互动课堂';
/** One date for every entry, so the same site always gives the same zip. */
const ZIP_DATE = new Date('2026-01-01T00:00:00Z');

/**
 * Files of the build that the package leaves out: the service worker (a platform's site is not ours to take
 * offline; the page does not register it there), the sitemap and robots.txt (for search engines, naming the build's
 * own addresses) and what Astro leaves next to the site with `--outDir`.
 */
const LEFT_OUT = [/^sw\.js$/, /^workbox-[^/]*\.js$/, /^sitemap-[^/]*\.xml$/, /^robots\.txt$/, /^collections\//, /^[^/]*\.mjs$/, /\.map$/];

/** The chapters' slugs, in order, from content/chapters/*.mdx. */
export function chapterSlugs(root = ROOT): string[] {
  return readdirSync(join(root, 'content/chapters'))
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => name.replace(/\.mdx$/, ''));
}

/** A built page's own title, without the site's name: `第六章 客户分级 · CRM Lab …` → `第六章 客户分级`. */
export function pageTitle(html: string): string {
  return (html.match(/<title>([^<]*)<\/title>/)?.[1] ?? '').split(' · ')[0]!.trim();
}

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

/** Zips the built site in `site` as a SCORM package at `out`; returns what it wrote. */
export async function packageScorm({ site, out, slugs = chapterSlugs() }: { site: string; out: string; slugs?: readonly string[] }) {
  const files = listFiles(site)
    .map((path) => relative(site, path).split('\\').join('/'))
    .filter((file) => !LEFT_OUT.some((pattern) => pattern.test(file)))
    .sort();
  const missing = slugs.filter((slug) => !files.includes(chapterPage(slug)));
  if (missing.length > 0) throw new Error(`构建的网站里没有这些章节页面（missing chapter pages）：${missing.map(chapterPage).join('、')}`);
  const chapters: ScormChapter[] = slugs.map((slug) => ({ slug, title: pageTitle(readFileSync(join(site, chapterPage(slug)), 'utf8')) || slug }));

  const zip = new JSZip();
  zip.file('imsmanifest.xml', scormManifest({ title: COURSE_TITLE, chapters, files, masteryScore: PASS_MARK }), { date: ZIP_DATE });
  for (const file of files) {
    const bytes = readFileSync(join(site, file));
    const content = file.endsWith('.html') ? packagePage(bytes.toString('utf8'), file) : /^_astro\/.*\.js$/.test(file) ? packageScript(bytes.toString('utf8')) : bytes;
    zip.file(file, content, { date: ZIP_DATE });
  }
  const data = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'UNIX' });
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, data);
  return { out, files: files.length + 1, bytes: data.length, chapters: chapters.length };
}

/**
 * Builds the site for the package into its own folder (never `dist/`, which another build may be using), for the
 * host's root whatever BASE_PATH says: the package makes its pages' paths relative itself.
 */
function buildSite(outDir: string): void {
  rmSync(outDir, { recursive: true, force: true });
  const env = { ...process.env, BASE_PATH: '/' };
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/astro.js'), 'build', '--outDir', outDir], { cwd: ROOT, stdio: 'inherit', env });
  if (result.status !== 0) throw new Error(`网站构建失败（astro build failed），退出码 ${result.status}`);
}

async function main(argv: string[]): Promise<void> {
  const option = (name: string) => {
    const at = argv.indexOf(name);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const given = option('--site');
  const site = given ?? join(ROOT, 'scorm/site');
  const out = option('--out') ?? join(ROOT, 'scorm/crm-lab-scorm12.zip');
  if (!given) buildSite(site);
  const written = await packageScorm({ site, out });
  console.log(`已写出 SCORM 1.2 课程包（SCORM 1.2 package written）：${relative(process.cwd(), written.out)}，${written.chapters} 章，${written.files} 个文件，${(written.bytes / 1024 / 1024).toFixed(1)} MB`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
