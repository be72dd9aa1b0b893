// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { cleanStores } from 'nanostores';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { answerKeyCsv, answerKeyJson, studentAnswerKey } from '~/engine/answer-key';
import { generateVariant } from '~/engine/generate';
import { $settings } from '~/stores/settings';
import { useTestStorageEngine } from '~/stores/storage/persistent';
import type { WorkerLike } from '~/widgets/shared/dataset-picker/client';
import { studentDatasetHandlers } from '~/widgets/student-dataset/handlers';
import StudentDataset from '~/widgets/student-dataset/StudentDataset';
import { inPageDatasetWorker } from '../helpers/dataset-worker';
import { MemoryStorage } from '../helpers/memory-storage';

const DATASETS = [
  { id: 'retail-transactions', alias: 'retail', title: '连锁超市会员交易流水' },
  { id: 'credit-applications', alias: 'credit', title: '经销客户赊销申请（5C 信用评估）' },
  { id: 'call-centre-volumes', alias: 'calls', title: '客服中心半小时话务量' },
];
const spawn = inPageDatasetWorker(studentDatasetHandlers);
/** A worker that never answers: the job stays running until cancelled. */
const silent = (): WorkerLike => ({ onmessage: null, onerror: null, postMessage() {}, terminate() {} });

let blobs: Blob[];

function open(search = '', spawnWorker = spawn) {
  window.history.replaceState({}, '', `/datasets/${search}`);
  return render(<StudentDataset datasets={DATASETS} spawnWorker={spawnWorker} />);
}

const numberBox = () => screen.getByLabelText('学号') as HTMLInputElement;
const status = () => document.querySelector('.sd-status')!.textContent ?? '';

async function generate(number: string, datasetTitle: string) {
  fireEvent.input(numberBox(), { target: { value: number } });
  fireEvent.change(screen.getByLabelText('数据集'), { target: { value: DATASETS.find((d) => d.title === datasetTitle)!.id } });
  fireEvent.click(screen.getByRole('button', { name: '生成我的数据集' }));
}

beforeEach(() => {
  useTestStorageEngine(new MemoryStorage());
  blobs = [];
  URL.createObjectURL = vi.fn((blob: Blob) => {
    blobs.push(blob);
    return `blob:test/${blobs.length}`;
  }) as typeof URL.createObjectURL;
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
});
afterEach(() => {
  cleanup();
  cleanStores($settings);
  useTestStorageEngine(undefined);
  vi.restoreAllMocks();
});

describe('StudentDataset', () => {
  it('refuses a number that is not 4–20 digits, in Chinese, and runs nothing', async () => {
    open();
    fireEvent.input(numberBox(), { target: { value: '12a4' } });
    fireEvent.click(screen.getByRole('button', { name: '生成我的数据集' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('学号只能包含数字');
    expect(numberBox().getAttribute('aria-invalid')).toBe('true');
    expect(numberBox().getAttribute('aria-describedby')).toContain(alert.id);
    expect(document.querySelector('.sd-result')).toBeNull();
    fireEvent.input(numberBox(), { target: { value: '' } });
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('请输入学号'));
  });

  it('makes the student’s file: the same bytes as the generator with a BOM, and what differs from the public file', async () => {
    open();
    await generate('2023123456', '经销客户赊销申请（5C 信用评估）');
    await waitFor(() => expect(status()).toContain('已生成 credit-applications-2023123456.csv（478 行）'));
    const table = screen.getByRole('table', { name: /你的文件与课程公共文件有什么不同/ });
    const first = within(table).getAllByRole('row')[1]!;
    expect([...first.children].map((c) => c.textContent)).toEqual(['申请数', '478', '400', '不同']);

    fireEvent.click(screen.getByRole('button', { name: '下载 credit-applications-2023123456.csv' }));
    expect(blobs).toHaveLength(1);
    const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe(generateVariant('credit', '2023123456', { bom: true }).csv);
  });

  it('another number or dataset clears the result, so nobody downloads someone else’s file', async () => {
    open();
    await generate('2023123456', '客服中心半小时话务量');
    await screen.findByRole('button', { name: /下载 call-centre-volumes-2023123456\.csv/ });
    fireEvent.input(numberBox(), { target: { value: '2023123457' } });
    await waitFor(() => expect(screen.queryByRole('button', { name: /^下载 / })).toBeNull());
    expect(status()).not.toContain('已生成');
  });

  it('a student sees no answers; in teacher mode the answer key equals `crm answer-key --json`', async () => {
    open();
    await generate('2023123456', '经销客户赊销申请（5C 信用评估）');
    await waitFor(() => expect(status()).toContain('已生成'));
    expect(screen.queryByRole('button', { name: '显示答案' })).toBeNull();

    $settings.set({ ...$settings.get(), teacher: true });
    const show = await screen.findByRole('button', { name: '显示答案' });
    expect(screen.getByText(/answer-key --dataset credit --student 2023123456 --json/)).toBeTruthy();
    fireEvent.click(show);
    const grades = await screen.findByRole('table', { name: /5C 信用等级分布/ });
    const key = studentAnswerKey('credit', '2023123456');
    const c = (key as { grades: { grade: string; count: number }[] }).grades.find((g) => g.grade === 'C')!;
    const cRow = within(grades).getAllByRole('row').find((r) => r.firstElementChild?.textContent === 'C')!;
    expect(cRow.children[2]!.textContent).toBe(String(c.count));

    fireEvent.click(screen.getByRole('button', { name: '下载答案（JSON）' }));
    expect(await blobs.at(-1)!.text()).toBe(answerKeyJson(key));
    fireEvent.click(screen.getByRole('button', { name: '下载答案（CSV）' }));
    const csv = new Uint8Array(await blobs.at(-1)!.arrayBuffer());
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(csv)).toBe(answerKeyCsv(key)); // starts with the BOM, for Excel
  });

  it('?teacher=1 in the link shows the instructor’s part too', async () => {
    open('?teacher=1');
    expect(await screen.findByRole('button', { name: '显示答案' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '显示答案' }));
    expect((await screen.findByRole('alert')).textContent).toContain('请输入学号');
    await waitFor(() => expect(document.activeElement).toBe(numberBox()));
  });

  it('a running job can be cancelled', async () => {
    open('', silent);
    await generate('2023123456', '连锁超市会员交易流水');
    expect(await screen.findByRole('progressbar', { name: '正在生成数据' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '取消' }));
    await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull());
    expect(screen.getByRole('button', { name: '生成我的数据集' }).hasAttribute('disabled')).toBe(false);
  });

  it('opens on the dataset a share link names, and its link carries the dataset, never the number', async () => {
    open('?sd.dataset=calls');
    expect((screen.getByLabelText('数据集') as HTMLSelectElement).value).toBe('call-centre-volumes');
    fireEvent.input(numberBox(), { target: { value: '2023123456' } });
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: vi.fn(async () => undefined) }, configurable: true });
    fireEvent.click(screen.getByRole('button', { name: '复制链接' }));
    await waitFor(() => expect(navigator.clipboard.writeText).toHaveBeenCalled());
    const link = new URL(vi.mocked(navigator.clipboard.writeText).mock.calls[0]![0]);
    expect(link.searchParams.get('sd.dataset')).toBe('calls');
    expect(link.search).not.toContain('2023123456');
    expect(link.hash).toBe('#student-dataset');
  });
});
