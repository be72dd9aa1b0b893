// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { cleanStores } from 'nanostores';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { $notebook } from '~/stores/notebook';
import { notebookToMarkdown } from '~/stores/notebook/markdown';
import { $settings } from '~/stores/settings';
import { useTestStorageEngine } from '~/stores/storage/persistent';
import { $thinkMarks, keyPointsFingerprint } from '~/stores/think-marks';
import ThinkPractice from '~/widgets/think-practice/ThinkPractice';
import { MemoryStorage } from '../../helpers/memory-storage';

const SLUG = '06-customer-tiering';
const QUESTIONS = [{ id: 'q1', text: '客户分级的方法有哪些？' }];
const POINTS = ['ABC 分析法：按金额排序分为三类', 'RFM 分析法：最近一次消费、频率、金额', 'CLV 分析法：未来利润的现值'];
const LONG = '客户分级常用 ABC 分析法，把客户按销售额从高到低排序，按累计占比分成三类；RFM 分析法看最近一次消费、消费频率和消费金额。';
let storage: MemoryStorage;

beforeEach(() => {
  storage = new MemoryStorage();
  useTestStorageEngine(storage);
  history.replaceState(null, '', '/chapters/06-customer-tiering/');
});
afterEach(() => {
  cleanup();
  cleanStores($notebook, $settings, $thinkMarks);
  useTestStorageEngine(undefined);
});

/** Stores a value as the site would have (a store loads what is stored when a widget first listens). */
const keep = (key: string, data: unknown) => storage.setItem(`crm-lab:${key}`, JSON.stringify({ v: 1, data }));
const answered = (updatedAt: string) => storage.setItem('crm-lab:notebook', JSON.stringify({ v: 2, data: { answers: { [SLUG]: { q1: { text: LONG, updatedAt } } } } }));

const show = (props: Partial<Parameters<typeof ThinkPractice>[0]> = {}) =>
  render(<ThinkPractice slug={SLUG} questions={QUESTIONS} keyPoints={{ q1: POINTS }} defaultPlan="crm-16079402" {...props} />);
const write = (text: string) => fireEvent.input(screen.getByLabelText(/客户分级的方法/), { target: { value: text } });

describe('self-marking against the 参考要点', () => {
  it('opens only after a few sentences, then saves a mark per point beside the answer', async () => {
    show();
    write('ABC 分析法。');
    expect(screen.queryByRole('button', { name: '对照参考要点自评' })).toBeNull();
    expect(screen.getByText(/写满 50 字（几句话）后，可以打开参考要点.*已写 8 字/)).toBeTruthy();
    write(LONG);
    const open = await screen.findByRole('button', { name: '对照参考要点自评' });
    expect(screen.queryByText(POINTS[0]!)).toBeNull();
    expect(open.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(open);
    expect((await screen.findByRole('button', { name: '收起参考要点' })).getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(screen.getByRole('group', { name: POINTS[0] }).querySelector('input[value="covered"]')!);
    fireEvent.click(screen.getByRole('group', { name: POINTS[1] }).querySelector('input[value="partly"]')!);
    expect(await screen.findByText('自评：已覆盖 1 条，部分覆盖 1 条（共 3 条，1 条未评）。')).toBeTruthy();
    const saved = JSON.parse(storage.getItem('crm-lab:think-marks')!).data.marks[SLUG].q1;
    expect(saved).toMatchObject({ key: keyPointsFingerprint(POINTS), marks: ['covered', 'partly', null] });
  });

  it('starts folded on every load, the projector included, with the marks kept', async () => {
    keep('settings', { teacher: true, projector: true, course: null });
    answered('2026-03-01T08:00:00.000Z');
    keep('think-marks', { marks: { [SLUG]: { q1: { key: keyPointsFingerprint(POINTS), marks: ['missed', 'missed', 'covered'], updatedAt: '2026-03-01T09:00:00.000Z' } } } });
    show();
    expect(await screen.findByText('自评：已覆盖 1 条，没写到 2 条（共 3 条）。')).toBeTruthy();
    expect(screen.queryByText(POINTS[2]!)).toBeNull();
  });

  it('says when the key was rewritten after the marks, or the answer edited after them', async () => {
    answered('2026-03-02T08:00:00.000Z');
    keep('think-marks', { marks: { [SLUG]: { q1: { key: keyPointsFingerprint(POINTS), marks: ['covered', 'covered', 'covered'], updatedAt: '2026-03-01T09:00:00.000Z' } } } });
    const { unmount } = show();
    expect(await screen.findByText(/自评之后回答又改过/)).toBeTruthy();
    unmount();
    show({ keyPoints: { q1: [...POINTS, '举例说明'] } });
    expect(await screen.findByText('参考要点已更新，之前的自评不再对应，请重新对照。')).toBeTruthy();
  });

  it('keeps the points closed for a plan that sets the questions as homework, and for a teacher’s ?keys=hide link until ?keys=show', async () => {
    answered('2026-03-01T08:00:00.000Z');
    const { unmount } = show({ hiddenPlans: ['crm-16079402'] });
    expect(await screen.findByText('老师已把本章的思考与实践布置为作业，参考要点暂不公开。')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '对照参考要点自评' })).toBeNull();
    unmount();
    cleanStores($settings);
    keep('settings', { teacher: false, projector: false, course: 'logistics-crm-n063341' });
    const second = show({ hiddenPlans: ['crm-16079402'] });
    expect(await screen.findByRole('button', { name: '对照参考要点自评' })).toBeTruthy();
    second.unmount();

    history.replaceState(null, '', '/chapters/06-customer-tiering/?keys=hide');
    const third = show();
    expect(await screen.findByText(/参考要点暂不公开/)).toBeTruthy();
    expect(JSON.parse(storage.getItem('crm-lab:settings')!).data.hideKeys).toBe(true);
    third.unmount();
    history.replaceState(null, '', '/chapters/06-customer-tiering/');
    const fourth = show();
    expect(await screen.findByText(/参考要点暂不公开/)).toBeTruthy();
    fourth.unmount();
    history.replaceState(null, '', '/chapters/06-customer-tiering/?keys=show');
    show();
    expect(await screen.findByRole('button', { name: '对照参考要点自评' })).toBeTruthy();
  });

  it('lists the marks under the answer in the notebook’s Markdown', () => {
    const marks = { marks: { [SLUG]: { q1: { key: keyPointsFingerprint(POINTS), marks: ['covered', null, 'missed'] as const, updatedAt: 'x' } } } };
    const markdown = notebookToMarkdown(
      { answers: { [SLUG]: { q1: { text: LONG, updatedAt: '' } } } },
      [{ slug: SLUG, label: '第六章', href: '/chapters/06-customer-tiering/', title: '客户分级', questions: [{ ...QUESTIONS[0]!, keyPoints: POINTS }] }],
      { marks, now: new Date('2026-03-01T00:00:00Z'), offset: -480 },
    );
    expect(markdown).toContain(`${LONG}\n\n> 自评：已覆盖 1 条，没写到 1 条（共 3 条，1 条未评）。\n>\n> - 已覆盖：${POINTS[0]}\n> - 未评：${POINTS[1]}\n> - 没写到：${POINTS[2]}\n`);
  });
});
