import * as OpenCC from 'opencc-js';
import { convertWithPhrases, hantQuotes, READER_ATTRIBUTES } from './hant-convert';

/** OpenCC alone: Simplified → Traditional with Taiwan phrasing (軟體, 網路, 資訊). */
const opencc: (text: string) => string = OpenCC.Converter({ from: 'cn', to: 'twp' });
/** OpenCC without Taiwan vocabulary, for official names and titles kept as written. */
const openccCharacters: (text: string) => string = OpenCC.Converter({ from: 'cn', to: 'tw' });

/** The project's phrase table, then OpenCC; quotation marks untouched (for markup, code and data). */
export function hantWords(text: string): string {
  return convertWithPhrases(text, opencc, openccCharacters);
}

/** Simplified → Traditional as a Taiwan reader expects it: the phrase table, OpenCC, and 「」 quotation marks. */
export function toHant(text: string): string {
  return hantQuotes(hantWords(text));
}

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

/**
 * A page in pieces for the quotation marks: comments, elements whose text is code or data (or kept as written)
 * whole, then any other tag, then text.
 */
const QUOTE_TOKENS =
  /<!--[\s\S]*?-->|<(script|style|pre|code|textarea)\b[^>]*>[\s\S]*?<\/\1\s*>|<(\w+)\b[^>]*\stranslate="no"[^>]*>[\s\S]*?<\/\2\s*>|<[^>]*>|[^<]+/g;
const READER_ATTRIBUTE = new RegExp(`(\\s(?:${READER_ATTRIBUTES.join('|')})=")([^"]*)"`, 'g');

/** 「」 in the text a reader sees and in the attributes read aloud; never in code, data, other attributes or URLs. */
function pageQuotes(html: string): string {
  return html.replace(QUOTE_TOKENS, (token, codeElement?: string, keptElement?: string) => {
    if (codeElement || keptElement || token.startsWith('<!--')) return token;
    if (token.startsWith('<')) return token.replace(READER_ATTRIBUTE, (_m, before: string, value: string) => `${before}${hantQuotes(value)}"`);
    return hantQuotes(token);
  });
}

/** Converts a whole rendered page to Traditional Chinese and keeps its links inside `/zh-hant/`. */
export function hantPage(html: string): string {
  let converted = '';
  let from = 0;
  for (const match of html.matchAll(KEEP_AS_WRITTEN)) {
    converted += hantWords(html.slice(from, match.index)) + match[0];
    from = match.index + match[0].length;
  }
  converted += hantWords(html.slice(from));
  return pageQuotes(converted).replace(/<(a|form)\b[^>]*>/g, (tag) => localizeTag(tag));
}
