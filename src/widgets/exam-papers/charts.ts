// Pure: a class's 达成度 → chart.js configuration, a sentence for screen readers and a data table.
import type { CourseAttainment } from '../../engine/exam/attainment';
import type { ChartConfig } from '../shared/chart';
import { SERIES_COLOURS } from '../shared/chart';
import type { ChartTable } from '../shared/ChartCanvas';
import { attainmentText } from './report-model';

/** Each objective's class 达成度 (bars) against the target (a dashed line), and its lowest student's (points). */
export function attainmentChart(result: CourseAttainment): { config: ChartConfig; label: string; table: ChartTable } {
  const labels = result.objectives.map((o) => `课程目标${o.objective}`);
  const config: ChartConfig = {
    type: 'bar',
    data: {
      labels,
      datasets: [
        { type: 'bar', label: '班级达成度', data: result.objectives.map((o) => o.attainment), backgroundColor: `${SERIES_COLOURS[0]}cc`, borderColor: SERIES_COLOURS[0], borderWidth: 1, order: 2 },
        { type: 'line', label: '学生最低达成度', data: result.objectives.map((o) => o.min), borderColor: SERIES_COLOURS[5], backgroundColor: SERIES_COLOURS[5], showLine: false, pointRadius: 6, pointStyle: 'triangle', order: 1 },
        { type: 'line', label: `期望值 ${attainmentText(result.target)}`, data: result.objectives.map(() => result.target), borderColor: '#4a5563', borderDash: [6, 4], borderWidth: 2, pointRadius: 0, order: 0 },
      ],
    },
    options: { scales: { y: { min: 0, max: 1, title: { display: true, text: '达成度' } } }, plugins: { legend: { position: 'top' } } },
  };
  const parts = result.objectives.map((o) => `课程目标${o.objective} ${attainmentText(o.attainment)}（最低 ${attainmentText(o.min)}，${o.below} 人低于期望值）`);
  return {
    config,
    label: `柱状图：各课程目标的班级达成度，虚线为期望值 ${attainmentText(result.target)}。${parts.join('；')}。`,
    table: {
      caption: '各课程目标的达成度',
      columns: ['课程目标', '班级达成度', '学生最低', '学生最高', '低于期望值的人数'],
      rows: result.objectives.map((o) => [`课程目标${o.objective}`, attainmentText(o.attainment), attainmentText(o.min), attainmentText(o.max), o.below]),
    },
  };
}
