// Pages search engines are asked not to index: tools that hold no course text of their own and only make sense in a
// class (the class board, the exam papers and practice) and the lecture decks, which repeat their chapter. Read in
// two places that must agree: Base.astro (a robots noindex meta) and the sitemap's filter in astro.config.mjs.

const UNINDEXED = [/^\/class\//, /^\/exam\//, /^\/chapters\/[^/]+\/slides\//];

/**
 * True for a page search engines should not index, in either script.
 * @param rootPath the page's path from the site's root, without the base path (`/zh-hant/class/`).
 * @example isUnindexed('/zh-hant/exam/papers/') // true
 */
export function isUnindexed(rootPath: string): boolean {
  const path = rootPath.replace(/^\/zh-hant(?=\/)/, '');
  return UNINDEXED.some((pattern) => pattern.test(path));
}
