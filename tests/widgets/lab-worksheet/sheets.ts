import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { worksheetSchema, type Worksheet } from '~/content-schema/worksheet-schema';

/** A lab's worksheet definition as the build reads it (defaults applied). */
export function loadSheet(slug: string): Worksheet {
  return worksheetSchema.parse(yaml.load(readFileSync(`content/labs/worksheets/${slug}.yaml`, 'utf8')));
}

/** A small worksheet with one field of each kind, for tests that need to know every value. */
export const miniSheet: Worksheet = worksheetSchema.parse({
  sections: [
    {
      id: 'one',
      title: '任务一 分群',
      task: 1,
      criteria: ['segments'],
      fields: [
        {
          id: 'segments',
          type: 'table',
          label: '分群结果表',
          required: true,
          minRows: 2,
          columns: [
            { id: 'segment', label: '客户群' },
            { id: 'customers', label: '人数', type: 'number', unit: '人' },
            { id: 'note', label: '说明', optional: true },
          ],
          fill: { source: 'rfm-segments', key: 'segment', columns: { segment: 'segment', customers: 'customers' } },
        },
        { id: 'csat', type: 'number', label: 'CSAT', unit: '%', required: true, min: 0, max: 100, fill: { source: 'satisfaction-summary', value: 'csat' } },
      ],
    },
    {
      id: 'two',
      title: '任务二 方案',
      task: 2,
      fields: [
        { id: 'plan', type: 'textarea', label: '服务方案', required: true },
        { id: 'worth', type: 'choice', label: '是否划算', options: ['划算', '不划算'], required: true },
        { id: 'checks', type: 'choice', label: '检查档案', options: ['字段齐全', '格式统一'], multiple: true },
        { id: 'owner', type: 'text', label: '负责人' },
      ],
    },
  ],
});
