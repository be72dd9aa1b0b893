// What the day planner reads: a half-hour call log (日期, 时段, 来电量, 平均处理时长(秒)), one row per interval.
import type { ColumnSpec } from '../../engine/ingest/read-table';

export const VOLUME_TABLE: readonly ColumnSpec[] = [
  { key: 'day', type: 'date', label: '日期', labelEn: 'date', synonyms: ['日期', '通话日期', 'date', 'day'] },
  { key: 'slot', type: 'string', label: '时段', labelEn: 'time slot', synonyms: ['时段', '时间段', '半小时时段', 'slot', 'interval', 'time'] },
  { key: 'calls', type: 'number', label: '来电量', labelEn: 'calls', synonyms: ['来电量', '来电数', '呼入量', '话务量', 'calls', 'offered', 'volume'] },
  { key: 'aht', type: 'number', label: '平均处理时长（秒）', labelEn: 'average handling time (s)', synonyms: ['平均处理时长', '平均处理时间', '处理时长', 'aht', 'handlingtime', 'handletime'] },
];

/** The bundled log the day planner offers. */
export const VOLUME_DATASETS = ['call-centre-volumes'] as const;
