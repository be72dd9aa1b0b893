interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  init(): Promise<void>;
  search(query: string): Promise<{ results: PagefindResult[] }>;
}

const MAX_RESULTS = 20;

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
    list.replaceChildren(
      ...pages.map((page) => {
        const item = document.createElement('li');
        const link = Object.assign(document.createElement('a'), { href: page.url, textContent: page.meta.title ?? page.url });
        const excerpt = document.createElement('p');
        excerpt.innerHTML = page.excerpt; // Pagefind escapes the page text and only adds <mark>
        item.append(link, excerpt);
        return item;
      }),
    );
    status.textContent = results.length ? `找到 ${results.length} 个结果${results.length > MAX_RESULTS ? `,显示前 ${MAX_RESULTS} 个` : ''}。` : `没有找到与“${query}”相关的内容,换个关键词试试。`;
  } catch {
    status.textContent = '搜索索引还没有加载成功:请在联网时打开一次网站,之后离线也能搜索。';
  }
}
