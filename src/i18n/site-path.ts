// Site paths as this copy of the site serves them. The site itself is served from the root, where `/notebook/` is
// the notebook. A SCORM package (npm run package:scorm) is served from a learning platform's own folder
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

/** A same-site path (`/datasets/manifest.json`) for a link or a fetch: itself on the site, under the package's folder in a SCORM package. */
export function sitePath(path: string): string {
  const root = declaredRoot();
  return root === null ? path : underRoot(path, root);
}
