// Root paths in a built page's attributes (`href="/notebook/"`), for the builds that serve the site somewhere other
// than a host's root: under a base path (src/middleware.ts) and in a SCORM package (scripts/package-scorm-pages.ts).
import { withBase } from './site-path';

/** The attributes that name a same-site path in a built page (astro-island's scripts included). */
const PATH_ATTRIBUTES = ['href', 'src', 'action', 'poster', 'component-url', 'renderer-url', 'before-hydration-url'];

/** `name="/path"`: the attribute with its `=` (1), the quote (2) and the root path (3); `//host` is not one. */
export const ROOT_PATH_ATTRIBUTE = new RegExp(`(\\s(?:${PATH_ATTRIBUTES.join('|')})=)(["'])(/(?!/)[^"']*)\\2`, 'g');

/**
 * A rendered page for a site built under `base`: every root path in its attributes under the base, except those
 * already there (Astro's own scripts and styles).
 * @example pageUnderBase('<a href="/notebook/">', '/crm-lab/') // '<a href="/crm-lab/notebook/">'
 */
export function pageUnderBase(html: string, base: string): string {
  if (base === '/') return html;
  return html.replace(ROOT_PATH_ATTRIBUTE, (whole, name: string, quote: string, path: string) =>
    path.startsWith(base) ? whole : `${name}${quote}${withBase(path, base)}${quote}`,
  );
}
