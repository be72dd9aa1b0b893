import { describe, expect, it } from 'vitest';
import { chooseReply, currentTurn, replayRoleplay, startRoleplay } from '~/engine/communication/roleplay';
import { expectEngineError } from '../../expect-engine-error';
import { deepFreeze, tinyScenario, withNodes } from './fixtures';

const tiny = tinyScenario();

describe('startRoleplay', () => {
  it('starts at the start node with the script’s initial values', () => {
    const state = startRoleplay(tiny);
    expect(state.node).toBe('open');
    expect(state.turn).toBe(0);
    expect(state.outcomes).toEqual({ satisfaction: 20, risk: 60, cost: 0, minutes: 0 });
    expect(state.variables).toEqual({ promised: false });
    expect(state.behaviours.apology).toBe(0);
    expect(state.steps.listen).toEqual({ gained: 0, lost: 0 });
    expect(state.path).toEqual(['open']);
    expect(state.ended).toBe(false);
  });

  it('refuses a script that cannot be played', () => {
    const broken = withNodes(tiny, { fix: { ...tiny.nodes.fix, options: [{ ...tiny.nodes.fix!.options![0]!, next: 'nowhere' }] } });
    expectEngineError(() => startRoleplay(broken), 'invalid-scenario');
  });
});

describe('chooseReply, followed by hand', () => {
  it('sorry → plan → follow: the outcomes add up and the customer stays', () => {
    let state = deepFreeze(startRoleplay(tiny));
    state = deepFreeze(chooseReply(tiny, state, 'sorry'));
    // 20 + 15 = 35; 60 − 10 = 50; 2 minutes; listen and apology each once
    expect(state.outcomes).toEqual({ satisfaction: 35, risk: 50, cost: 0, minutes: 2 });
    expect(state.steps.listen).toEqual({ gained: 1, lost: 0 });
    expect(state.steps.acknowledge).toEqual({ gained: 1, lost: 0 });
    expect(state.node).toBe('fix');
    expect(state.turn).toBe(1);
    state = deepFreeze(chooseReply(tiny, state, 'plan'));
    // 35 + 30 = 65; 50 − 30 = 20; cost 40; 2 + 5 = 7 minutes; facts + classify → facts 2, remedy + promise → solve 2
    expect(state.outcomes).toEqual({ satisfaction: 65, risk: 20, cost: 40, minutes: 7 });
    expect(state.steps.facts).toEqual({ gained: 2, lost: 0 });
    expect(state.steps.solve).toEqual({ gained: 2, lost: 0 });
    state = chooseReply(tiny, state, 'follow');
    // 65 + 10 = 75 ≥ 70 → kept; 20 − 10 = 10; 7 + 1 = 8 minutes
    expect(state.outcomes).toEqual({ satisfaction: 75, risk: 10, cost: 40, minutes: 8 });
    expect(state.node).toBe('kept');
    expect(state.ended).toBe(true);
    expect(state.path).toEqual(['open', 'fix', 'close', 'kept']);
    expect(state.history.map((h) => [h.node, h.option])).toEqual([['open', 'sorry'], ['fix', 'plan'], ['close', 'follow']]);
    expect(state.history[1]!.before.satisfaction).toBe(35);
    expect(state.history[1]!.after.satisfaction).toBe(65);
  });

  it('calm: satisfaction and risk stay within 0–100, the condition sends the customer up the chain, arrival effects apply', () => {
    let state = chooseReply(tiny, startRoleplay(tiny), 'calm');
    // 20 − 30 → 0 (not −10); 60 + 50 → 100; apology == 0 → angry; arriving at angry adds risk 10 → still 100
    expect(state.outcomes.satisfaction).toBe(0);
    expect(state.outcomes.risk).toBe(100);
    expect(state.node).toBe('angry');
    expect(state.steps.acknowledge).toEqual({ gained: 0, lost: 2 });
    state = chooseReply(tiny, state, 'recover'); // 0 + 20 = 20
    state = chooseReply(tiny, state, 'plan'); // 20 + 30 = 50; 100 − 30 = 70
    state = chooseReply(tiny, state, 'follow'); // 50 + 10 = 60 < 70 → lost; 70 − 10 = 60, arriving at lost + 20 = 80
    expect(state.node).toBe('lost');
    // minutes: calm 1 + recover 0 + plan 5 + follow 1 = 7
    expect(state.outcomes).toEqual({ satisfaction: 60, risk: 80, cost: 40, minutes: 7 });
    expect(state.history[3]!.after.risk).toBe(80);
  });

  it('a script variable set by one reply changes a later line', () => {
    const state = chooseReply(tiny, startRoleplay(tiny), 'promise');
    expect(state.variables.promised).toBe(true);
    expect(currentTurn(tiny, state).line).toBe('你说的马上呢?');
    expect(currentTurn(tiny, chooseReply(tiny, startRoleplay(tiny), 'sorry')).line).toBe('那怎么办?');
  });

  it('offers an option only while its condition holds', () => {
    const atFix = chooseReply(tiny, startRoleplay(tiny), 'sorry');
    expect(currentTurn(tiny, atFix).options.map((o) => o.id)).toEqual(['plan', 'vague']);
    expectEngineError(() => chooseReply(tiny, atFix, 'secret'), 'option-unavailable');
    const rich = { ...atFix, outcomes: { ...atFix.outcomes, satisfaction: 95 } };
    expect(currentTurn(tiny, rich).options.map((o) => o.id)).toEqual(['plan', 'vague', 'secret']);
  });

  it('refuses unknown options and replies after the end', () => {
    const start = startRoleplay(tiny);
    expectEngineError(() => chooseReply(tiny, start, 'no-such'), 'option-unavailable');
    const ended = replayRoleplay(tiny, ['sorry', 'plan', 'follow']).state;
    expect(currentTurn(tiny, ended).ending?.kind).toBe('resolved');
    expect(currentTurn(tiny, ended).options).toEqual([]);
    expectEngineError(() => chooseReply(tiny, ended, 'follow'), 'conversation-ended');
  });

  it('keeps how the reply was given: typed words and class votes', () => {
    const typed = chooseReply(tiny, startRoleplay(tiny), { option: 'sorry', via: 'free', typed: '对不起,您是说包裹没到吗?' });
    expect(typed.history[0]).toMatchObject({ via: 'free', typed: '对不起,您是说包裹没到吗?' });
    const voted = chooseReply(tiny, startRoleplay(tiny), { option: 'calm', via: 'vote', votes: { sorry: 3, calm: 20, promise: 1 } });
    expect(voted.history[0]).toMatchObject({ via: 'vote', votes: { sorry: 3, calm: 20, promise: 1 } });
  });

  it('never changes the state it is given', () => {
    const start = deepFreeze(startRoleplay(tiny));
    const copy = JSON.parse(JSON.stringify(start));
    chooseReply(tiny, start, 'sorry');
    expect(start).toEqual(copy);
  });
});

describe('replayRoleplay', () => {
  it('replays replies, and rewinding is replaying fewer', () => {
    const full = replayRoleplay(tiny, ['sorry', 'plan', 'follow']);
    expect(full.applied).toBe(3);
    const rewound = replayRoleplay(tiny, full.state.history.slice(0, 1).map((h) => h.option));
    expect(rewound.state.node).toBe('fix');
    expect(rewound.state).toEqual(chooseReply(tiny, startRoleplay(tiny), 'sorry'));
  });

  it('stops at the first reply that is not on offer (a stale link)', () => {
    const replay = replayRoleplay(tiny, ['sorry', 'secret', 'plan']);
    expect(replay.applied).toBe(1);
    expect(replay.state.node).toBe('fix');
    expect(replayRoleplay(tiny, ['sorry', 'plan', 'follow', 'follow']).applied).toBe(3);
  });
});
