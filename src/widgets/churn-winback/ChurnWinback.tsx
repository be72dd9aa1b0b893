import { useStore } from '@nanostores/preact';
import { useMemo } from 'preact/hooks';
import { WIN_BACK_BAND_LABELS } from '../../engine/loyalty';
import { groupedNumber, parameterText, percentText } from '../../engine/core/number-text';
import { ChartCanvas } from '../shared/ChartCanvas';
import { DatasetPicker } from '../shared/dataset-picker/DatasetPicker';
import type { WorkerWidgetProps } from '../shared/dataset-picker/widget-options';
import { ModelNotes } from '../shared/ModelNotes';
import { NO_TRANSLATE } from '../shared/no-translate';
import { useFirstUse } from '../shared/progress';
import { ScrollBox } from '../shared/ScrollBox';
import { readSharedState, sharedStateUrl, uploadedFilesNote } from '../shared/share-state';
import { ShareLink } from '../shared/ShareLink';
import { useDomId } from '../shared/use-dom-id';
import { useMounted } from '../shared/use-mounted';
import { useStarted } from '../shared/use-started';
import { WidgetFrame } from '../shared/WidgetFrame';
import { pAliveDistributionChart } from './charts';
import type { WinBackRow } from './handlers';
import { createChurnState, type ChurnResult, type ChurnState } from './state';
import { TwoCustomers } from './TwoCustomers';
import { createTwoCustomers } from './two-customers';
import { WinBackList } from './WinBackList';
import { MODEL_NAMES, ModelCheck, PAliveReading } from './ModelCheck';
import './churn-winback.css';
import { spawnAnalysisWorker } from '../shared/analysis-worker/spawn';

export const WIDGET = 'churn-winback';

const spawnChurnWorker = () => spawnAnalysisWorker('churn-winback');

const three = parameterText;

/** 流失预警与挽回名单 (chapter 10): P(alive) from BG/NBD, the two customers, the win-back list, the inactivity rule. */
export default function ChurnWinback({ spawnWorker, manifest }: WorkerWidgetProps) {
  const state = useMemo(() => createChurnState({ spawn: spawnWorker ?? spawnChurnWorker, manifest, initial: readSharedState('cw') }), []);
  const two = useMemo(() => createTwoCustomers(), []);
  const result = useStore(state.$result);
  const phase = useStore(state.$phase);
  const load = useStore(state.dataset.$load);
  const mounted = useMounted();
  const onUse = useFirstUse(WIDGET);

  useStarted(state);

  const ready = load.phase === 'ready';
  return (
    <WidgetFrame name={WIDGET} title="流失预警与挽回名单" tools={<ShareLink makeUrl={() => sharedStateUrl('cw', state.shareState(), WIDGET)} leftOut={() => uploadedFilesNote([state.dataset.$choice.get()])} />}>
      <div id={WIDGET} class="cw">
        {!mounted ? (
          <p class="widget-loading">正在准备流失预警与挽回名单…</p>
        ) : (
          <>
            <TwoCustomers state={two} onUse={onUse} />
            <h4 class="cw-part">用交易记录算每位客户的 P(alive)</h4>
            <DatasetPicker controller={state.dataset} onUse={onUse} />
            <Settings state={state} tableMode={ready && load.report.mode === 'table'} onUse={onUse} />
            {phase.step !== 0 ? (
              <div class="cw-progress" role="status">
                <label for="cw-progress-bar">第 {phase.step} / 3 步：{phase.label}…</label>
                <progress id="cw-progress-bar" max={3} value={phase.step - 1} />
                <button type="button" class="btn" onClick={() => state.cancel()}>取消</button>
              </div>
            ) : (
              <p class="cw-status" role="status" aria-live="polite">{ready && result?.ok ? fitLine(result.value) : load.phase === 'loading' ? '正在读取数据…' : ''}</p>
            )}
            {ready && result && !result.ok && (
              <div class={result.code === 'aborted' ? 'cw-note' : 'cw-error'} role={result.code === 'aborted' ? 'status' : 'alert'}>
                <p>{result.code === 'aborted' ? result.message : <><strong>无法计算。</strong>{result.message}</>}</p>
              </div>
            )}
            {ready && result?.ok && (
              <>
                <Bands state={state} result={result.value} onUse={onUse} />
                <PAliveReading result={result.value} onUse={onUse} />
                <ModelCheck result={result.value} />
                <WinBackList state={state} unit={result.value.summary.unit} onUse={onUse} />
                <Inactivity state={state} result={result.value} onUse={onUse} />
              </>
            )}
          </>
        )}
      </div>
      <ModelNotes load={() => import('./MODEL.md?raw')} />
    </WidgetFrame>
  );
}

function fitLine({ summary, fit, score }: ChurnResult): string {
  const model = score.model;
  const who = `${groupedNumber(summary.customers)} 位客户（其中 ${groupedNumber(summary.repeaters)} 位有重复购买）`;
  const period = summary.calibrationEnd ? `，观察到 ${summary.calibrationEnd}，时间单位：${summary.unit === 'day' ? '天' : '周'}` : '';
  const values =
    model.kind === 'pnbd'
      ? `r = ${three(model.params.r)}，α = ${three(model.params.alpha)}，s = ${three(model.params.s)}，β = ${three(model.params.beta)}`
      : `r = ${three(model.params.r)}，α = ${three(model.params.alpha)}，a = ${three(model.params.a)}，b = ${three(model.params.b)}`;
  if (fit) return `${who}${period}。${MODEL_NAMES[model.kind]} 模型拟合结果：${values}（对数似然 ${groupedNumber(fit.logLikelihood, 1, true)}）。`;
  return `${who}${period}。使用课本的模型参数：${values}（CDNOW 数据，单位为周）。`;
}

function Settings({ state, tableMode, onUse }: { state: ChurnState; tableMode: boolean; onUse: () => void }) {
  const s = useStore(state.$settings);
  const id = useDomId();
  const set = (change: Parameters<ChurnState['setSettings']>[0]) => {
    onUse();
    state.setSettings(change);
  };
  return (
    <fieldset class="cw-settings">
      <legend>模型设置</legend>
      <div class="cw-settings-row">
        <fieldset class="cw-radios" disabled={tableMode}>
          <legend>时间单位</legend>
          <label><input type="radio" name={`${id}-unit`} checked={s.unit === 'week'} onChange={() => set({ unit: 'week' })} /> 周</label>
          <label><input type="radio" name={`${id}-unit`} checked={s.unit === 'day'} onChange={() => set({ unit: 'day', params: 'fit' })} /> 天</label>
        </fieldset>
        <div class="field">
          <label for={`${id}-end`}>观察截止日（空着为数据的最后一天）</label>
          <input id={`${id}-end`} type="date" value={s.calibrationEnd ?? ''} disabled={tableMode} onChange={(e) => set({ calibrationEnd: e.currentTarget.value || null })} />
        </div>
        <fieldset class="cw-radios">
          <legend>模型</legend>
          <label><input type="radio" name={`${id}-model`} checked={s.model === 'bgnbd'} onChange={() => set({ model: 'bgnbd' })} /> BG/NBD</label>
          <label><input type="radio" name={`${id}-model`} checked={s.model === 'pnbd'} onChange={() => set({ model: 'pnbd' })} /> Pareto/NBD</label>
        </fieldset>
        <fieldset class="cw-radios">
          <legend>模型参数</legend>
          <label><input type="radio" name={`${id}-params`} checked={s.params === 'fit'} onChange={() => set({ params: 'fit' })} /> 用这份数据拟合</label>
          <label><input type="radio" name={`${id}-params`} checked={s.params === 'published'} disabled={s.model === 'pnbd' || (!tableMode && s.unit !== 'week')} onChange={() => set({ params: 'published' })} /> 课本的参数（BG/NBD，周）</label>
        </fieldset>
      </div>
      {!tableMode && (
        <label class="cw-check">
          <input type="checkbox" checked={s.holdout} disabled={!s.calibrationEnd} onChange={(e) => set({ holdout: e.currentTarget.checked })} /> 留出检验期：截止日之后的交易不参与拟合，用来检验模型
        </label>
      )}
      {tableMode && <p class="cw-hint">这份文件已经是每位客户一行的汇总（x、t_x、T），时间单位和截止日由文件决定。</p>}
    </fieldset>
  );
}

function Bands({ state, result, onUse }: { state: ChurnState; result: ChurnResult; onUse: () => void }) {
  const s = useStore(state.$settings);
  const id = useDomId();
  const chart = useMemo(() => pAliveDistributionChart(result.score.bins, s.activeFrom / 100, s.lostBelow / 100), [result, s.activeFrom, s.lostBelow]);
  const bands = result.score.bands;
  const total = bands.active.customers + bands['win-back'].customers + bands.lost.customers;
  const slider = (key: 'activeFrom' | 'lostBelow', label: string) => (
    <div class="cw-slider">
      <label for={`${id}-${key}`}>{label}</label>
      <input id={`${id}-${key}`} type="range" min={0} max={100} step={1} value={s[key]} aria-valuetext={(s[key] / 100).toFixed(2)} onChange={(e) => { onUse(); state.setSettings({ [key]: Number(e.currentTarget.value) }); }} />
      <output for={`${id}-${key}`}>{(s[key] / 100).toFixed(2)}</output>
    </div>
  );
  return (
    <section class="cw-section" aria-labelledby="cw-bands-title">
      <h4 id="cw-bands-title">仍然活跃的概率：分布与分区</h4>
      {result.score.meanPAlive !== null && <p class="cw-hint">平均 P(alive) = {result.score.meanPAlive.toFixed(2)}。{result.score.model.kind === 'bgnbd' ? '只买过一次的客户在 BG/NBD 模型里 P(alive) = 1，都落在最右边一组。' : 'Pareto/NBD 里客户随时可能离开：只买过一次的客户，首次购买越久远，P(alive) 越低。'}</p>}
      <ChartCanvas config={chart.config} label={chart.label} table={chart.table} height="14rem" />
      <div class="cw-thresholds">
        {slider('activeFrom', 'P(alive) 不低于此值为“仍活跃”')}
        {slider('lostBelow', 'P(alive) 低于此值为“基本流失”')}
      </div>
      <ScrollBox class="cw-table-wrap" label="三个分区的客户">
        <table class="cw-table cw-bands">
          <caption class="visually-hidden">三个分区的客户数和价值</caption>
          <thead><tr><th scope="col">分区</th><th scope="col">规则</th><th scope="col" class="num">客户数</th><th scope="col" class="num">占比</th><th scope="col" class="num">价值合计</th></tr></thead>
          <tbody>
            <tr><th scope="row">{WIN_BACK_BAND_LABELS.active}</th><td>P(alive) ≥ {(s.activeFrom / 100).toFixed(2)}：关系正常，不必打扰</td><td class="num">{groupedNumber(bands.active.customers)}</td><td class="num">{total ? percentText(bands.active.customers / total) : '—'}</td><td class="num">{groupedNumber(bands.active.value, 2, true)}</td></tr>
            <tr><th scope="row">{WIN_BACK_BAND_LABELS['win-back']}</th><td>中间的预警区：按价值 × P(alive) 从高到低联系</td><td class="num">{groupedNumber(bands['win-back'].customers)}</td><td class="num">{total ? percentText(bands['win-back'].customers / total) : '—'}</td><td class="num">{groupedNumber(bands['win-back'].value, 2, true)}</td></tr>
            <tr><th scope="row">{WIN_BACK_BAND_LABELS.lost}</th><td>P(alive) &lt; {(s.lostBelow / 100).toFixed(2)}：多半已流失，关键客户专人回访，其他低成本唤回</td><td class="num">{groupedNumber(bands.lost.customers)}</td><td class="num">{total ? percentText(bands.lost.customers / total) : '—'}</td><td class="num">{groupedNumber(bands.lost.value, 2, true)}</td></tr>
          </tbody>
        </table>
      </ScrollBox>
      {result.score.top.length > 0 && (
        <p>
          <strong>先给谁打电话：</strong>
          {result.score.top.slice(0, 5).map((r, i) => (
            <span key={r.customer}>{i > 0 ? '；' : ''}<span {...NO_TRANSLATE}>{r.customer}</span>（价值 {groupedNumber(r.value, 2, true)}，P(alive) {r.pAlive.toFixed(2)}，得分 {groupedNumber(r.score, 2, true)}）</span>
          ))}
          。
        </p>
      )}
      <p class="cw-hint">价值来自{result.summary.valueSource}。</p>
    </section>
  );
}

function Inactivity({ state, result, onUse }: { state: ChurnState; result: ChurnResult; onUse: () => void }) {
  const s = useStore(state.$settings);
  const id = useDomId();
  const inactivity = result.score.inactivity;
  return (
    <section class="cw-section" aria-labelledby="cw-window-title">
      <h4 id="cw-window-title">对比：只看“多久没来”</h4>
      {!inactivity ? (
        <p class="cw-hint">这份数据是每位客户一行的汇总，没有日期，无法按沉默天数判断流失。选一份交易记录再比较。</p>
      ) : (
        <>
          <div class="field cw-window">
            <label for={`${id}-window`}>超过多少天没有购买算流失</label>
            <input id={`${id}-window`} type="number" min={1} max={3650} step={1} value={s.windowDays} onChange={(e) => { onUse(); state.setSettings({ windowDays: Number(e.currentTarget.value) }); }} />
          </div>
          <p>
            按沉默期判断：{groupedNumber(inactivity.churned)} 位客户超过 {inactivity.windowDays} 天没有购买，算作流失（{inactivity.rate === null ? '—' : percentText(inactivity.rate)}）。下表把它和模型的分区放在一起：
          </p>
          <ScrollBox class="cw-table-wrap" label="沉默期规则与模型分区对比">
            <table class="cw-table">
              <caption class="visually-hidden">模型的三个分区中，按沉默期判为流失和未流失的客户数</caption>
              <thead><tr><th scope="col">模型分区</th><th scope="col" class="num">沉默期判为流失</th><th scope="col" class="num">沉默期判为未流失</th></tr></thead>
              <tbody>
                {(['active', 'win-back', 'lost'] as const).map((band) => (
                  <tr key={band}>
                    <th scope="row">{WIN_BACK_BAND_LABELS[band]}</th>
                    <td class="num">{groupedNumber(inactivity.agreement.table[band].churned)}</td>
                    <td class="num">{groupedNumber(inactivity.agreement.table[band].notChurned)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
          <Examples title="模型说基本流失，沉默期却说还在：买得很勤的客户最近才沉默" rows={inactivity.examples.lostButRecent} unit={result.summary.unit} />
          <Examples title="沉默期说流失，模型却说仍活跃：本来就买得少，或只买过一次" rows={inactivity.examples.silentButActive} unit={result.summary.unit} />
        </>
      )}
    </section>
  );
}

function Examples({ title, rows, unit }: { title: string; rows: readonly WinBackRow[]; unit: 'day' | 'week' | null }) {
  if (rows.length === 0) return null;
  const w = unit === 'day' ? '天' : '周';
  return (
    <div class="cw-examples">
      <p><strong>{title}</strong></p>
      <ul>
        {rows.map((r) => (
          <li key={r.customer}>
            <span {...NO_TRANSLATE}>{r.customer}</span>：重复购买 {r.x} 次，最后一次在第 {groupedNumber(r.t_x, 1, true)} {w}，已沉默 {groupedNumber(r.silent, 1, true)} {w}，P(alive) = {r.pAlive.toFixed(2)}
          </li>
        ))}
      </ul>
    </div>
  );
}
