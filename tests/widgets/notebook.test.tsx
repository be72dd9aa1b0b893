// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { cleanStores } from 'nanostores';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { $notebook } from '~/stores/notebook';
import { $progress } from '~/stores/progress';
import { $selfCheck } from '~/stores/self-check';
import { toBackup } from '~/stores/backup';
import { $identity } from '~/stores/identity';
import { $profileDrafts } from '~/stores/profile-drafts';
import { $settings } from '~/stores/settings';
import { useTestStorageEngine } from '~/stores/storage/persistent';
import { EARLY_INPUT } from '~/widgets/shared/early-input';
import { renderNotebook } from './notebook/render-notebook';
import ThinkPractice from '~/widgets/think-practice/ThinkPractice';
import { MemoryStorage } from '../helpers/memory-storage';

const chapters = [
  { slug: '01-crm-philosophy', href: '/chapters/01-crm-philosophy/', label: '第一章', title: '客户关系管理的理念', questions: [{ id: 'q1', text: '怎样理解 e 化？' }, { id: 'q2', text: '一对一营销和精准营销有何异同？' }] },
  { slug: '02-crm-technology', href: '/chapters/02-crm-technology/', label: '第二章', title: '客户关系管理的技术', questions: [{ id: 'q1', text: '呼叫中心有什么用？' }] },
];
let storage: MemoryStorage;

beforeEach(() => {
  storage = new MemoryStorage();
  useTestStorageEngine(storage);
});
afterEach(() => {
  cleanup();
  cleanStores($notebook, $progress, $selfCheck, $identity, $profileDrafts, $settings);
  useTestStorageEngine(undefined);
});

function backupFile(stores: object): string {
  return JSON.stringify({ app: 'crm-lab', kind: 'notebook', v: 3, exportedAt: '2026-11-25T08:00:00.000Z', stores });
}

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
    renderNotebook({ chapters });
    const backup = backupFile({ notebook: { v: 2, data: { answers: { '01-crm-philosophy': { q1: { text: '备份', updatedAt: '' }, q2: { text: '新回答', updatedAt: '' } } } } } });
    fireEvent.change(screen.getByLabelText('导入 JSON 备份'), { target: { files: [file(backup)] } });

    // The dialog comes with its own chunk, after the file chooser closed: the focus moves into it.
    const title = await screen.findByRole('heading', { name: /1 道题的回答与本机不同/ });
    await waitFor(() => expect(document.activeElement).toBe(title));
    expect(stored().answers['01-crm-philosophy'].q1.text).toBe('本机'); // nothing replaced yet
    fireEvent.click(screen.getByLabelText('换成导入的回答'));
    fireEvent.click(screen.getByRole('button', { name: '确认导入' }));
    await waitFor(() => expect(stored().answers['01-crm-philosophy'].q1.text).toBe('备份'));
    expect(stored().answers['01-crm-philosophy'].q2.text).toBe('新回答');
  });

  it('cancelling changes nothing', async () => {
    storage.setItem('crm-lab:notebook', JSON.stringify({ v: 2, data: { answers: { '01-crm-philosophy': { q1: { text: '本机', updatedAt: '' } } } } }));
    renderNotebook({ chapters });
    const backup = backupFile({ notebook: { v: 2, data: { answers: { '01-crm-philosophy': { q1: { text: '备份', updatedAt: '' } } } } } });
    fireEvent.change(screen.getByLabelText('导入 JSON 备份'), { target: { files: [file(backup)] } });
    fireEvent.click(await screen.findByRole('button', { name: '取消，不导入' }));
    expect(stored().answers['01-crm-philosophy'].q1.text).toBe('本机');
    expect(screen.getByText(/已取消导入/)).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText('导入 JSON 备份'));
  });

  it('says why a foreign file cannot be imported', async () => {
    renderNotebook({ chapters });
    fireEvent.change(screen.getByLabelText('导入 JSON 备份'), { target: { files: [file('{"hello":1}')] } });
    expect(await screen.findByText(/导入失败：这个 JSON 文件不是 CRM Lab 的学习笔记备份/)).toBeTruthy();
  });
});

describe('Notebook backup carries progress and self-check results', () => {
  it('imports them by adding to what this browser has', async () => {
    storage.setItem('crm-lab:progress', JSON.stringify({ v: 1, data: { chapters: { '01-crm-philosophy': { visitedAt: '2026-11-01T00:00:00.000Z', widgets: [] } } } }));
    renderNotebook({ chapters });
    const backup = backupFile({
      progress: { v: 1, data: { chapters: { '06-customer-tiering': { visitedAt: '2026-10-01T00:00:00.000Z', widgets: ['rfm-calculator'] } } } },
      selfCheck: { v: 1, data: { quizzes: { '06-customer-tiering/self-check': { attempt: null, history: [{ finishedAt: '2026-10-02T00:00:00.000Z', seed: 3, points: 7, total: 8 }] } } } },
      profileDrafts: { v: 1, data: { scenario: null, drafts: { 'logistics-b2b': { fields: [{ id: 'company-name', required: true, note: '开票' }], updatedAt: '2026-10-03T00:00:00.000Z' } } } },
    });
    fireEvent.change(screen.getByLabelText('导入 JSON 备份'), { target: { files: [new File([backup], 'b.json')] } });
    await screen.findByText(/导入完成/);
    const progress = JSON.parse(storage.getItem('crm-lab:progress')!).data.chapters;
    expect(Object.keys(progress).sort()).toEqual(['01-crm-philosophy', '06-customer-tiering']);
    expect(JSON.parse(storage.getItem('crm-lab:self-check')!).data.quizzes['06-customer-tiering/self-check'].history).toHaveLength(1);
    expect(screen.getByText(/已打开 2 章，完成自测 1 次/)).toBeTruthy();
    expect(JSON.parse(storage.getItem('crm-lab:profile-builder')!).data.drafts['logistics-b2b'].fields[0].note).toBe('开票');
    expect(screen.getByText(/同时合并了学习进度、自测记录、客户档案设计草稿/)).toBeTruthy();
  });

  it('exports them all, with the record-sheet drafts and the name line', async () => {
    storage.setItem('crm-lab:profile-builder', JSON.stringify({ v: 1, data: { scenario: null, drafts: { 'logistics-b2b': { fields: [], updatedAt: '2026-10-03T00:00:00.000Z' } } } }));
    storage.setItem('crm-lab:identity', JSON.stringify({ v: 1, data: { name: '张三', studentId: '2023123456', className: '', updatedAt: '2026-10-03T00:00:00.000Z' } }));
    renderNotebook({ chapters });
    const file = JSON.parse(toBackup());
    expect(file.stores.profileDrafts.data.drafts['logistics-b2b']).toBeTruthy();
    expect(file.stores.identity.data.name).toBe('张三');
  });
});

describe('Notebook import refuses a crafted backup', () => {
  it('a __proto__ slug is refused with a message and pollutes nothing', async () => {
    renderNotebook({ chapters });
    const crafted = '{"app":"crm-lab","kind":"notebook","v":2,"data":{"answers":{"__proto__":{"dangerouslySetInnerHTML":{"text":"x","updatedAt":"","__html":"<b id=pwned>hi</b>"}}}}}';
    fireEvent.change(screen.getByLabelText('导入 JSON 备份'), { target: { files: [new File([crafted], 'b.json')] } });
    expect(await screen.findByText(/导入失败：备份文件含有不允许的键（data › answers › __proto__）/)).toBeTruthy();
    expect('dangerouslySetInnerHTML' in {}).toBe(false);
    cleanup();
    const { container } = render(<p />);
    expect(container.innerHTML).toBe('<p></p>');
    expect(storage.getItem('crm-lab:notebook')).toBeNull();
  });
});

describe('Notebook: the name line and one chapter at a time', () => {
  it('saves 姓名, 学号 and 班级 as the learner types', () => {
    renderNotebook({ chapters });
    fireEvent.input(screen.getByLabelText('学号'), { target: { value: '2023123456' } });
    fireEvent.input(screen.getByLabelText('姓名'), { target: { value: '张三' } });
    const saved = JSON.parse(storage.getItem('crm-lab:identity')!);
    expect(saved).toMatchObject({ v: 1, data: { name: '张三', studentId: '2023123456', className: '' } });
  });

  it('shows, exports and prints one chapter when one is chosen, named as the site names it (第一章)', () => {
    renderNotebook({ chapters });
    expect(screen.getByRole('heading', { name: '第二章 客户关系管理的技术' })).toBeTruthy();
    fireEvent.change(screen.getByLabelText('导出和打印的范围'), { target: { value: '01-crm-philosophy' } });
    expect(screen.getByRole('heading', { name: '第一章 客户关系管理的理念' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: /第二章/ })).toBeNull();
    expect(screen.queryByText(/第1章/)).toBeNull();
  });
});

describe('ThinkPractice saving', () => {
  it('never says 已自动保存 when the browser refused to save (full quota), and says so', async () => {
    storage.quotaAfter = 10;
    render(<ThinkPractice slug="01-crm-philosophy" questions={chapters[0]!.questions} />);
    fireEvent.input(screen.getByLabelText(/怎样理解 e 化/), { target: { value: '一段回答' } });
    await waitFor(() => expect(screen.getByText(/已回答 1 \/ 2 题，未能保存/)).toBeTruthy());
    expect(document.body.textContent).not.toContain('已自动保存');
    expect(screen.getByRole('alert').textContent).toContain('存储空间已满');
  });

  it('says 已自动保存 after a write that worked', async () => {
    render(<ThinkPractice slug="01-crm-philosophy" questions={chapters[0]!.questions} />);
    fireEvent.input(screen.getByLabelText(/怎样理解 e 化/), { target: { value: '一段回答' } });
    await waitFor(() => expect(screen.getByText(/已自动保存（\d\d:\d\d）/)).toBeTruthy());
  });

  it('text typed before the island hydrated is saved after the answer already stored there, not over it', () => {
    storage.setItem('crm-lab:notebook', JSON.stringify({ v: 2, data: { answers: { '01-crm-philosophy': { q1: { text: '上次写的', updatedAt: '' } } } } }));
    render(<ThinkPractice slug="01-crm-philosophy" questions={chapters[0]!.questions} />);
    const box = screen.getByLabelText(/怎样理解 e 化/) as HTMLTextAreaElement;
    box.value = '加载前打的字';
    box.dispatchEvent(new CustomEvent('input', { bubbles: true, detail: EARLY_INPUT }));
    expect(stored().answers['01-crm-philosophy'].q1.text).toBe('上次写的\n\n加载前打的字');
  });
});
