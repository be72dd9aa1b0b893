import { ScrollBox } from '../shared/ScrollBox';
import { Pager } from '../shared/Pager';
import { usePagedList } from '../shared/use-paged-list';

import { groupedNumber } from '../../engine/core/number-text';
import { useDomId } from '../shared/use-dom-id';
import type { RfmState } from './state';
import { PAGE_SIZE } from './state';
import { NO_TRANSLATE } from '../shared/no-translate';
import type { RfmRow, RfmView } from './handlers';
import { useDebouncedSearch } from '../shared/use-debounced-search';

interface Props {
  state: RfmState;
  view: RfmView;
  onUse: () => void;
}

type Column = { key: keyof RfmRow & string; label: string; numeric?: boolean };
const COLUMNS: Column[] = [
  { key: 'customer', label: '客户' },
  { key: 'recency', label: 'R 天数', numeric: true },
  { key: 'frequency', label: 'F 次数', numeric: true },
  { key: 'monetary', label: 'M 金额（元）', numeric: true },
  { key: 'code', label: 'RFM 代码' },
  { key: 'segment', label: '类别' },
];

/**
 * The scored customers a page at a time (the list lives in the worker; 100,000 customers never reach the
 * page at once): search by customer, code or class, filter by class, sort by any column.
 */
export function CustomerTable({ state, view, onUse }: Props) {
  const { query, page, rows, pages, go } = usePagedList(state, PAGE_SIZE, onUse);
  const [search, setSearch] = useDebouncedSearch(query.search, (value) => state.setQuery({ search: value }));
  const id = useDomId();

  const sortBy = (key: Column['key']) => {
    onUse();
    state.setQuery({ sortBy: key, descending: query.sortBy === key ? !query.descending : key !== 'customer' && key !== 'recency' });
  };

  return (
    <section class="rfm-section" id="rfm-customers" aria-labelledby="rfm-cust-title">
      <h4 id="rfm-cust-title">客户名单</h4>
      <div class="rfm-table-tools">
        <div class="field">
          <label for={`${id}-search`}>搜索客户、代码或类别</label>
          <input id={`${id}-search`} type="search" value={search} onInput={(e) => setSearch(e.currentTarget.value)} placeholder="如 M1024、555、重要" />
        </div>
        <div class="field">
          <label for={`${id}-segment`}>只看一类</label>
          <select id={`${id}-segment`} value={query.segmentKey ?? ''} onChange={(e) => {
            onUse();
            state.setQuery({ segmentKey: e.currentTarget.value || null });
          }}>
            <option value="">全部类别</option>
            {view.segments.map((s) => <option value={s.segmentKey} key={s.segmentKey}>{s.segment}({groupedNumber(s.customers)})</option>)}
          </select>
        </div>
      </div>
      {page && !page.ok && <p class="rfm-error" role="alert">{page.message}</p>}
      <ScrollBox class="rfm-table-wrap" label="客户名单表">
        <table class="rfm-customers">
          <caption class="visually-hidden">客户的 R、F、M 数值、得分和类别；点列名排序</caption>
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <th scope="col" key={c.key} aria-sort={query.sortBy === c.key ? (query.descending ? 'descending' : 'ascending') : undefined} class={c.numeric ? 'num' : undefined}>
                  <button type="button" class="sort" onClick={() => sortBy(c.key)}>
                    {c.label}
                    <span aria-hidden="true">{query.sortBy === c.key ? (query.descending ? ' ▼' : ' ▲') : ''}</span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows?.rows.map((r) => (
              <tr key={r.customer}>
                <th scope="row" {...NO_TRANSLATE}>{r.customer}</th>
                <td class="num">{groupedNumber(r.recency)}</td>
                <td class="num">{groupedNumber(r.frequency)}</td>
                <td class="num">{groupedNumber(r.monetary, 2, true)}</td>
                <td class="num">{r.code}</td>
                <td>{r.segment}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
      <Pager class="rfm-pager" label="客户名单翻页" page={query.page} pages={pages} loaded={rows !== null} onGo={go}>
        {rows ? `第 ${query.page + 1} / ${pages} 页 · ${rows.matched === rows.total ? '' : `找到 ${groupedNumber(rows.matched)} 位 · `}共 ${groupedNumber(rows.total)} 位客户` : '正在载入…'}
      </Pager>
    </section>
  );
}
