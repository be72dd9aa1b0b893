import { describe, expect, it } from 'vitest';
import { PASS_MARK } from '~/engine';
import { bestPlaythrough, debriefRoleplay, moodOf, replayRoleplay, riskLevel, roleplayTranscript, roleplayVerdict, type EndingKind, type Scenario } from '~/engine/communication/roleplay';
import { deepFreeze, tinyScenario, withNodes } from './fixtures';

const tiny = tinyScenario();

/** The tiny script, where 跟进并记录 (follow) leads to an ending of the given kind and 再见 (bye) to 客户留下, whatever the mood. */
function endingAfterClose(kind: EndingKind): Scenario {
  const close = tiny.nodes.close!;
  const options = close.options!.map((o) => ({ ...o, next: o.id === 'follow' ? 'after' : 'kept' }));
  return deepFreeze(withNodes(tiny, { close: { ...close, options }, after: { label: '结局', stage: 'record', line: '……', ending: { kind, title: kind, text: '结局。' } } }));
}

describe('debriefRoleplay, checked by hand', () => {
  it('sorry → plan → follow: five steps done, 认同与致歉 half done (one apology of the two points)', () => {
    const debrief = debriefRoleplay(tiny, replayRoleplay(tiny, ['sorry', 'plan', 'follow']).state);
    expect(debrief.steps.map((s) => [s.key, s.score, s.verdict])).toEqual([
      ['listen', 100, 'done'],
      ['acknowledge', 50, 'partial'], // min(1, 2) − 0 = 1 of 2
      ['facts', 100, 'done'],
      ['solve', 100, 'done'],
      ['follow-up', 100, 'done'],
      ['record', 100, 'done'],
    ]);
    // (100 + 50 + 100 + 100 + 100 + 100) / 6 = 91.67 → 92 ≥ 85
    expect(debrief.processScore).toBe(92);
    expect(debrief.grade).toBe('excellent');
    expect(debrief.ending?.kind).toBe('resolved');
    expect(debrief.outcomes.start).toEqual({ satisfaction: 20, risk: 60, cost: 0, minutes: 0 });
    expect(debrief.outcomes.end).toEqual({ satisfaction: 75, risk: 10, cost: 40, minutes: 8 });
    expect(debrief.overAuthority).toBe(false); // 40 ≤ 50
    expect(debrief.betterReplies).toEqual([]);
    expect(debrief.turns).toBe(3);
  });

  it('calm → recover → plan → follow: a taboo wipes out 认同与致歉 even after two good behaviours', () => {
    const debrief = debriefRoleplay(tiny, replayRoleplay(tiny, ['calm', 'recover', 'plan', 'follow']).state);
    const acknowledge = debrief.steps.find((s) => s.key === 'acknowledge')!;
    // gained 2 (apology, empathy), lost 2 (taboo): min(2, 2) − 2 = 0, after a bad behaviour → wrong
    expect([acknowledge.gained, acknowledge.lost, acknowledge.score, acknowledge.verdict]).toEqual([2, 2, 0, 'wrong']);
    expect(acknowledge.evidence).toEqual([
      { turn: 1, behaviour: 'taboo', points: -2 },
      { turn: 2, behaviour: 'apology', points: 1 },
      { turn: 2, behaviour: 'empathy', points: 1 },
    ]);
    expect(debrief.steps.find((s) => s.key === 'listen')!.verdict).toBe('missed');
    // (0 + 0 + 100 × 4) / 6 = 66.67 → 67, but the customer was lost: 需改进, not 及格
    expect(debrief.processScore).toBe(67);
    expect(debrief.ending?.kind).toBe('lost');
    expect([debrief.grade, debrief.passed, debrief.failingEnding]).toEqual(['poor', false, 'lost']);
    // Turn 1 offered sorry (best), calm (bad), promise (weak): both others were better, best first.
    expect(debrief.betterReplies).toHaveLength(1);
    expect(debrief.betterReplies[0]).toMatchObject({ turn: 1, node: 'open', label: '开场', chosen: { id: 'calm', quality: 'bad' } });
    expect(debrief.betterReplies[0]!.better.map((b) => b.id)).toEqual(['sorry', 'promise']);
  });

  it('over-promising loses the follow-up step; the weak reply is listed with the better one', () => {
    const debrief = debriefRoleplay(tiny, replayRoleplay(tiny, ['promise', 'vague', 'bye']).state);
    // follow-up: gained 0, lost 1 → 0, wrong; solve: gained 0, lost 1 → wrong
    expect(debrief.steps.find((s) => s.key === 'follow-up')!.verdict).toBe('wrong');
    expect(debrief.steps.find((s) => s.key === 'solve')!.verdict).toBe('wrong');
    expect(debrief.processScore).toBe(0);
    expect(debrief.grade).toBe('poor');
    expect(debrief.betterReplies.map((b) => [b.turn, b.chosen.id, b.better.map((x) => x.id)])).toEqual([
      [1, 'promise', ['sorry']],
      [2, 'vague', ['plan']], // secret was not on offer (satisfaction 25 < 90)
      [3, 'bye', ['follow']],
    ]);
  });

  it('the reference conversation takes the best reply every time', () => {
    expect(debriefRoleplay(tiny, bestPlaythrough(tiny)).passed).toBe(true);
    const best = bestPlaythrough(tiny);
    expect(best.history.map((h) => h.option)).toEqual(['sorry', 'plan', 'follow']);
  });
});

describe('the pass mark: 60, as the self-check, and no pass for a lost customer or a public complaint', () => {
  it('shares the self-check’s pass mark', () => {
    expect(PASS_MARK).toBe(60);
  });

  it.each([
    // calm → recover → plan → follow: (0 + 0 + 100 × 4) / 6 = 66.67 → 67
    ['resolved', ['calm', 'recover', 'plan', 'follow'], 67, 'pass', true, null],
    // sorry → plan → bye: listen 100, 认同与致歉 50 (1 of 2), facts 100, solve 100, follow-up 0, record 0 → 350 / 6 = 58.3 → 58
    ['resolved', ['sorry', 'plan', 'bye'], 58, 'poor', true, null],
    ['partial', ['calm', 'recover', 'plan', 'follow'], 67, 'pass', true, null],
    // sorry → plan → follow: (100 + 50 + 100 × 4) / 6 = 91.67 → 92, yet the complaint went public
    ['escalated', ['sorry', 'plan', 'follow'], 92, 'poor', true, 'escalated'],
    ['lost', ['sorry', 'plan', 'follow'], 92, 'poor', true, 'lost'],
  ] as const)('ending %s after %j: score %d, grade %s', (kind, replies, score, grade, ended, failing) => {
    const script = endingAfterClose(kind);
    const state = replayRoleplay(script, [...replies]).state;
    const debrief = debriefRoleplay(script, state);
    expect(state.ended).toBe(ended);
    expect(debrief.ending?.kind).toBe(replies.at(-1) === 'bye' ? 'resolved' : kind);
    expect([debrief.processScore, debrief.grade, debrief.failingEnding]).toEqual([score, grade, failing]);
    expect(debrief.passed).toBe(grade !== 'poor');
  });

  it('says why in words: the ending first, then the score', () => {
    const verdict = (kind: EndingKind, replies: string[]) => {
      const script = endingAfterClose(kind);
      return roleplayVerdict(debriefRoleplay(script, replayRoleplay(script, replies).state));
    };
    expect(verdict('lost', ['sorry', 'plan', 'follow'])).toBe('不及格：客户流失了。不论流程得了多少分，丢掉客户的处理都不算及格。');
    expect(verdict('escalated', ['sorry', 'plan', 'follow'])).toMatch(/^不及格：投诉升级了/);
    expect(verdict('resolved', ['sorry', 'plan', 'bye'])).toBe('不及格：流程总分 58，低于及格线 60 分。');
    expect(verdict('resolved', ['calm', 'recover', 'plan', 'follow'])).toBe('及格：流程总分达到及格线 60 分，客户没有流失，投诉也没有升级。');
    expect(roleplayVerdict(debriefRoleplay(tiny, replayRoleplay(tiny, ['sorry']).state))).toBe('对话还没有结束，暂不评定是否及格。');
    expect(debriefRoleplay(tiny, replayRoleplay(tiny, ['sorry', 'plan']).state).passed).toBe(false);
  });
});

describe('mood and risk words', () => {
  it.each([
    [0, 'angry', 0, '怒气冲冲'],
    [19, 'angry', 0, '怒气冲冲'],
    [20, 'angry', 1, '很生气'],
    [59, 'quiet', 2, '犹豫观望'],
    [79, 'sarcastic', 3, '语气缓和'],
    [80, 'anxious', 4, '安心满意'],
    [100, 'assertive', 4, '满意接受'],
  ] as const)('satisfaction %d, %s → level %d %s', (satisfaction, persona, level, word) => {
    expect(moodOf(satisfaction, persona)).toEqual({ level, word });
  });

  it.each([[0, '低'], [29, '低'], [30, '中'], [59, '中'], [60, '高'], [100, '高']] as const)('risk %d → %s', (risk, word) => {
    expect(riskLevel(risk)).toBe(word);
  });
});

describe('roleplayTranscript', () => {
  it('writes the conversation, the outcomes, the steps and the better replies as Markdown', () => {
    const state = replayRoleplay(tiny, [{ option: 'calm', via: 'vote', votes: { sorry: 3, calm: 20, promise: 1 } }, { option: 'recover', via: 'free', typed: '对不起 *真的*' }, 'plan', 'follow']).state;
    const md = roleplayTranscript(tiny, state, { date: '2024-05-21' });
    expect(md.split('\n')[0]).toBe('# 客户投诉处理角色扮演：小剧本:包裹没到');
    expect(md).toContain('- 日期：2024-05-21');
    expect(md).toContain('**王先生：** 你们怎么回事?');
    expect(md).toContain('**你（第 1 轮，全班投票）：** 你冷静一点。');
    expect(md).toContain('> 全班投票：A 3 票，B 20 票，C 1 票');
    expect(md).toContain('**王先生：** 冷静?!');
    expect(md).toContain('> 你输入的原话：对不起 \\*真的\\*');
    expect(md).toContain('**结局：客户流失**。客户走了。');
    expect(md).toContain('| 客户满意度（0–100） | 20（很生气） | 60（平静下来） |');
    expect(md).toContain('| 流失风险（0–100） | 60（高） | 80（高） |');
    expect(md).toContain('| 认同与致歉 | 接收 | 0 | 做错了 |');
    expect(md).toContain('流程总分 67（需改进）。不及格：客户流失了。');
    expect(md).toContain('### 第 1 轮：开场');
    expect(md).toContain('- 更好的回答（最佳）：您是说包裹三天没到,对吗?非常抱歉。 —— 复述并致歉。');
    expect(md).toContain('## 本情境要点');
  });
});
