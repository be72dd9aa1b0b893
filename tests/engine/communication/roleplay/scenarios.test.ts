import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bestPlaythrough,
  chooseReply,
  classifyReply,
  currentTurn,
  debriefRoleplay,
  matchReplyToOption,
  REPLY_QUALITIES,
  startRoleplay,
  validateScenario,
  type RoleplayState,
  type Scenario,
} from '~/engine/communication/roleplay';
import { loadScenarios } from './load-scenarios';

// Every script in content/scenarios, parsed with the same zod schema the build uses.
const scenarios = loadScenarios();
const MAX_TURNS = 12;

/** Plays every possible conversation (every option at every turn) and calls `visit` at each end. */
function everyPlaythrough(scenario: Scenario, visit: (end: RoleplayState) => void, atTurn?: (state: RoleplayState) => void): void {
  const walk = (state: RoleplayState) => {
    atTurn?.(state);
    if (state.ended) return visit(state);
    expect(state.turn, `${scenario.id}: more than ${MAX_TURNS} turns at ${state.path.join(' → ')}`).toBeLessThan(MAX_TURNS);
    for (const option of currentTurn(scenario, state).options) walk(chooseReply(scenario, state, option.id));
  };
  walk(startRoleplay(scenario));
}

describe('the scenario collection', () => {
  it('has the five required situations with different temperaments', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(5);
    const industries = scenarios.map((s) => s.industry).join(' ');
    for (const word of ['物流', '电子商务', '银行', '酒店', '通信']) expect(industries).toContain(word);
    expect(new Set(scenarios.map((s) => s.customer.persona)).size).toBeGreaterThanOrEqual(4);
    expect(new Set(scenarios.map((s) => s.order)).size).toBe(scenarios.length);
  });
});

describe.each(scenarios.map((s) => [s.id, s] as const))('%s', (_, scenario) => {
  it('passes the graph checks', () => {
    expect(validateScenario(scenario)).toEqual([]);
  });

  it('every conversation ends within 12 turns, outcomes and scores stay in bounds, and every node is reached in play', () => {
    const reached = new Set<string>();
    const endings = new Set<string>();
    let paths = 0;
    let longest = 0;
    everyPlaythrough(
      scenario,
      (end) => {
        paths += 1;
        longest = Math.max(longest, end.turn);
        endings.add(end.node);
        const ending = scenario.nodes[end.node]!.ending!;
        // A conversation that ends well has gone through the whole process: at least 6 replies.
        if (ending.kind === 'resolved' || ending.kind === 'partial') expect(end.turn, end.path.join(' → ')).toBeGreaterThanOrEqual(6);
        const debrief = debriefRoleplay(scenario, end);
        expect(debrief.processScore).toBeGreaterThanOrEqual(0);
        expect(debrief.processScore).toBeLessThanOrEqual(100);
        for (const step of debrief.steps) expect(step.score >= 0 && step.score <= 100).toBe(true);
      },
      (state) => {
        reached.add(state.node);
        const { satisfaction, risk, cost, minutes } = state.outcomes;
        expect(satisfaction >= 0 && satisfaction <= 100 && risk >= 0 && risk <= 100 && cost >= 0 && minutes >= 0).toBe(true);
        if (!state.ended) {
          const offered = currentTurn(scenario, state).options;
          expect(offered.length >= 2 && offered.length <= 4, `${state.node} offers ${offered.length}`).toBe(true);
          // There is always a good way on: the debrief can point to it.
          expect(offered.some((o) => o.quality === 'best' || o.quality === 'good'), state.node).toBe(true);
        }
      },
    );
    expect([...reached].sort()).toEqual(Object.keys(scenario.nodes).sort());
    expect(longest).toBeGreaterThanOrEqual(6);
    expect(endings.size).toBeGreaterThanOrEqual(3);
    // Real branching, not a line with detours: many distinct conversations.
    expect(paths).toBeGreaterThanOrEqual(100);
  });

  it('the best replies handle the complaint completely and keep the customer', () => {
    const best = bestPlaythrough(scenario);
    const debrief = debriefRoleplay(scenario, best);
    expect(debrief.ending?.kind).toBe('resolved');
    expect(debrief.steps.map((s) => [s.key, s.score])).toEqual(debrief.steps.map((s) => [s.key, 100]));
    expect(best.outcomes.satisfaction).toBeGreaterThanOrEqual(70);
    expect(debrief.overAuthority).toBe(false);
    expect(best.turn).toBeGreaterThanOrEqual(6);
  });

  it('the worst replies never keep the customer happy', () => {
    let state = startRoleplay(scenario);
    while (!state.ended) {
      const options = currentTurn(scenario, state).options;
      const worst = options.reduce((a, b) => (REPLY_QUALITIES[b.quality].rank < REPLY_QUALITIES[a.quality].rank ? b : a));
      state = chooseReply(scenario, state, worst.id);
    }
    expect(scenario.nodes[state.node]!.ending!.kind).not.toBe('resolved');
  });

  it('every decision has a best reply, and the best is not always in the same place', () => {
    const places: number[] = [];
    for (const [id, node] of Object.entries(scenario.nodes)) {
      if (node.ending) continue;
      expect(node.options!.some((o) => o.quality === 'best'), `${id} has no best reply`).toBe(true);
      places.push(node.options!.findIndex((o) => o.quality === 'best'));
    }
    const firstShare = places.filter((p) => p === 0).length / places.length;
    expect(firstShare).toBeLessThanOrEqual(0.6);
  });

  it('the free-text rubric reads every best reply as a good or best reply', () => {
    for (const node of Object.values(scenario.nodes)) {
      for (const option of (node.options ?? []).filter((o) => o.quality === 'best')) {
        const match = matchReplyToOption(classifyReply(option.text), node.options!);
        expect(match, option.text).not.toBeNull();
        expect(['best', 'good'], `${option.id} read as ${match!.option.id}`).toContain(match!.option.quality);
      }
    }
  });

  it('property: a random conversation ends within 12 turns with outcomes in bounds', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(3), { minLength: MAX_TURNS, maxLength: MAX_TURNS }), (picks) => {
        let state = startRoleplay(scenario);
        for (const pick of picks) {
          if (state.ended) break;
          const options = currentTurn(scenario, state).options;
          state = chooseReply(scenario, state, options[pick % options.length]!.id);
        }
        expect(state.ended).toBe(true);
        const { satisfaction, risk, cost } = state.outcomes;
        expect(satisfaction >= 0 && satisfaction <= 100 && risk >= 0 && risk <= 100 && cost >= 0).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the rubric and the scripts agree', () => {
  it('most option texts are read back as their own option (measured: 130 of 149 when written)', () => {
    let total = 0;
    let same = 0;
    for (const scenario of scenarios) {
      for (const node of Object.values(scenario.nodes)) {
        for (const option of node.options ?? []) {
          total += 1;
          if (matchReplyToOption(classifyReply(option.text), node.options!)?.option.id === option.id) same += 1;
        }
      }
    }
    expect(same / total).toBeGreaterThanOrEqual(0.8);
  });
});
