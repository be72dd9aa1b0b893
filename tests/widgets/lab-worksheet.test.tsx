// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { cleanStores } from 'nanostores';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { $identity } from '~/stores/identity';
import { $labMarks } from '~/stores/lab-marks';
import { $settings } from '~/stores/settings';
import { useTestStorageEngine } from '~/stores/storage/persistent';
import { $widgetResults, publishResult } from '~/stores/widget-results';
import { $worksheets } from '~/stores/worksheets';
import LabMarking from '~/widgets/lab-marking/LabMarking';
import { toHandIn } from '~/widgets/lab-worksheet/hand-in';
import LabWorksheet from '~/widgets/lab-worksheet/LabWorksheet';
import { MemoryStorage } from '../helpers/memory-storage';
import { miniSheet } from './lab-worksheet/sheets';

const lab = { slug: 'key-accounts', title: '大客户管理' };
let storage: MemoryStorage;

beforeEach(() => {
  storage = new MemoryStorage();
  useTestStorageEngine(storage);
});
afterEach(() => {
  cleanup();
  cleanStores($worksheets, $widgetResults, $identity, $labMarks, $settings);
  useTestStorageEngine(undefined);
});

const saved = () => JSON.parse(storage.getItem('crm-lab:worksheets') ?? 'null')?.data.labs['key-accounts'];

describe('LabWorksheet', () => {
  it('saves what the learner types, field by field, and says what is still missing', async () => {
    render(<LabWorksheet lab={lab} sheet={miniSheet} />);
    expect(screen.getByText('交作业前还缺 4 项（不影响保存和导出）')).toBeTruthy();
    fireEvent.input(screen.getByLabelText(/^服务方案/), { target: { value: '专属客户经理' } });
    fireEvent.click(screen.getByLabelText('划算'));
    expect(saved().plan.value).toBe('专属客户经理');
    expect(saved().worth.value).toBe('划算');
    expect(await screen.findByText('交作业前还缺 2 项（不影响保存和导出）')).toBeTruthy();
    expect(await screen.findByText(/已自动保存/)).toBeTruthy();
  });

  it('adds and removes table rows', async () => {
    render(<LabWorksheet lab={lab} sheet={miniSheet} />);
    fireEvent.input(screen.getByLabelText('第 1 行 客户群'), { target: { value: '甲' } });
    fireEvent.click(screen.getByRole('button', { name: '添加一行' }));
    fireEvent.input(await screen.findByLabelText('第 2 行 客户群'), { target: { value: '乙' } });
    expect(saved().segments.value.rows.map((r: { segment: string }) => r.segment)).toEqual(['甲', '乙']);
    fireEvent.click(await screen.findByRole('button', { name: '删除第 1 行' }));
    expect(saved().segments.value.rows.map((r: { segment: string }) => r.segment)).toEqual(['乙']);
  });

  it('fills a table from the RFM calculator’s result, keeping the learner’s notes and the other fields, and undoes it', async () => {
    render(<LabWorksheet lab={lab} sheet={miniSheet} />);
    fireEvent.input(screen.getByLabelText('第 1 行 客户群'), { target: { value: '重要价值客户' } });
    fireEvent.input(await screen.findByLabelText('第 1 行 说明'), { target: { value: '专人维护' } });
    fireEvent.input(screen.getByLabelText(/^服务方案/), { target: { value: '我的方案' } });
    expect(screen.getByRole('link', { name: 'RFM 计算器' })).toBeTruthy();
    publishResult('rfm-segments', 'retail-transactions', [{ segment: '重要价值客户', customers: 120 }, { segment: '一般挽留客户', customers: 300 }]);
    fireEvent.click(await screen.findByRole('button', { name: '从 RFM 计算器填入“分群结果表”' }));
    expect(saved().segments.value.rows).toEqual([
      { segment: '重要价值客户', customers: '120', note: '专人维护' },
      { segment: '一般挽留客户', customers: '300', note: '' },
    ]);
    expect(saved().plan.value).toBe('我的方案');
    expect(await screen.findByText(/已从 RFM 计算器填入“分群结果表”（retail-transactions），其他栏目没有改动。/)).toBeTruthy();
    fireEvent.click(await screen.findByRole('button', { name: '撤销填入' }));
    expect(saved().segments.value.rows).toEqual([{ segment: '重要价值客户', customers: '', note: '专人维护' }]);
  });
});

describe('LabMarking', () => {
  const rubric = [
    { id: 'segments', criterion: '分群是否正确', weight: 0.6, task: 1, levels: { 优: '全部正确无误', 良: '一处小错误', 中: '两处错误', 及格: '三处以上错误', 不及格: '没有分群' } },
    { id: 'plan', criterion: '方案', weight: 0.4, task: 2, levels: { 优: '具体可行', 良: '基本可行', 中: '不够具体', 及格: '只有框架', 不及格: '没有方案' } },
  ];
  const handIn = () =>
    toHandIn(lab, miniSheet, { plan: { value: '学生的方案', updatedAt: '' } }, { name: '张三', studentId: '2023123456', className: '营销 2301', updatedAt: '' }, new Date('2026-11-25T08:00:00Z'));
  const open = async (text: string, name = 'hand-in.json') => {
    const input = await waitFor(() => {
      const found = document.querySelector<HTMLInputElement>('[data-widget="lab-marking"] input[type="file"]');
      if (!found) throw new Error('no file input yet');
      return found;
    });
    const file = new File([text], name, { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    fireEvent.change(input);
    await new Promise((r) => setTimeout(r, 20));
  };

  it('shows nothing outside teacher mode', () => {
    const { container } = render(<LabMarking lab={lab} sheet={miniSheet} rubric={rubric} />);
    expect(container.querySelector('[data-widget="lab-marking"]')).toBeNull();
  });

  it('opens a student’s worksheet, marks each criterion by level, totals by weight and keeps the mark', async () => {
    storage.setItem('crm-lab:settings', JSON.stringify({ v: 1, data: { teacher: true, projector: false, course: null } }));
    render(<LabMarking lab={lab} sheet={miniSheet} rubric={rubric} />);
    await open(handIn());
    expect(await screen.findByText('张三')).toBeTruthy();
    const plan = document.querySelector<HTMLElement>('[data-criterion="plan"]')!;
    expect(within(plan).getByText(/学生的方案/)).toBeTruthy();
    expect(screen.getByText(/还有 2 项未评/)).toBeTruthy();
    fireEvent.click(within(document.querySelector<HTMLElement>('[data-criterion="segments"]')!).getByLabelText(/^优/));
    await screen.findByText(/还有 1 项未评/);
    fireEvent.click(within(plan).getByLabelText(/^中/));
    // 0.6 × 95 + 0.4 × 75 = 87
    expect(await screen.findByText('87')).toBeTruthy();
    const marks = JSON.parse(storage.getItem('crm-lab:lab-marks')!).data.labs['key-accounts']['2023123456'];
    expect(marks.criteria).toEqual({ segments: { level: '优', score: 95 }, plan: { level: '中', score: 75 } });
  });

  it('refuses a file edited after export, saying so', async () => {
    storage.setItem('crm-lab:settings', JSON.stringify({ v: 1, data: { teacher: true, projector: false, course: null } }));
    render(<LabMarking lab={lab} sheet={miniSheet} rubric={rubric} />);
    await open(handIn().replace('学生的方案', '改过的方案'), '张三.json');
    expect((await screen.findByRole('alert')).textContent).toBe('张三.json：文件在导出之后被改动过（校验码不符），无法打开。请让学生重新导出。');
  });
});
