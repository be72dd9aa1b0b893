interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations?: number[];
}
interface PagefindData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results?: PagefindSubResult[];
}
interface Pagefind {
  init(): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<PagefindData> }[] }>;
}

const MAX_RESULTS = 20;
const MAX_SECTIONS = 3;

const plain = (html: string) => html.replace(/<[^>]+>/g, '');

/** How well a section matches: the exact query in its text first, then the number of matched words. */
function sectionScore(section: PagefindSubResult, query: string): number {
  return (plain(section.excerpt).includes(query) ? 1000 : 0) + (section.locations?.length ?? 0);
}

function excerptParagraph(html: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.innerHTML = html; // Pagefind escapes the page text and only adds <mark>
  return p;
}

/** One result: the page, then the sections of it that match, each linking to its heading. */
function resultItem(page: PagefindData, query: string): HTMLLIElement {
  const item = document.createElement('li');
  item.append(Object.assign(document.createElement('a'), { href: page.url, textContent: page.meta.title ?? page.url }));
  // The sections with the most matches, shown in page order.
  const anchored = (page.sub_results ?? []).filter((s) => s.url.includes('#'));
  const best = new Set([...anchored].sort((a, b) => sectionScore(b, query) - sectionScore(a, query)).slice(0, MAX_SECTIONS));
  const sections = anchored.filter((s) => best.has(s));
  if (sections.length === 0) {
    item.append(excerptParagraph(page.excerpt));
    return item;
  }
  const list = document.createElement('ul');
  for (const section of sections) {
    const entry = document.createElement('li');
    entry.append(Object.assign(document.createElement('a'), { href: section.url, textContent: section.title }), excerptParagraph(section.excerpt));
    list.append(entry);
  }
  item.append(list);
  return item;
}

/** The /search/ page: runs the query in `?q=` through Pagefind's index (built at build time, one per script). */
export async function runSearchPage(): Promise<void> {
  const input = document.getElementById('search-query') as HTMLInputElement;
  const status = document.getElementById('search-status')!;
  const list = document.getElementById('search-results')!;
  const query = new URLSearchParams(location.search).get('q')?.trim() ?? '';
  input.value = query;
  if (!query) {
    input.focus();
    return;
  }
  status.textContent = '正在搜索…';
  try {
    const pagefindUrl = '/pagefind/pagefind.js';
    const pagefind = (await import(/* @vite-ignore */ pagefindUrl)) as Pagefind;
    await pagefind.init();
    const { results } = await pagefind.search(query);
    const pages = await Promise.all(results.slice(0, MAX_RESULTS).map((r) => r.data()));
    // Pagefind splits Chinese into words; pages that contain the whole query as written come first.
    const exact = (page: PagefindData) => [page.excerpt, ...(page.sub_results ?? []).map((s) => s.excerpt)].some((e) => plain(e).includes(query));
    const ranked = [...pages.filter(exact), ...pages.filter((p) => !exact(p))];
    list.replaceChildren(...ranked.map((page) => resultItem(page, query)));
    status.textContent = results.length
      ? `找到 ${results.length} 个页面${results.length > MAX_RESULTS ? `，显示前 ${MAX_RESULTS} 个` : ''}。`
      : `没有找到与“${query}”相关的内容，换个关键词试试。`;
  } catch {
    status.textContent = '搜索索引还没有加载成功：请在联网时打开一次网站，之后离线也能搜索。';
  }
}
