// Pure: Erlang C results → chart.js configurations, a sentence for screen readers and a data table.
import type { ErlangCTableRow, StaffingPlan } from '../../engine/technology/erlang-c';
import { groupedNumber, percentText, settingPercentText } from '../../engine/core/number-text';
import type { ChartConfig } from '../shared/chart';
import { SERIES_COLOURS } from '../shared/chart';
import type { ChartTable } from '../shared/ChartCanvas';

const round1 = (x: number) => Math.round(x * 10) / 10;

/** A share as a percentage with exactly one decimal, as the chapter prints its table (39.0%, 88.8%). */
export function percent1(share: number): string {
  return percentText(share);
}

/** ASA in words: seconds to one decimal (as printed: 7.8 秒), or “越排越长” when the queue never settles. */
export function asaText(row: Pick<ErlangCTableRow, 'asa' | 'stable'>): string {
  return row.stable ? `${row.asa.toFixed(1)} 秒` : '无法稳定（越排越长）';
}

/**
 * Service level by number of agents (a line, left axis, with the target dashed) and the average speed of
 * answer (bars, right axis); rows that cannot settle have no bar.
 */
export function agentsChart(rows: readonly ErlangCTableRow[], sl: number, required: number): { config: ChartConfig; label: string; table: ChartTable } {
  const labels = rows.map((r) => `${r.agents} 人`);
  const config: ChartConfig = {
    type: 'bar',
    data: {
      labels,
      datasets: [
        { type: 'line', label: '服务水平（%）', data: rows.map((r) => round1(r.serviceLevel * 100)), yAxisID: 'y', borderColor: SERIES_COLOURS[0], backgroundColor: SERIES_COLOURS[0], borderWidth: 3, pointRadius: 4, order: 0 },
        { type: 'line', label: `目标 ${settingPercentText(sl)}`, data: rows.map(() => round1(sl * 100)), yAxisID: 'y', borderColor: '#4a5563', borderDash: [6, 4], pointRadius: 0, borderWidth: 1.5, order: 1 },
        { type: 'bar', label: '平均应答速度（秒）', data: rows.map((r) => (r.stable ? round1(r.asa) : null)), yAxisID: 'y1', backgroundColor: `${SERIES_COLOURS[1]}99`, borderColor: SERIES_COLOURS[1], borderWidth: 1, order: 2 },
      ],
    },
    options: {
      scales: {
        x: { title: { display: true, text: '在线座席数' } },
        y: { type: 'linear', position: 'left', min: 0, max: 100, title: { display: true, text: '服务水平（%）' } },
        y1: { type: 'linear', position: 'right', beginAtZero: true, grid: { drawOnChartArea: false }, title: { display: true, text: '平均应答速度（秒）' } },
      },
      plugins: { legend: { position: 'top' } },
    },
  };
  const reqRow = rows.find((r) => r.agents === required);
  const before = rows.find((r) => r.agents === required - 1);
  const parts = [
    before ? `${before.agents} 个座席时服务水平 ${percent1(before.serviceLevel)}，未达到 ${settingPercentText(sl)}` : '',
    reqRow ? `${reqRow.agents} 个座席时 ${percent1(reqRow.serviceLevel)}，平均应答速度 ${asaText(reqRow)}，达到目标` : '',
  ].filter(Boolean);
  const label = `组合图：在线座席从 ${rows[0]?.agents ?? 0} 到 ${rows[rows.length - 1]?.agents ?? 0} 人时的服务水平（折线）和平均应答速度（柱）。${parts.join('；')}。`;
  const table: ChartTable = {
    caption: '座席数与服务水平、平均应答速度',
    columns: ['在线座席', '服务水平', '平均应答速度'],
    rows: rows.map((r) => [`${r.agents} 人`, percent1(r.serviceLevel), asaText(r)]),
  };
  return { config, label, table };
}

/** The start of a slot label (“10:00-10:30” → “10:00”), for short axis labels. */
export function slotStart(slot: string): string {
  return slot.split(/[-–~至]/)[0]!.trim() || slot;
}

/** A day's staffing curve: required agents per slot (bars; the peak marked in its label) and scheduled staff (a line). */
export function dayChart(plan: StaffingPlan, title: string): { config: ChartConfig; label: string; table: ChartTable } {
  const labels = plan.intervals.map((r, i) => (i === plan.peakIndex ? `${slotStart(r.slot)}（高峰）` : slotStart(r.slot)));
  const config: ChartConfig = {
    type: 'bar',
    data: {
      labels,
      datasets: [
        { type: 'bar', label: '所需在线座席', data: plan.intervals.map((r) => r.requiredAgents), backgroundColor: plan.intervals.map((_, i) => (i === plan.peakIndex ? SERIES_COLOURS[5] : SERIES_COLOURS[0])), order: 1 },
        { type: 'line', label: '排班人数（含缩减）', data: plan.intervals.map((r) => r.scheduledStaff), borderColor: SERIES_COLOURS[1], backgroundColor: SERIES_COLOURS[1], borderWidth: 2, pointStyle: 'rect', order: 0 },
      ],
    },
    options: {
      scales: { x: { title: { display: true, text: '时段开始时间' } }, y: { beginAtZero: true, title: { display: true, text: '人数' } } },
      plugins: { legend: { position: 'top' } },
    },
  };
  const peak = plan.peakIndex === null ? null : plan.intervals[plan.peakIndex]!;
  const label = peak
    ? `柱形图：${title}每个时段所需的在线座席（柱）和排班人数（折线）。高峰在 ${peak.slot}：来电 ${groupedNumber(peak.calls)} 通，需要 ${peak.requiredAgents} 个在线座席、排班 ${peak.scheduledStaff} 人。`
    : `柱形图：${title}没有可以计算的时段。`;
  const table: ChartTable = {
    caption: `${title}各时段的座席需求`,
    columns: ['时段', '来电量', '所需在线座席', '排班人数'],
    rows: plan.intervals.map((r) => [r.slot, groupedNumber(r.calls), r.requiredAgents ?? '—', r.scheduledStaff ?? '—']),
  };
  return { config, label, table };
}
