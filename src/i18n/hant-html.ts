import * as OpenCC from 'opencc-js';

/** Simplified → Traditional with Taiwan phrasing (軟體, 網路, 資訊), as OpenCC's `cn` → `twp`. */
export const toHant: (text: string) => string = OpenCC.Converter({ from: 'cn', to: 'twp' });

const NOT_PAGES = /^\/(?:\/|zh-hant\/|_astro\/|pagefind\/)/;

/** True for a same-site page path such as `/glossary/` or `/chapters/x/?a=1#b`; false for files and assets. */
export function isPagePath(url: string): boolean {
  if (!url.startsWith('/') || NOT_PAGES.test(url)) return false;
  const path = url.split(/[?#]/)[0] ?? '';
  return !/\.[a-z0-9]+$/i.test(path);
}

/**
 * Points a page link at its Traditional twin: `/glossary/` → `/zh-hant/glossary/`.
 * Files (`/datasets/retail.csv`), assets and links that name their language with `hreflang` stay as they are.
 */
export function localizeTag(tag: string): string {
  if (/\shreflang=/.test(tag)) return tag;
  return tag.replace(/\s(href|action)="([^"]*)"/g, (attr, name: string, url: string) =>
    isPagePath(url) ? ` ${name}="/zh-hant${url}"` : attr,
  );
}

/** Elements marked `translate="no"` (file column names, a learner's own words) keep their original script. */
const KEEP_AS_WRITTEN = /<(\w+)\b[^>]*\stranslate="no"[^>]*>[\s\S]*?<\/\1>/g;

/** Converts a whole rendered page to Traditional Chinese and keeps its links inside `/zh-hant/`. */
export function hantPage(html: string): string {
  let converted = '';
  let from = 0;
  for (const match of html.matchAll(KEEP_AS_WRITTEN)) {
    converted += toHant(html.slice(from, match.index)) + match[0];
    from = match.index + match[0].length;
  }
  converted += toHant(html.slice(from));
  return converted.replace(/<(a|form)\b[^>]*>/g, (tag) => localizeTag(tag));
}
