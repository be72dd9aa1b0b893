import { useStore } from '@nanostores/preact';
import { useMemo } from 'preact/hooks';
import { groupedNumber, percentText } from '../../engine/core/number-text';
import { ChartCanvas } from '../shared/ChartCanvas';
import type { RfmState } from './state';
import type { RfmView } from './handlers';
import { segmentShareChart } from './charts';

interface Props {
  view: RfmView;
  state: RfmState;
  onUse: () => void;
}

/** The segments: shares chart, one button per segment, and the reading of the chosen one. */
export function SegmentSection({ view, state, onUse }: Props) {
  const selected = useStore(state.$segment);
  const chart = useMemo(() => segmentShareChart(view.segments), [view]);
  const reading = view.readings.find((r) => r.key === selected) ?? null;
  const summary = view.segments.find((s) => s.segmentKey === selected) ?? null;

  return (
    <section class="rfm-section" aria-labelledby="rfm-seg-title">
      <h4 id="rfm-seg-title">客户分类：人数与金额</h4>
      <ChartCanvas config={chart.config} label={chart.label} table={chart.table} height={view.segments.length > 8 ? '20rem' : '17rem'} />
      <p class="rfm-hint" id="rfm-seg-hint">点一类客户（或用 Tab 键选中后按回车），读一读这类客户是谁、企业该怎么做。</p>
      <ul class="rfm-segments" aria-describedby="rfm-seg-hint">
        {view.segments.map((s) => (
          <li key={s.segmentKey}>
            <button
              type="button"
              class="rfm-segment"
              aria-pressed={selected === s.segmentKey}
              aria-controls="rfm-reading"
              onClick={() => {
                onUse();
                state.selectSegment(selected === s.segmentKey ? null : s.segmentKey);
              }}
            >
              <span class="name">{s.segment}</span>
              {/* Spaced apart, not joined by "·", so a wrapped line never ends on a separator; commas for screen readers. */}
              <span class="figures">
                <span>{groupedNumber(s.customers)} 位</span>
                <span class="visually-hidden">，</span>
                <span>客户 {percentText(s.customerShare ?? 0)}</span>
                <span class="visually-hidden">，</span>
                <span>金额 {percentText(s.revenueShare ?? 0)}</span>
              </span>
            </button>
          </li>
        ))}
      </ul>
      <div id="rfm-reading" class="rfm-reading" aria-live="polite">
        {reading && summary ? (
          <article aria-labelledby="rfm-reading-title">
            <h5 id="rfm-reading-title">
              {reading.name}
              <span class="rule">{reading.rule}</span>
              {reading.tier && <span class="tier">大致属于{reading.tier}</span>}
            </h5>
            <p><strong>他们是谁：</strong>{reading.who}</p>
            <p><strong>企业怎么做：</strong>{reading.strategy}</p>
            <p><strong>这份数据里：</strong>{reading.figures}</p>
            {summary.customers > 0 && (
              <button
                type="button"
                class="btn"
                onClick={() => {
                  onUse();
                  state.setQuery({ segmentKey: reading.key });
                  document.getElementById('rfm-customers')?.scrollIntoView({ block: 'start' });
                }}
              >
                在客户名单中只看{reading.name}
              </button>
            )}
          </article>
        ) : (
          <p class="rfm-hint">（还没有选择客户类别）</p>
        )}
      </div>
    </section>
  );
}
