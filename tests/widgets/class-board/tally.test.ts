// The board's role-play rows: each path's replies in words, read on the script (hand-checked below), and the
// numbers when the script is missing or no longer fits.
import { describe, expect, it } from 'vitest';
import type { Scenario, ScenarioOption } from '~/engine/communication/roleplay';
import type { ResultRecord } from '~/engine/result-code';
import { roleplayTally } from '~/widgets/class-board/roleplay-tally';
import { activityTally } from '~/widgets/class-board/tally';
import { shortReply } from '~/widgets/class-board/short-reply';

const reply = (id: string, text: string, next: string): ScenarioOption => ({ id, text, tags: ['listen'], quality: 'good', why: '—', next });
const ending = (title: string) => ({ label: title, stage: 'record' as const, line: '', ending: { kind: 'resolved' as const, title, text: '' } });

/** Two steps: 开场 offers 先道歉 (→ 追问) or 讲规定 (→ 客户挂了); 追问 offers 查单号 or 给补偿 (each an ending). */
const SCENARIO = Object.freeze({
  id: 'tiny',
  order: 1,
  title: '小剧本',
  company: '迅达物流',
  industry: '物流快递',
  channel: '电话',
  role: '客服',
  summary: '—',
  customer: { name: '周女士', persona: 'angry', profile: '—' },
  authority: 100,
  initial: { satisfaction: 50, risk: 50 },
  start: 'open',
  nodes: {
    open: {
      label: '开场',
      stage: 'listen',
      line: '包裹怎么还没到？',
      options: [reply('sorry', '非常抱歉让您久等了！我马上帮您查。', 'ask'), reply('policy', '时效我们不保证，下单页面写得很清楚，您自己没看吗，这是规定', 'hung-up')],
    },
    ask: { label: '追问', stage: 'facts', line: '那你查啊。', options: [reply('number', '请您报一下运单号？', 'kept'), reply('voucher', '我给您一张二十元的优惠券作为补偿。', 'kept')] },
    kept: ending('客户留下了'),
    'hung-up': ending('客户挂了电话'),
  },
}) as Scenario;

const INFO = { kind: 'roleplay', label: '投诉处理角色扮演：小剧本', scenario: 'tiny' } as const;
const record = (k: number, answers: number[]): ResultRecord => ({
  studentId: `2023000${k}`,
  name: `学生${k}`,
  activity: 'complaint-roleplay/tiny',
  variant: null,
  answers,
  score: null,
  takenAt: '2026-03-02T08:00:00.000Z',
});
// Three took 先道歉 → 给补偿, two 先道歉 → 查单号, one 讲规定, one a path from an older script (step 2 had a third reply).
const RECORDS = Object.freeze([record(1, [1, 2]), record(2, [1, 1]), record(3, [1, 2]), record(4, [2]), record(5, [1, 2]), record(6, [1, 1]), record(7, [1, 3])]);

describe('the role-play tally', () => {
  it('reads each path on the script: the replies in words, the ending, most taken first', () => {
    expect(roleplayTally(SCENARIO)(RECORDS)).toEqual([
      {
        label: '路径 1（结局：客户留下了）',
        bars: [{ label: '人数', count: 3 }],
        steps: [
          { label: '第 1 步', reply: '非常抱歉让您久等了！' },
          { label: '第 2 步', reply: '我给您一张二十元的优惠券作为补偿。' },
        ],
      },
      {
        label: '路径 2（结局：客户留下了）',
        bars: [{ label: '人数', count: 2 }],
        steps: [
          { label: '第 1 步', reply: '非常抱歉让您久等了！' },
          { label: '第 2 步', reply: '请您报一下运单号？' },
        ],
      },
      {
        label: '路径 3（与现在的剧本对不上）',
        bars: [{ label: '人数', count: 1 }],
        steps: [
          { label: '第 1 步', reply: '非常抱歉让您久等了！' },
          { label: '第 2 步', reply: '选 3（剧本里已没有这个选项）' },
        ],
      },
      // 29 characters, no full stop: cut after the last clause within 24, 时效我们不保证，下单页面写得很清楚 (17), and “…”.
      { label: '路径 4（结局：客户挂了电话）', bars: [{ label: '人数', count: 1 }], steps: [{ label: '第 1 步', reply: '时效我们不保证，下单页面写得很清楚…' }] },
    ]);
  });

  it('without the script, names each step by its option number', () => {
    expect(activityTally(INFO, RECORDS.slice(0, 4))).toEqual([
      { label: '第 1 步选 1 → 第 2 步选 2', bars: [{ label: '人数', count: 2 }] },
      { label: '第 1 步选 1 → 第 2 步选 1', bars: [{ label: '人数', count: 1 }] },
      { label: '第 1 步选 2', bars: [{ label: '人数', count: 1 }] },
    ]);
  });
});

describe('shortReply', () => {
  it.each([
    ['女士，您先别激动。时效我们是不能百分之百保证的。', '女士，您先别激动。'],
    ['您把运单号报一下，我查一查', '您把运单号报一下，我查一查'],
    // No clause ends in the second half: cut at 23 characters.
    ['一二三四五六七八九十一二三四五六七八九十一二三四五', '一二三四五六七八九十一二三四五六七八九十一二三…'],
    ['一二三，四五六七八九十一二三四五六七八九十一二三四五', '一二三，四五六七八九十一二三四五六七八九十一二…'],
    ['这两天件多，中转场可能压件了，您再等等吧，一般今天会动的。', '这两天件多，中转场可能压件了，您再等等吧…'],
    ['好的，我给您登记一张工单，相关部门会在 24 小时内联系您。', '好的，我给您登记一张工单…'],
    ['  好的。 ', '好的。'],
  ])('%s → %s', (text, short) => expect(shortReply(text)).toBe(short));
});
