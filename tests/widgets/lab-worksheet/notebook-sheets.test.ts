import { describe, expect, it } from 'vitest';
import type { WorksheetsData } from '~/stores/worksheets';
import { toHantRuntime } from '~/i18n/hant-runtime';
import { labsMarkdown, labsWithEntries, notebookLabs, ownWords, readWorksheetFile } from '~/widgets/lab-worksheet/notebook-sheets';
import { miniSheet } from './sheets';

const labs = [
  { slug: 'mini', title: '小实训' },
  { slug: 'other', title: '另一个实训' },
];
const at = '2026-11-25T08:00:00.000Z';
const data: WorksheetsData = {
  labs: {
    mini: {
      plan: { value: '  先打电话，再上门。 ', updatedAt: at },
      checks: { value: ['字段齐全', '格式统一'], updatedAt: at },
      segments: { value: { rows: [{ segment: '重要价值', customers: '120', note: '' }, { segment: '', customers: '', note: '' }] }, updatedAt: at },
    },
  },
};
const identity = { name: '张三', studentId: '2023123456', className: '', updatedAt: '' };

describe('the notebook’s labs without the worksheet file', () => {
  it('needs the file only for labs the learner has written in', () => {
    expect(labsWithEntries(labs, data).map((l) => l.slug)).toEqual(['mini']);
    expect(labsWithEntries(labs, { labs: {} })).toEqual([]);
  });

  it('lists the learner’s own words: texts, choices, non-empty table rows', () => {
    expect(ownWords(data.labs.mini!)).toEqual(['先打电话，再上门。', '字段齐全、格式统一', '重要价值 | 120']);
  });

  it('shows a lab as unread until its worksheet is known, then as started with its questions', () => {
    expect(notebookLabs(labs, data, null)).toEqual({ started: [], unread: [labs[0]] });
    const known = notebookLabs(labs, data, { mini: miniSheet });
    expect(known.unread).toEqual([]);
    expect(known.started.map((l) => [l.slug, l.sheet])).toEqual([['mini', miniSheet]]);
  });

  it('leaves out a lab whose stored values are all its starting values', () => {
    const blank: WorksheetsData = { labs: { mini: { plan: { value: '', updatedAt: at } } } };
    expect(notebookLabs(labs, blank, { mini: miniSheet })).toEqual({ started: [], unread: [] });
    expect(notebookLabs(labs, blank, null)).toEqual({ started: [], unread: [] });
  });

  it('exports with the questions when known, and the learner’s words alone when not', () => {
    const full = labsMarkdown(notebookLabs(labs, data, { mini: miniSheet }), data, identity);
    expect(full).toContain('# 实训报告：小实训');
    expect(full).toContain('### 服务方案\n\n先打电话，再上门。');
    const bare = labsMarkdown(notebookLabs(labs, data, null), data, identity);
    expect(bare).toContain('# 实训报告：小实训\n\n姓名：张三　学号：2023123456');
    expect(bare).toContain('题目没能载入');
    expect(bare).toContain('- 先打电话，再上门。\n- 字段齐全、格式统一\n- 重要价值 | 120');
    expect(bare).not.toContain('服务方案');
  });

  it('exported from a /zh-hant/ page, the file’s own wording is Traditional; the learner’s words stay as typed', () => {
    const full = labsMarkdown(notebookLabs(labs, data, { mini: miniSheet }), data, identity, toHantRuntime);
    expect(full).toContain('# 實訓報告：小实训\n\n姓名：张三　學號：2023123456');
    expect(full).toContain('先打电话，再上门。');
    expect(full).not.toMatch(/实训报告|导出时间|未填写/);
    const bare = labsMarkdown(notebookLabs(labs, data, null), data, identity, toHantRuntime);
    expect(bare).toContain('# 實訓報告：小实训');
    expect(bare).toContain('題目沒能載入');
    expect(bare).toContain('- 先打电话，再上门。');
  });

  it('refuses a file that is not worksheets by slug', () => {
    expect(readWorksheetFile({ mini: miniSheet })).toEqual({ mini: miniSheet });
    for (const bad of [null, [], 'x', { mini: {} }, { mini: { sections: 'no' } }]) expect(() => readWorksheetFile(bad)).toThrow();
  });
});
