// The built site's files as a SCORM package serves them: from a learning platform's own folder
// (`/pluginfile.php/12/mod_scorm/content/3/`), which serves files, not folders. Pages name every same-site path
// relative to themselves (`../../chapters/x/index.html`) and declare that root in `<html data-site-root>`, which
// client code reads through `sitePath` (src/i18n/site-path.ts). Scripts under `_astro/` find their workers and
// preloads next to themselves instead of at the host's root. Pure: text in, text out.
import { ROOT_PATH_ATTRIBUTE } from '../src/i18n/page-paths';
import { underRoot } from '../src/i18n/site-path';

/** The root folder relative to a page file: `chapters/x/index.html` → `../../`, `index.html` → `./`. */
export function rootFrom(file: string): string {
  const depth = file.split('/').length - 1;
  return depth === 0 ? './' : '../'.repeat(depth);
}

/**
 * A built page for the package: root paths in its attributes relative to the page, folders named by their
 * `index.html`, and `<html data-site-root>` set.
 * @example packagePage('<html lang="zh-CN"><a href="/notebook/">', 'chapters/x/index.html')
 * // '<html data-site-root="../../" lang="zh-CN"><a href="../../notebook/index.html">'
 */
export function packagePage(html: string, file: string): string {
  const root = rootFrom(file);
  return html
    .replace(/<html(?=[\s>])/, `<html data-site-root="${root}"`)
    .replace(ROOT_PATH_ATTRIBUTE, (_, name: string, quote: string, path: string) => `${name}${quote}${underRoot(path, root)}${quote}`);
}

/**
 * A script under `_astro/` for the package. Vite names a worker `new URL("/_astro/worker-….js", import.meta.url)`
 * and a preload `"/" + "_astro/….js"`: both from the host's root, which is the platform's, not the package's.
 */
export function packageScript(js: string): string {
  return js
    .replace(/new URL\((["'`])\/_astro\//g, 'new URL($1./')
    .replace(/function\((\w+)\)\{return"\/"\+\1\}/g, 'function($1){return new URL("../"+$1,import.meta.url).href}');
}
