import { useStore } from '@nanostores/preact';
import { useMemo, useState } from 'preact/hooks';
import { groupedNumber, meanText } from '../../engine/core/number-text';
import { DatasetPicker } from '../shared/dataset-picker/DatasetPicker';
import { ChartCanvas } from '../shared/ChartCanvas';
import { saveCsvFile } from '../shared/download';
import type { RfmState } from './state';
import type { RfmView } from './handlers';
import { Settings } from './Settings';
import { SegmentSection } from './SegmentSection';
import { RfGridTable } from './RfGridTable';
import { CustomerTable } from './CustomerTable';
import { scoreDistributionChart } from './charts';
import { chineseOnly } from '../shared/learner-message';

interface Props {
  state: RfmState;
  onUse: () => void;
}

const METHOD = { rank: '按名次', breaks: '按分位点' } as const;
const MODEL = { cn8: '八类客户', rfm10: 'R 包十类' } as const;

/** The analysis of a whole dataset: data, settings, segments, distributions, R × F heat map, customer list, export. */
export function Results({ state, onUse }: Props) {
  const view = useStore(state.$view);
  const busy = useStore(state.$busy);
  const load = useStore(state.dataset.$load);
  const stale = useStore(state.$stale);
  const [exported, setExported] = useState('');

  const onExport = async () => {
    onUse();
    setExported('正在生成 CSV 文件…');
    setExported(await saveCsvFile(state.exportCsv(), (file) => `已导出 ${groupedNumber(file.rows)} 位客户的得分和类别（${file.filename}），可以直接用 Excel 打开。`));
  };

  return (
    <div class="rfm-results">
      <DatasetPicker controller={state.dataset} onUse={onUse} />
      <Settings state={state} onUse={onUse} />
      <p class="rfm-status" role="status" aria-live="polite">
        {busy ? '正在计算…' : load.phase === 'loading' ? '正在读取数据…' : view?.ok ? summary(view.value) : ''}
      </p>
      {view && !view.ok && load.phase === 'ready' && (
        <div class="rfm-error" role="alert">
          <p><strong>无法计算 RFM。</strong>{view.message}</p>
        </div>
      )}
      {view?.ok && (load.phase === 'ready' || load.phase === 'loading') && (
        // The previous file's results stay in place, hidden, while a new one is read and scored: the page below
        // does not jump twice (a repaint of the whole chapter) and the charts are updated, not made again.
        <div class={stale ? 'rfm-analysis rfm-stale' : 'rfm-analysis'}>
          {view.value.warnings.map((w) => <p class="rfm-warning" key={w}>注意：{chineseOnly(w)}</p>)}
          <SegmentSection view={view.value} state={state} onUse={onUse} />
          <Distribution view={view.value} />
          <RfGridTable view={view.value} />
          <CustomerTable state={state} view={view.value} onUse={onUse} />
          <div class="tool-row">
            <button type="button" class="btn primary" onClick={() => void onExport()}>导出 CSV（Excel 可打开）</button>
            <span class="status" role="status">{exported}</span>
          </div>
        </div>
      )}
    </div>
  );
}

function summary(view: RfmView): string {
  const m = view.meanScores;
  return (
    `统计截止日 ${view.asOf} · ${groupedNumber(view.customers)} 位客户 · ${view.bins} 档 · ${METHOD[view.method]} · ${MODEL[view.segmentModel]}。` +
    `平均得分 R ${meanText(m.r)}、F ${meanText(m.f)}、M ${meanText(m.m)}` +
    (view.segmentModel === 'cn8' ? '（严格高于平均分为“高”）。' : '。')
  );
}

function Distribution({ view }: { view: RfmView }) {
  const chart = useMemo(() => scoreDistributionChart(view.distribution, view.bins), [view]);
  return (
    <section class="rfm-section" aria-labelledby="rfm-dist-title">
      <h4 id="rfm-dist-title">R、F、M 得分的分布</h4>
      <p class="rfm-hint">
        每一项得分有多少位客户。按名次打分时各分数的人数大致相等；数值相同的客户得分相同，所以有的分数人数多、有的分数空着。
        {view.method === 'breaks' && view.breaks ? ` 分位点：R ${view.breaks.recency.map((q) => groupedNumber(q, 2, true)).join('、')}；F ${view.breaks.frequency.map((q) => groupedNumber(q, 2, true)).join('、')}；M ${view.breaks.monetary.map((q) => groupedNumber(q, 2, true)).join('、')}。` : ''}
      </p>
      <ChartCanvas config={chart.config} label={chart.label} table={chart.table} height="14rem" />
    </section>
  );
}
