// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { cleanStores } from 'nanostores';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { decodeResultCode } from '~/engine/result-code';
import { $classCode } from '~/stores/class-code';
import { $identity } from '~/stores/identity';
import { useTestStorageEngine } from '~/stores/storage/persistent';
import { ResultCode, type ResultInput } from '~/widgets/shared/ResultCode';
import { MemoryStorage } from '../../helpers/memory-storage';

const RESULT: ResultInput = { activity: 'loyalty-matrix', answers: [1, 2, 3, 4, 1, 2, 3, 0], score: { points: 6, max: 8 }, takenAt: '2026-03-02T08:15:00Z' };

beforeEach(() => {
  useTestStorageEngine(new MemoryStorage());
});
afterEach(() => {
  cleanup();
  cleanStores($identity, $classCode);
  useTestStorageEngine(undefined);
  vi.restoreAllMocks();
});

const type = (label: string, text: string) => fireEvent.input(screen.getByLabelText(label), { target: { value: text } });

/** A student who filled in their details on an earlier visit (stored as the stores keep them). */
function storedStudent(): MemoryStorage {
  const storage = new MemoryStorage();
  storage.setItem('crm-lab:identity', JSON.stringify({ v: 1, data: { name: '李四', studentId: '2023002', className: '', updatedAt: '2026-03-01T00:00:00.000Z' } }));
  storage.setItem('crm-lab:class-code', JSON.stringify({ v: 1, data: { classCode: 'YX2301', updatedAt: '2026-03-01T00:00:00.000Z' } }));
  useTestStorageEngine(storage);
  return storage;
}

describe('ResultCode', () => {
  it('asks once for 姓名, 学号 and 班级码, says what is missing, then makes a code the board reads back', async () => {
    render(<ResultCode result={RESULT} />);
    const toggle = screen.getByRole('button', { name: '提交结果' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    fireEvent.click(screen.getByRole('button', { name: '生成提交码' }));
    expect(screen.getByText('请填写姓名')).toBeTruthy();
    expect(screen.getByText('请填写学号')).toBeTruthy();
    expect(screen.getByText('请填写老师发的班级码。')).toBeTruthy();
    expect(screen.queryByLabelText('提交码')).toBeNull();

    type('姓名', '张三');
    type('学号', '2023001');
    type('班级码', 'yx');
    expect(await screen.findByText('班级码要 3–20 个字符，现在是 2 个。')).toBeTruthy();
    type('班级码', 'yx2301');
    await waitFor(() => expect(screen.queryByText(/班级码要/)).toBeNull());
    fireEvent.click(screen.getByRole('button', { name: '生成提交码' }));
    const box = (await screen.findByLabelText('提交码')) as HTMLTextAreaElement;
    expect(decodeResultCode(box.value, 'YX2301')).toEqual({
      ok: true,
      record: { studentId: '2023001', name: '张三', activity: 'loyalty-matrix', variant: null, answers: RESULT.answers, score: { points: 6, max: 8 }, takenAt: '2026-03-02T08:15:00.000Z' },
    });
    // The details are kept for next time and shown in one line.
    expect($identity.get()).toMatchObject({ name: '张三', studentId: '2023001' });
    expect($classCode.get().classCode).toBe('yx2301');
    expect(screen.getByText(/提交人：/).textContent).toContain('张三');
    await waitFor(() => expect(screen.getByRole('img', { name: '提交码的二维码' })).toBeTruthy());
  });

  it('copies the code, or says how to copy it by hand', async () => {
    storedStudent();
    render(<ResultCode result={RESULT} />);
    fireEvent.click(screen.getByRole('button', { name: '提交结果' }));
    fireEvent.click(screen.getByRole('button', { name: '生成提交码' }));
    await screen.findByLabelText('提交码');
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    fireEvent.click(screen.getByRole('button', { name: '复制提交码' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('提交码已复制，粘贴到班级群即可。'));
    expect(writeText).toHaveBeenCalledWith((screen.getByLabelText('提交码') as HTMLTextAreaElement).value);
    writeText.mockRejectedValue(new Error('denied'));
    fireEvent.click(screen.getByRole('button', { name: '复制提交码' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('手动复制'));
  });

  it('a new result clears the old code; no result, no button to press', async () => {
    storedStudent();
    const { rerender } = render(<ResultCode result={RESULT} />);
    fireEvent.click(screen.getByRole('button', { name: '提交结果' }));
    fireEvent.click(screen.getByRole('button', { name: '生成提交码' }));
    expect(await screen.findByLabelText('提交码')).toBeTruthy();
    rerender(<ResultCode result={{ ...RESULT, answers: [4, 4, 4, 4, 4, 4, 4, 4] }} />);
    await waitFor(() => expect(screen.queryByLabelText('提交码')).toBeNull());
    rerender(<ResultCode result={null} />);
    expect(screen.getByRole('button', { name: '提交结果' })).toHaveProperty('disabled', true);
  });
});
