import { sitePath } from '../i18n/site-path';
import { pageTextConverter } from './page-text';
import { bestSections, excerptAtBoundary, matchAnchor, rankSearchPages, type SearchPage as PagefindData } from './search-ranking';

interface Pagefind {
  options(options: { excerptLength?: number; baseUrl?: string }): Promise<void>;
  init(): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<PagefindData> }[] }>;
}

const MAX_RESULTS = 20;
const MAX_SECTIONS = 3;

function excerptParagraph(html: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.innerHTML = excerptAtBoundary(html); // Pagefind escapes the page text and only adds <mark>
  return p;
}

/** One result: the page, then the sections of it that match, each linking to its heading. */
function resultItem(page: PagefindData, query: string): HTMLLIElement {
  const item = document.createElement('li');
  const sections = bestSections(page, query, MAX_SECTIONS);
  // A page with no section to link (the glossary) links to the element that holds the match, as a section would.
  const href = sections.length === 0 ? (matchAnchor(page) ?? page.url) : page.url;
  item.append(Object.assign(document.createElement('a'), { href: sitePath(href), textContent: page.meta.title ?? page.url }));
  if (sections.length === 0) {
    item.append(excerptParagraph(page.excerpt));
    return item;
  }
  const list = document.createElement('ul');
  for (const section of sections) {
    const entry = document.createElement('li');
    entry.append(Object.assign(document.createElement('a'), { href: sitePath(section.url), textContent: section.title }), excerptParagraph(section.excerpt));
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
  const convert = await pageTextConverter();
  status.textContent = convert('正在搜索…');
  try {
    const pagefindUrl = sitePath('/pagefind/pagefind.js');
    const pagefind = (await import(/* @vite-ignore */ pagefindUrl)) as Pagefind;
    // Longer excerpts leave room to start them where a sentence starts. Results come as root paths (`/chapters/x/#h`):
    // ranked by their route, linked through sitePath.
    await pagefind.options({ excerptLength: 40, baseUrl: '/' });
    await pagefind.init();
    const { results } = await pagefind.search(query);
    const pages = await Promise.all(results.slice(0, MAX_RESULTS).map((r) => r.data()));
    list.replaceChildren(...rankSearchPages(pages, query).map((page) => resultItem(page, query)));
    status.textContent = results.length
      ? convert(`找到 ${results.length} 个页面${results.length > MAX_RESULTS ? `，显示前 ${MAX_RESULTS} 个` : ''}。`)
      : `${convert('没有找到与“')}${query}${convert('”相关的内容，换个关键词试试。')}`;
  } catch {
    status.textContent = convert('搜索索引还没有加载成功：请在联网时打开一次网站，之后离线也能搜索。');
  }
}
