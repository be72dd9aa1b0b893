import { Packer } from 'docx';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { Identity } from '~/stores/identity';
import type { FieldEntry } from '~/stores/worksheets';
import { worksheetDocument } from '~/widgets/lab-worksheet/docx';
import { parseHandIn, toHandIn } from '~/widgets/lab-worksheet/hand-in';
import { worksheetToMarkdown } from '~/widgets/lab-worksheet/markdown';
import { loadSheet, miniSheet } from './sheets';

const identity: Identity = { name: '张三', studentId: '2023123456', className: '营销 2301', updatedAt: '' };
const NOW = new Date('2026-11-24T20:37:00.000Z');
const at = '2026-11-25T08:00:00.000Z';
const stored: Record<string, FieldEntry> = {
  segments: { value: { rows: [{ segment: '重要价值客户', customers: '120', note: '每月回访 | 专人' }, { segment: '', customers: '', note: '' }] }, updatedAt: at },
  csat: { value: '86.5', updatedAt: at },
  plan: { value: '第一条\n第二条', updatedAt: at },
  checks: { value: ['字段齐全', '格式统一'], updatedAt: at },
};
const lab = { slug: 'key-accounts', title: '大客户管理' };

describe('the Markdown export', () => {
  it('heads with the title, the name line and the local export time, then every section; tables as Markdown tables', () => {
    const text = worksheetToMarkdown('大客户管理', miniSheet, stored, { identity, now: NOW, offset: -480 });
    expect(text).toBe(
      [
        '# 实训报告：大客户管理',
        '',
        '姓名：张三　学号：2023123456　班级：营销 2301',
        '',
        '导出时间：2026-11-25 04:37（UTC+8）',
        '',
        '## 任务一 分群',
        '',
        '### 分群结果表',
        '',
        '| 客户群 | 人数（人） | 说明 |',
        '| --- | --- | --- |',
        '| 重要价值客户 | 120 | 每月回访 \\| 专人 |',
        '',
        '**CSAT**：86.5 %',
        '',
        '## 任务二 方案',
        '',
        '### 服务方案',
        '',
        '第一条\n第二条',
        '',
        '**是否划算**：（未填写）',
        '',
        '**检查档案**：字段齐全、格式统一',
        '',
        '**负责人**：（未填写）',
        '',
      ].join('\n'),
    );
  });
});

describe('the Word export', () => {
  async function documentXml(sheet = miniSheet, values = stored): Promise<string> {
    const buffer = await Packer.toBuffer(worksheetDocument('大客户管理', sheet, values, { identity, now: NOW, offset: -480 }));
    const zip = await JSZip.loadAsync(buffer);
    return zip.file('word/document.xml')!.async('string');
  }
  const texts = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]);

  it('is a .docx whose document carries the lab, the student’s 姓名, 学号 and 班级, and the answers', async () => {
    const xml = await documentXml();
    const words = texts(xml);
    expect(words).toEqual(expect.arrayContaining(['大客户管理', '姓名', '张三', '学号', '2023123456', '班级', '营销 2301', '2026-11-25 04:37（UTC+8）']));
    expect(words).toEqual(expect.arrayContaining(['分群结果表', '客户群', '人数（人）', '重要价值客户', '120', '每月回访 | 专人', '第一条', '第二条', '字段齐全、格式统一']));
    expect(words.filter((w) => w === '（未填写）')).toHaveLength(2);
  });

  it('is laid out on A4', async () => {
    expect(await documentXml()).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
  });

  it('holds every field of a real lab’s worksheet, filled or not', async () => {
    const sheet = loadSheet('customer-records');
    const words = texts(await documentXml(sheet, {}));
    for (const section of sheet.sections) expect(words).toContain(section.title);
  });
});

describe('the hand-in JSON the teacher marks', () => {
  const sheet = miniSheet;
  const file = () => toHandIn(lab, sheet, stored, identity, NOW);

  it('reads back what was exported: the student, the lab and every field', () => {
    const result = parseHandIn(file(), lab, sheet);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.handIn.student).toEqual({ name: '张三', studentId: '2023123456', className: '营销 2301' });
    expect(result.handIn.fields.csat).toBe('86.5');
    expect(result.handIn.fields.worth).toBe('');
    expect(Object.keys(result.handIn.fields)).toEqual(['segments', 'csat', 'plan', 'worth', 'checks', 'owner']);
  });

  it.each([
    ['not JSON', () => '{', /不是有效的 JSON/],
    ['another app’s file', () => JSON.stringify({ app: 'other' }), /不是 CRM Lab 导出的实训报告/],
    ['another lab', () => toHandIn({ slug: 'loyalty-programme', title: '客户忠诚管理' }, sheet, stored, identity, NOW), /这是“客户忠诚管理”的实训报告，不是本实训（大客户管理）的/],
    ['an answer changed after export', () => file().replace('86.5', '99'), /被改动过（校验码不符）/],
    ['a name changed after export', () => file().replace('张三', '李四'), /被改动过/],
    ['a __proto__ key', () => file().replace('"fields": {', '"fields": { "__proto__": { "x": 1 },'), /不允许的键（fields › __proto__）/],
    ['an extra key', () => file().replace('"app"', '"extra": 1, "app"'), /格式不对/],
    ['a field the worksheet does not have', () => toHandIn(lab, loadSheet('key-accounts'), {}, identity, NOW), /没有的栏目/],
    ['a newer version', () => file().replace('"v": 1', '"v": 9'), /更新的版本/],
  ])('refuses %s with a clear message', (_, make, message) => {
    const result = parseHandIn(make(), lab, sheet);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});
