// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { cleanStores } from 'nanostores';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { $progress } from '~/stores/progress';
import { $settings } from '~/stores/settings';
import { useTestStorageEngine } from '~/stores/storage/persistent';
import LoyaltyMatrix from '~/widgets/loyalty-matrix/LoyaltyMatrix';
import { fromLinkKeys, picksFromText, picksToText, toLinkKeys } from '~/widgets/loyalty-matrix/share';
import { MemoryStorage } from '../helpers/memory-storage';

// The indicators' quadrants of the eight members, checked by hand in tests/engine/loyalty-matrix.
const ANSWERS: Record<string, string> = {
  王老师: '忠诚者（传道者）', 小周: '忠诚者（传道者）', 陈女士: '唯利是图者（雇佣兵）', 刘同学: '唯利是图者（雇佣兵）',
  赵先生: '人质', 孙阿姨: '人质', 吴先生: '背叛者', 郑女士: '背叛者',
};

function open(search = '') {
  history.replaceState(null, '', `/chapters/09-customer-loyalty/${search}`);
  return render(<LoyaltyMatrix />);
}

beforeEach(() => {
  useTestStorageEngine(new MemoryStorage());
  document.documentElement.dataset.chapter = '09-customer-loyalty';
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  cleanup();
  cleanStores($progress, $settings);
  useTestStorageEngine(undefined);
  vi.restoreAllMocks();
});

const submit = () => screen.getByRole('button', { name: '提交，看看指标怎么说' });

describe('LoyaltyMatrix', () => {
  it('keeps the answers hidden and the submit button off until every member is placed', async () => {
    open();
    await screen.findByText('待放置的会员');
    expect(submit()).toHaveProperty('disabled', true);
    expect(document.querySelector('.lm-table')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '王老师放入忠诚者（传道者）' }));
    await waitFor(() => expect(screen.getByRole('region', { name: /忠诚者（传道者）/ }).textContent).toContain('王老师'));
    expect(document.querySelector('[role="status"][aria-live="polite"]')!.textContent).toBe('王老师已放入“忠诚者（传道者）”。还有 7 位会员待放置。');
    expect($progress.get()).toBeTruthy();
  });

  it('places everyone right, commits and shows the score, the indices and the strategies', async () => {
    open();
    await screen.findByText('待放置的会员');
    for (const [name, label] of Object.entries(ANSWERS)) fireEvent.click(screen.getByRole('button', { name: `${name}放入${label}` }));
    await waitFor(() => expect(submit()).toHaveProperty('disabled', false));
    fireEvent.click(submit());
    const heading = await screen.findByRole('heading', { name: '结果：8 / 8 位会员放对了象限' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    const zhao = [...document.querySelectorAll('.lm-table tbody tr')].find((tr) => tr.textContent!.includes('赵先生'))!;
    expect([...zhao.children].map((c) => c.textContent)).toEqual(['赵先生', '✓ 人质', '0.0', '73.3', '满意度 0 分（低于 60），忠诚度 73.3 分（不低于 60）：人质。']);
    expect(screen.getByRole('heading', { name: '人质：2 位' })).toBeTruthy();
  });

  it('takes the number keys on a card and U on a placed member', async () => {
    open();
    await screen.findByText('待放置的会员');
    const card = screen.getByRole('article', { name: '赵先生' });
    fireEvent.keyDown(card, { key: '3' });
    await waitFor(() => expect(screen.getByRole('region', { name: /^人质/ }).textContent).toContain('赵先生'));
    const chip = screen.getByRole('region', { name: /^人质/ }).querySelector('.lm-chip')!;
    fireEvent.keyDown(chip, { key: 'u' });
    await waitFor(() => expect(screen.getByRole('region', { name: /^人质/ }).textContent).not.toContain('赵先生'));
  });

  it('lets the learner write a measure before showing the reference', async () => {
    open(`?lm.picks=${'hhhhhhhh'}&lm.step=result`);
    await screen.findByRole('heading', { name: '结果：2 / 8 位会员放对了象限' });
    const button = screen.getAllByRole('button', { name: '写好了，对照参考做法' })[0]!;
    expect(button).toHaveProperty('disabled', true);
    fireEvent.input(screen.getByLabelText('给人质的挽留措施'), { target: { value: '高峰期加开器械区' } });
    await waitFor(() => expect(screen.getAllByRole('button', { name: '写好了，对照参考做法' })[0]).toHaveProperty('disabled', false));
    fireEvent.click(screen.getAllByRole('button', { name: '写好了，对照参考做法' })[0]!);
    expect(await screen.findByText(/^参考做法：尽快解决他们的不满/)).toBeTruthy();
  });

  it('opens a share link with the board half done, not committed', async () => {
    open('?lm.picks=a-------&lm.step=result');
    await screen.findByText('待放置的会员');
    expect(screen.getByRole('region', { name: /忠诚者（传道者）/ }).textContent).toContain('王老师');
  });

  it('runs class mode for a teacher: call, reveal, next, summary', async () => {
    open('?teacher=1&lm.mode=class');
    await screen.findByRole('heading', { name: '课堂模式 · 第 1 / 8 位会员' });
    fireEvent.click(screen.getByRole('button', { name: '忠诚者（传道者）' }));
    fireEvent.click(screen.getByRole('button', { name: '揭晓指标' }));
    await waitFor(() => expect(document.querySelector('.lm-reveal')?.textContent).toContain('忠诚者（传道者）：✓ 全班判断正确。'));
    for (let i = 0; i < 7; i++) {
      fireEvent.click(await screen.findByRole('button', { name: '下一位会员' }));
      fireEvent.click(await screen.findByRole('button', { name: '揭晓指标' }));
    }
    fireEvent.click(await screen.findByRole('button', { name: '查看全班总结' }));
    expect(await screen.findByRole('heading', { name: '全班总结：1 / 8 位会员判断正确' })).toBeTruthy();
  });

  it('does not open class mode from a link without teacher mode', async () => {
    open('?lm.mode=class');
    await screen.findByText('待放置的会员');
  });
});

describe('share link keys', () => {
  it('round-trips placements and ignores malformed keys', () => {
    const ids = ['L01', 'L02', 'L03'];
    const text = picksToText(ids, { L01: 'apostle', L03: 'defector' });
    expect(text).toBe('a-d');
    expect(picksFromText(ids, text)).toEqual({ L01: 'apostle', L03: 'defector' });
    expect(toLinkKeys({ picks: text, step: 'result', mode: 'practice' })).toEqual({ picks: 'a-d', step: 'result' });
    expect(fromLinkKeys({ picks: 'x<script>', step: 'later', mode: 'evil' })).toEqual({});
  });
});
