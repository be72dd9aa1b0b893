import { useState } from 'preact/hooks';
import { WIN_BACK_BAND_LABELS, type WinBackBand } from '../../engine/loyalty';
import { groupedNumber } from '../../engine/core/number-text';
import { saveCsvFile } from '../shared/download';
import { NO_TRANSLATE } from '../shared/no-translate';
import { ScrollBox } from '../shared/ScrollBox';
import { Pager } from '../shared/Pager';
import { usePagedList } from '../shared/use-paged-list';
import { useDomId } from '../shared/use-dom-id';
import { PAGE_SIZE, type ChurnState } from './state';
import { useDebouncedSearch } from '../shared/use-debounced-search';

const unitWord = (unit: 'day' | 'week' | null) => (unit === 'day' ? '天' : unit === 'week' ? '周' : '');

/** The ranked list: filter by band, search, page, export. */
export function WinBackList({ state, unit, onUse }: { state: ChurnState; unit: 'day' | 'week' | null; onUse: () => void }) {
  const { query, page, rows, pages, go } = usePagedList(state, PAGE_SIZE, onUse);
  const [search, setSearch] = useDebouncedSearch(query.search, (value) => state.setQuery({ search: value }));
  const [exported, setExported] = useState('');
  const id = useDomId();
  const onExport = async () => {
    onUse();
    setExported(await saveCsvFile(state.exportCsv(), (file) => `已导出 ${groupedNumber(file.rows)} 位客户的 P(alive)、得分和处理（${file.filename}）。`));
  };
  const w = unitWord(unit);
  return (
    <section class="cw-section" aria-labelledby="cw-list-title">
      <h4 id="cw-list-title">挽回名单</h4>
      <div class="cw-tools">
        <div class="field">
          <label for={`${id}-band`}>只看</label>
          <select id={`${id}-band`} value={query.band ?? ''} onChange={(e) => { onUse(); state.setQuery({ band: (e.currentTarget.value || null) as WinBackBand | null }); }}>
            <option value="win-back">{WIN_BACK_BAND_LABELS['win-back']}（按价值 × P(alive) 排序）</option>
            <option value="active">{WIN_BACK_BAND_LABELS.active}</option>
            <option value="lost">{WIN_BACK_BAND_LABELS.lost}</option>
            <option value="">全部客户</option>
          </select>
        </div>
        <div class="field">
          <label for={`${id}-search`}>搜索客户</label>
          <input id={`${id}-search`} type="search" value={search} onInput={(e) => setSearch(e.currentTarget.value)} />
        </div>
      </div>
      {page && !page.ok && <p class="cw-error" role="alert">{page.message}</p>}
      <ScrollBox class="cw-table-wrap" label="挽回名单表">
        <table class="cw-table">
          <caption class="visually-hidden">每位客户的购买记录、自己的观察时长 T、价值、仍然活跃的概率、得分和处理</caption>
          <thead>
            <tr>
              <th scope="col" class="num">排名</th><th scope="col">客户</th><th scope="col" class="num">重复购买</th>
              <th scope="col" class="num">客户年龄 T{w ? `（${w}）` : ''}</th><th scope="col" class="num">已沉默{w ? `（${w}）` : ''}</th><th scope="col" class="num">价值</th><th scope="col" class="num">P(alive)</th>
              <th scope="col" class="num">价值 × P(alive)</th><th scope="col">处理</th>
            </tr>
          </thead>
          <tbody>
            {rows?.rows.map((r) => (
              <tr key={r.customer}>
                <td class="num">{r.rank ?? '—'}</td>
                <th scope="row" {...NO_TRANSLATE}>{r.customer}</th>
                <td class="num">{r.x} 次</td>
                <td class="num">{groupedNumber(r.T, 1, true)}</td>
                <td class="num">{groupedNumber(r.silent, 1, true)}</td>
                <td class="num">{groupedNumber(r.value, 2, true)}</td>
                <td class="num">{r.pAlive.toFixed(2)}</td>
                <td class="num">{groupedNumber(r.score, 2, true)}</td>
                <td>{r.bandLabel}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
      <Pager class="cw-pager" label="挽回名单翻页" page={query.page} pages={pages} loaded={rows !== null} onGo={go}>
        {rows ? `第 ${query.page + 1} / ${pages} 页 · 共 ${groupedNumber(rows.matched)} 位` : '正在载入…'}
      </Pager>
      <div class="tool-row">
        <button type="button" class="btn primary" onClick={() => void onExport()}>导出挽回名单 CSV（Excel 可打开）</button>
        <span class="status" role="status">{exported}</span>
      </div>
    </section>
  );
}
