// Site paths as this copy of the site serves them. The code names every same-site path from the site's root
// (`/notebook/`). The site is built for a base path (BASE_PATH, `/` by default, `/crm-lab/` on a school's server):
// pages get it at build time (src/middleware.ts puts every root path in a page's attributes under it) and client
// code through `sitePath`, where `/notebook/` is `/crm-lab/notebook/`. A SCORM package (npm run package:scorm) is served from a learning platform's own folder
// (`/pluginfile.php/12/mod_scorm/content/3/…`), and such a platform serves files, not folders: the packager writes
// every page's links relative to the page and marks `<html data-site-root="../../">`, and client code that builds a
// link or fetches a file names its path through `sitePath`, which reads that mark.

/** A folder path names its page file: `/chapters/x/?a=1#b` → `/chapters/x/index.html?a=1#b`; a file path is kept. */
export function asFilePath(path: string): string {
  const end = path.search(/[?#]/);
  const [pathname, rest] = end < 0 ? [path, ''] : [path.slice(0, end), path.slice(end)];
  return `${pathname.endsWith('/') ? `${pathname}index.html` : pathname}${rest}`;
}

/**
 * A root-absolute path (`/datasets/retail.csv`, `/notebook/`) under another root: `root` is a folder, relative to
 * the page (`../../`) or absolute (`/pluginfile.php/12/…/`), and a page's folder becomes its `index.html`.
 * @example underRoot('/chapters/x/#h', '../../') // '../../chapters/x/index.html#h'
 */
export function underRoot(path: string, root: string): string {
  return root + asFilePath(path).replace(/^\//, '');
}

/** The base path the site is built for, with its slashes: `/` or `/crm-lab/` (Astro's `base`, from BASE_PATH). */
export const BASE: string = withSlashes(import.meta.env?.BASE_URL ?? '/');

function withSlashes(path: string): string {
  return `/${path}/`.replace(/\/{2,}/g, '/');
}

/** A root path under the base path: `/notebook/` → `/crm-lab/notebook/` (itself when the base is `/`). */
export function withBase(path: string, base = BASE): string {
  return base + path.replace(/^\//, '');
}

/** A URL path without the base path: `/crm-lab/zh-hant/x/` → `/zh-hant/x/` (a path outside the base is kept). */
export function withoutBase(pathname: string, base = BASE): string {
  if (pathname === base.slice(0, -1)) return '/';
  return pathname.startsWith(base) ? pathname.slice(base.length - 1) : pathname;
}

/** The site's root as the page declares it (a SCORM package's page), or null on the site itself. */
function declaredRoot(): string | null {
  if (typeof document === 'undefined') return null;
  const root = document.documentElement.dataset.siteRoot;
  return root ? new URL(root, document.baseURI).pathname : null;
}

/** True in a SCORM package's copy of the site. */
export function inPackage(): boolean {
  return declaredRoot() !== null;
}

/**
 * A same-site path (`/datasets/manifest.json`) for a link or a fetch: under the base path on the site
 * (`/crm-lab/datasets/manifest.json`), under the package's folder in a SCORM package.
 */
export function sitePath(path: string): string {
  const root = declaredRoot();
  return root === null ? withBase(path) : underRoot(path, root);
}
