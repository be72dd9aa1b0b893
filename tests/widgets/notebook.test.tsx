// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { cleanStores } from 'nanostores';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { $notebook } from '~/stores/notebook';
import { $progress } from '~/stores/progress';
import { $selfCheck } from '~/stores/self-check';
import { toBackup } from '~/stores/notebook/backup';
import { useTestStorageEngine } from '~/stores/storage/persistent';
import Notebook from '~/widgets/notebook/Notebook';
import ThinkPractice from '~/widgets/think-practice/ThinkPractice';
import { MemoryStorage } from '../helpers/memory-storage';

const chapters = [
  { slug: '01-crm-philosophy', label: '第1章', href: '/chapters/01-crm-philosophy/', title: '客户关系管理的理念', questions: [{ id: 'q1', text: '怎样理解 e 化？' }, { id: 'q2', text: '一对一营销和精准营销有何异同？' }] },
];
let storage: MemoryStorage;

beforeEach(() => {
  storage = new MemoryStorage();
  useTestStorageEngine(storage);
});
afterEach(() => {
  cleanup();
  cleanStores($notebook, $progress, $selfCheck);
  useTestStorageEngine(undefined);
});

function stored() {
  return JSON.parse(storage.getItem('crm-lab:notebook') ?? 'null')?.data;
}

describe('ThinkPractice', () => {
  it('saves an answer as the learner types and shows it again after a reload', async () => {
    render(<ThinkPractice slug="01-crm-philosophy" questions={chapters[0]!.questions} />);
    const box = screen.getByLabelText(/怎样理解 e 化/);
    fireEvent.input(box, { target: { value: '客户上网比价' } });
    expect(stored().answers['01-crm-philosophy'].q1.text).toBe('客户上网比价');
    expect(screen.getByText(/已回答 1 \/ 2 题/)).toBeTruthy();

    cleanup();
    cleanStores($notebook);
    render(<ThinkPractice slug="01-crm-philosophy" questions={chapters[0]!.questions} />);
    await waitFor(() => expect((screen.getByLabelText(/怎样理解 e 化/) as HTMLTextAreaElement).value).toBe('客户上网比价'));
  });
});

describe('Notebook import', () => {
  function file(text: string): File {
    return new File([text], 'backup.json', { type: 'application/json' });
  }

  it('asks before replacing a different answer, and replaces it only when told to', async () => {
    storage.setItem('crm-lab:notebook', JSON.stringify({ v: 2, data: { answers: { '01-crm-philosophy': { q1: { text: '本机', updatedAt: '' } } } } }));
    render(<Notebook chapters={chapters} />);
    const backup = toBackup({ answers: { '01-crm-philosophy': { q1: { text: '备份', updatedAt: '' }, q2: { text: '新回答', updatedAt: '' } } } });
    fireEvent.change(screen.getByLabelText('导入 JSON 备份'), { target: { files: [file(backup)] } });

    await screen.findByText(/1 道题的回答与本机不同/);
    expect(stored().answers['01-crm-philosophy'].q1.text).toBe('本机'); // nothing replaced yet
    fireEvent.click(screen.getByLabelText('换成导入的回答'));
    fireEvent.click(screen.getByRole('button', { name: '确认导入' }));
    await waitFor(() => expect(stored().answers['01-crm-philosophy'].q1.text).toBe('备份'));
    expect(stored().answers['01-crm-philosophy'].q2.text).toBe('新回答');
  });

  it('cancelling changes nothing', async () => {
    storage.setItem('crm-lab:notebook', JSON.stringify({ v: 2, data: { answers: { '01-crm-philosophy': { q1: { text: '本机', updatedAt: '' } } } } }));
    render(<Notebook chapters={chapters} />);
    const backup = toBackup({ answers: { '01-crm-philosophy': { q1: { text: '备份', updatedAt: '' } } } });
    fireEvent.change(screen.getByLabelText('导入 JSON 备份'), { target: { files: [file(backup)] } });
    fireEvent.click(await screen.findByRole('button', { name: '取消，不导入' }));
    expect(stored().answers['01-crm-philosophy'].q1.text).toBe('本机');
    expect(screen.getByText(/已取消导入/)).toBeTruthy();
  });

  it('says why a foreign file cannot be imported', async () => {
    render(<Notebook chapters={chapters} />);
    fireEvent.change(screen.getByLabelText('导入 JSON 备份'), { target: { files: [file('{"hello":1}')] } });
    expect(await screen.findByText(/导入失败：这个 JSON 文件不是 CRM Lab 的学习笔记备份/)).toBeTruthy();
  });
});

describe('Notebook backup carries progress and self-check results', () => {
  it('imports them by adding to what this browser has', async () => {
    storage.setItem('crm-lab:progress', JSON.stringify({ v: 1, data: { chapters: { '01-crm-philosophy': { visitedAt: '2026-11-01T00:00:00.000Z', widgets: [] } } } }));
    render(<Notebook chapters={chapters} />);
    const backup = toBackup({ answers: {} }, new Date(), {
      progress: { v: 1, data: { chapters: { '06-customer-tiering': { visitedAt: '2026-10-01T00:00:00.000Z', widgets: ['rfm-calculator'] } } } },
      selfCheck: { v: 1, data: { quizzes: { '06-customer-tiering/self-check': { attempt: null, history: [{ finishedAt: '2026-10-02T00:00:00.000Z', seed: 3, points: 7, total: 8 }] } } } },
    });
    fireEvent.change(screen.getByLabelText('导入 JSON 备份'), { target: { files: [new File([backup], 'b.json')] } });
    await screen.findByText(/导入完成/);
    const progress = JSON.parse(storage.getItem('crm-lab:progress')!).data.chapters;
    expect(Object.keys(progress).sort()).toEqual(['01-crm-philosophy', '06-customer-tiering']);
    expect(JSON.parse(storage.getItem('crm-lab:self-check')!).data.quizzes['06-customer-tiering/self-check'].history).toHaveLength(1);
    expect(screen.getByText(/已打开 2 章，完成自测 1 次/)).toBeTruthy();
  });
});
