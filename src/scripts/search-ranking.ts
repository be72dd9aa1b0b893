// Pure helpers of the /search/ page: the order of Pagefind's results and the start of their snippets.

export interface SearchSection {
  title: string;
  url: string;
  excerpt: string;
  locations?: number[];
}

/** An element with an id on the page, and the index of the first word inside it (Pagefind's `anchors`). */
export interface SearchAnchor {
  element: string;
  id: string;
  location: number;
}

export interface SearchPage {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results?: SearchSection[];
  /** The index of each matched word in the page's text (a Chinese character is a word of its own). */
  locations?: number[];
  anchors?: SearchAnchor[];
}

export type PageKind = 'chapter' | 'lab' | 'other';

/** What a page is, from its path in either script: a chapter, a lab, or anything else. */
export function pageKind(url: string): PageKind {
  const path = new URL(url, 'http://site').pathname.replace(/^\/zh-hant\//, '/');
  if (path.startsWith('/chapters/')) return 'chapter';
  if (path.startsWith('/labs/')) return 'lab';
  return 'other';
}

const plain = (html: string) => html.replace(/<[^>]+>/g, '');
/** Lower case, no spaces: “RFM 分析” and “rfm分析” are the same words. */
const fold = (text: string) => plain(text).replace(/\s+/g, '').toLowerCase();

/** How many of the page's headings (its title and its sections' titles) name the query: how much the page is about it. */
export function topicHeadings(page: SearchPage, query: string): number {
  const q = fold(query);
  if (!q) return 0;
  const titles = [page.meta.title ?? '', ...(page.sub_results ?? []).map((s) => s.title)];
  return titles.filter((t) => fold(t).includes(q)).length;
}

/** The query as written (spaces aside) appears in the page's excerpt or a section's. */
export function hasExactMatch(page: SearchPage, query: string): boolean {
  const q = fold(query);
  return [page.excerpt, ...(page.sub_results ?? []).map((s) => s.excerpt)].some((e) => fold(e).includes(q));
}

/**
 * Orders Pagefind's pages for a reader: first the chapters whose headings name the query (the chapter that teaches
 * it, most headings first), then other pages whose headings name it, then pages with the query as written in their
 * text, then the rest; Pagefind's order within each group. Pagefind alone favours short pages, so a lab or the
 * dataset list that mentions RFM a few times outranked chapter 6, which teaches it.
 * @example rankSearchPages([lab, chapter6], 'RFM') // [chapter6, lab] when chapter 6 has a section “二、RFM 分析法”
 */
export function rankSearchPages<P extends SearchPage>(pages: readonly P[], query: string): P[] {
  const keyed = pages.map((page, order) => {
    const topic = topicHeadings(page, query);
    const chapter = pageKind(page.url) === 'chapter';
    const group = topic > 0 ? (chapter ? 0 : 1) : hasExactMatch(page, query) ? 2 : 3;
    return { page, order, group, topic: group === 0 ? topic : 0 };
  });
  keyed.sort((a, b) => a.group - b.group || b.topic - a.topic || a.order - b.order);
  return keyed.map((k) => k.page);
}

/** How well a section matches: its heading names the query, then the query as written in its text, then the number of matched words. */
function sectionScore(section: SearchSection, query: string): number {
  const q = fold(query);
  return (fold(section.title).includes(q) ? 2000 : 0) + (fold(section.excerpt).includes(q) ? 1000 : 0) + (section.locations?.length ?? 0);
}

/** The `max` sections of a page that match best (those with an anchor to link to), in page order. */
export function bestSections(page: SearchPage, query: string, max: number): SearchSection[] {
  const anchored = (page.sub_results ?? []).filter((s) => s.url.includes('#'));
  const best = new Set([...anchored].sort((a, b) => sectionScore(b, query) - sectionScore(a, query)).slice(0, max));
  return anchored.filter((s) => best.has(s));
}

/** A match this close to the start of its element opens it: a glossary entry's own term. */
const OPENING_WORDS = 2;

/**
 * The element with an id that holds a page's best match, for a page whose matches lie under no heading with an id:
 * the glossary, whose entries are not headings, linked to its top, where a reader searching 帕累托 or 终身价值 had
 * to hunt among 120 terms. The best match is the longest run of consecutive matched words (the query as written,
 * not its characters scattered), one that opens its element first (the entry 客户终身价值 before 客户让渡价值, whose
 * text mentions it), then the first on the page. The page's URL with that `#id`, or null when it has no such element.
 * @example matchAnchor({ url: '/glossary/', locations: [50, 51, 90, 91], anchors: [{ element: 'div', id: 'a', location: 40 }, { element: 'div', id: 'b', location: 90 }], … }) // '/glossary/#b'
 */
export function matchAnchor(page: SearchPage): string | null {
  const locations = [...new Set(page.locations ?? [])].sort((a, b) => a - b);
  const anchors = (page.anchors ?? []).filter((a) => a.id).sort((a, b) => a.location - b.location);
  const holder = (location: number) => {
    let found: SearchAnchor | undefined;
    for (const anchor of anchors) if (anchor.location <= location) found = anchor;
    return found;
  };
  const runs: { start: number; length: number }[] = [];
  for (const location of locations) {
    const last = runs.at(-1);
    if (last && location === last.start + last.length) last.length += 1;
    else runs.push({ start: location, length: 1 });
  }
  const longest = Math.max(0, ...runs.map((r) => r.length));
  const best = runs.filter((r) => r.length === longest && holder(r.start));
  const chosen = best.find((r) => r.start - holder(r.start)!.location <= OPENING_WORDS) ?? best[0];
  return chosen ? `${page.url.split('#')[0]}#${holder(chosen.start)!.id}` : null;
}

/** Where a sentence ends: Chinese full stops, and the “. ” Pagefind puts after a heading or list item. */
const SENTENCE_END = /[。！？；]|[.!?](?=\s)/g;
/** Where a clause ends inside a sentence. */
const CLAUSE_END = /[，、：]/g;
const ENDS_A_SENTENCE = /[。！？；.!?…）」』”]$/;

/** The position just after the first boundary that still has a match (<mark>) after it, or -1. */
function cutAfter(html: string, boundary: RegExp): number {
  const lastMark = html.lastIndexOf('<mark>');
  for (const m of html.matchAll(boundary)) {
    const end = m.index + m[0].length;
    if (end <= lastMark) return end;
  }
  return -1;
}

/**
 * A Pagefind excerpt that starts where a sentence starts: Pagefind cuts a window of words around the match, so its
 * excerpts began mid-word (“-key 用的是…”, “、RFM 分析法.”). The fragment before the first sentence end is dropped
 * when a match follows it; failing that, the fragment before the first clause end, marked with “…”. An excerpt that
 * stops mid-sentence ends with “…”. Only text is cut: the <mark> tags Pagefind adds stay whole.
 * @example excerptAtBoundary('-key 用的是同一段代码。 零售：<mark>RFM</mark> 八类') // '零售：<mark>RFM</mark> 八类…'
 */
export function excerptAtBoundary(html: string): string {
  let text = html.trim();
  const sentence = cutAfter(text, SENTENCE_END);
  if (sentence > 0) {
    text = text.slice(sentence).trimStart();
  } else {
    const clause = cutAfter(text, CLAUSE_END);
    if (clause > 0) text = `…${text.slice(clause).trimStart()}`;
  }
  return ENDS_A_SENTENCE.test(plain(text)) ? text : `${text}…`;
}
