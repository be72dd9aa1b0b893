import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { LoadedWorkspace } from '../../crm/repository';
import { deleteView, saveView } from '../../crm/repository';
import { Pager, pageCount } from '../shared/Pager';
import { useDebouncedSearch } from '../shared/use-debounced-search';
import { CustomerDetail } from './CustomerDetail';
import { CustomerForm } from './CustomerForm';
import { customerPage, customerRows, filterOptions, FILTER_FIELDS, sortCustomerRows, SORT_FIELDS, type CustomerQuery } from './customer-list';
import { DuplicatesPanel } from './DuplicatesPanel';
import { newId } from './time';
import type { Crm } from './use-crm';

interface Props {
  crm: Crm;
  data: LoadedWorkspace;
  /** A customer to open (from a reminder), then `onFocused`. */
  focus: string | null;
  onFocused: () => void;
}

type Pane = { kind: 'detail'; id: string } | { kind: 'new' } | { kind: 'duplicates' } | null;

const START: CustomerQuery = { search: '', filters: {}, sortBy: 'id', descending: false, page: 0 };

/** Left: the customer list (search, filters, sort, saved views, pages). Right: one customer, a new one, or the duplicates. */
export function CustomersView({ crm, data, focus, onFocused }: Props) {
  const [query, setQuery] = useState<CustomerQuery>(START);
  const [pane, setPane] = useState<Pane>(null);
  const [viewName, setViewName] = useState('');
  const rows = useMemo(() => customerRows(data.customers, data.orders), [data.customers, data.orders]);
  const options = useMemo(() => filterOptions(rows), [rows]);
  const sorted = useMemo(() => sortCustomerRows(rows, query.sortBy, query.descending), [rows, query.sortBy, query.descending]);
  const page = useMemo(() => customerPage(sorted, query), [sorted, query]);
  const pages = pageCount(page.matched, page.limit);
  const [search, setSearch] = useDebouncedSearch(query.search, (s) => setQuery((q) => ({ ...q, search: s, page: 0 })), 150);
  const paneRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (focus) {
      setPane({ kind: 'detail', id: focus });
      onFocused();
    }
  }, [focus]);
  useEffect(() => {
    if (pane) paneRef.current?.querySelector<HTMLElement>('h4, [data-autofocus]')?.focus();
  }, [pane?.kind, pane?.kind === 'detail' ? pane.id : '']);

  const set = (change: Partial<CustomerQuery>) => setQuery((q) => ({ ...q, ...change, page: change.page ?? 0 }));
  const setFilter = (key: string, value: string) => set({ filters: { ...query.filters, [key]: value } });
  const applyView = (id: string) => {
    const view = data.views.find((v) => v.id === id);
    if (!view) return set({ ...START });
    setSearch(view.search);
    setQuery({ search: view.search, filters: view.filters, sortBy: view.sortBy, descending: view.descending, page: 0 });
  };
  const storeView = () => {
    const name = viewName.trim();
    if (name === '') return crm.say('请先给视图起个名字。', true);
    const id = data.views.find((v) => v.name === name)?.id ?? newId('V');
    void crm.run(async (db) => {
      await saveView(db, { id, name, search: query.search, filters: query.filters, sortBy: query.sortBy, descending: query.descending });
      setViewName('');
      return `已保存视图“${name}”。`;
    });
  };
  const selected = pane?.kind === 'detail' ? data.customers.find((c) => c.id === pane.id) : undefined;

  return (
    <div class="crm-split">
      <div class="crm-list-pane">
        <div class="crm-toolbar">
          <button type="button" class="btn primary" onClick={() => setPane({ kind: 'new' })}>新建客户</button>
          <button type="button" class="btn" onClick={() => setPane({ kind: 'duplicates' })}>查找重复客户</button>
        </div>
        <div class="field">
          <label for="crm-search">搜索客户</label>
          <input id="crm-search" type="search" value={search} onInput={(e) => setSearch(e.currentTarget.value)} placeholder="名称、编号、手机号或标签" autocomplete="off" />
        </div>
        <details class="crm-filters">
          <summary>筛选、排序和视图</summary>
          <div class="crm-filter-grid">
            {FILTER_FIELDS.map((f) => (
              <div class="field" key={f.key}>
                <label for={`crm-filter-${f.key}`}>{f.label}</label>
                <select id={`crm-filter-${f.key}`} value={query.filters[f.key] ?? ''} onChange={(e) => setFilter(f.key, e.currentTarget.value)}>
                  <option value="">全部</option>
                  {(options[f.key] ?? []).map((v) => <option key={v} value={f.key === 'kind' ? v : v}>{v}</option>)}
                </select>
              </div>
            ))}
            <div class="field">
              <label for="crm-sort">排序</label>
              <select id="crm-sort" value={query.sortBy} onChange={(e) => set({ sortBy: e.currentTarget.value })}>
                {SORT_FIELDS.map((s) => <option key={s.key} value={s.key}>{s.label}</option>)}
              </select>
            </div>
            <label class="crm-check"><input type="checkbox" checked={query.descending} onChange={(e) => set({ descending: e.currentTarget.checked })} />倒序</label>
          </div>
          <div class="crm-views">
            <div class="field">
              <label for="crm-view">已保存的视图</label>
              <select id="crm-view" onChange={(e) => applyView(e.currentTarget.value)}>
                <option value="">（全部客户）</option>
                {data.views.map((v) => <option key={v.id} value={v.id}>{v.name}</option>)}
              </select>
            </div>
            <div class="field">
              <label for="crm-view-name">把当前筛选保存为视图</label>
              <input id="crm-view-name" value={viewName} onInput={(e) => setViewName(e.currentTarget.value)} placeholder="如：上海的关键客户" />
            </div>
            <button type="button" class="btn" onClick={storeView}>保存视图</button>
            {data.views.length > 0 && (
              <button type="button" class="btn" onClick={() => {
                const v = data.views.find((x) => x.name === viewName.trim());
                if (!v) return crm.say('在“把当前筛选保存为视图”里输入要删除的视图名称。', true);
                void crm.run(async (db) => (await deleteView(db, v.id), `已删除视图“${v.name}”。`));
              }}>删除视图</button>
            )}
          </div>
        </details>
        <ul class="crm-list" aria-label="客户名单">
          {page.rows.map((r) => (
            <li key={r.id}>
              <button type="button" class="crm-row" aria-current={pane?.kind === 'detail' && pane.id === r.id ? 'true' : undefined} onClick={() => setPane({ kind: 'detail', id: r.id })}>
                <span class="crm-row-name">{r.name}</span>
                <span class="crm-row-meta">{r.id} · {r.kind}{r.region ? ` · ${r.region}` : ''}{r.tier ? ` · ${r.tier}` : ''}</span>
                {r.customer.tags.length > 0 && <span class="crm-row-tags">{r.customer.tags.slice(0, 3).join('、')}{r.customer.tags.length > 3 ? '…' : ''}</span>}
              </button>
            </li>
          ))}
        </ul>
        {page.matched === 0 && <p>没有符合条件的客户。</p>}
        <Pager label="客户名单翻页" class="crm-pager" page={query.page} pages={pages} loaded onGo={(p) => set({ page: p })}>
          第 {query.page + 1} / {pages} 页，共 {page.matched} 位客户
        </Pager>
      </div>
      <div class="crm-detail-pane" ref={paneRef}>
        {pane === null && <p class="crm-hint">在左边的名单里选一位客户查看档案，或新建客户。</p>}
        {pane?.kind === 'new' && <CustomerForm crm={crm} onDone={(id) => setPane(id ? { kind: 'detail', id } : null)} />}
        {pane?.kind === 'duplicates' && <DuplicatesPanel crm={crm} data={data} onOpen={(id) => setPane({ kind: 'detail', id })} />}
        {pane?.kind === 'detail' && (selected ? <CustomerDetail key={selected.id} crm={crm} data={data} customer={selected} /> : <p>这位客户已不存在（可能已合并）。</p>)}
      </div>
    </div>
  );
}
