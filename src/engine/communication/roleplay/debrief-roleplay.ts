import { PASS_MARK } from '../../core/pass-mark';
import { BEHAVIOURS } from './behaviours';
import { chooseReply } from './choose-reply';
import { currentTurn } from './current-turn';
import { PROCESS_STEPS } from './process-steps';
import { REPLY_QUALITIES } from './reply-quality';
import { startRoleplay } from './start-roleplay';
import type { BehaviourKey, EndingKind, Outcomes, ReplyQuality, RoleplayState, Scenario, ScenarioEnding, StepKey } from './types';

export type StepVerdict = 'done' | 'partial' | 'missed' | 'wrong';

export interface StepScore {
  readonly key: StepKey;
  readonly label: string;
  readonly stage: string;
  /** Points from good behaviours. */
  readonly gained: number;
  /** Points taken off by bad behaviours (a positive number). */
  readonly lost: number;
  readonly target: number;
  /** round(100 × (min(gained, target) − lost) ÷ target), kept within 0–100. */
  readonly score: number;
  /** done: 100; partial: between 0 and 100; wrong: 0 after a bad behaviour; missed: 0, nothing done. */
  readonly verdict: StepVerdict;
  /** The replies that moved this step: turn (1-based), behaviour and points. */
  readonly evidence: readonly { readonly turn: number; readonly behaviour: BehaviourKey; readonly points: number }[];
}

export interface ReplySummary {
  readonly id: string;
  readonly text: string;
  readonly quality: ReplyQuality;
  readonly why: string;
}

export interface BetterReply {
  /** 1-based turn. */
  readonly turn: number;
  readonly node: string;
  readonly label: string;
  readonly line: string;
  readonly chosen: ReplySummary;
  /** The replies on offer at that moment that were better than the one chosen, best first. */
  readonly better: readonly ReplySummary[];
}

export type Grade = 'excellent' | 'good' | 'pass' | 'poor';

export const GRADE_LABELS: Readonly<Record<Grade, string>> = Object.freeze({ excellent: '优秀', good: '良好', pass: '及格', poor: '需改进' });

/** Endings that fail a handling whatever its process score: the customer left, or took the complaint public or to a regulator. */
export const FAILING_ENDINGS: readonly EndingKind[] = Object.freeze(['lost', 'escalated']);

export interface RoleplayDebrief {
  readonly ended: boolean;
  readonly ending: ScenarioEnding | null;
  readonly turns: number;
  readonly outcomes: { readonly start: Outcomes; readonly end: Outcomes };
  /** True when the remedies cost more than a front-line agent may grant (`authority`). */
  readonly overAuthority: boolean;
  readonly steps: readonly StepScore[];
  /** Mean of the six step scores, rounded. */
  readonly processScore: number;
  /**
   * On the process score: 优秀 ≥ 85, 良好 ≥ 70, 及格 ≥ `PASS_MARK` (60), else 需改进; and 需改进 whatever the score when
   * the conversation ended with the customer lost or the complaint escalated (`FAILING_ENDINGS`).
   */
  readonly grade: Grade;
  /** The conversation has ended and its grade is 及格 or better. */
  readonly passed: boolean;
  /** The ending's kind when it fails the handling (`FAILING_ENDINGS`), else null. */
  readonly failingEnding: EndingKind | null;
  readonly betterReplies: readonly BetterReply[];
  /** How many replies showed each behaviour. */
  readonly behaviours: Readonly<Record<BehaviourKey, number>>;
}

const summary = (o: { id: string; text: string; quality: ReplyQuality; why: string }): ReplySummary => ({ id: o.id, text: o.text, quality: o.quality, why: o.why });

/**
 * The debrief of a conversation: the six process steps scored out of 100 (`PROCESS_STEPS`, `BEHAVIOURS`): the points
 * from good behaviours count up to the step's target, then every point lost to a bad behaviour comes off, so one
 * “你急什么” cannot be made up by apologising twice; their mean as the process score and a grade (no pass when the customer
 * was lost or the complaint escalated), the outcomes at the start and now, and at every turn
 * where the reply chosen was not the best on offer, the better replies with the reason.
 *
 * Source: chapter 7's complaint process and our scoring rules (MODEL.md).
 * @throws EngineError `invalid-scenario` (see `startRoleplay`).
 * @example
 * // replies tagged [listen], [apology, empathy], [facts, classify], [remedy, promise], [followup], [record]
 * debriefRoleplay(scenario, state).processScore // 100: every step earned its target
 */
export function debriefRoleplay(scenario: Scenario, state: RoleplayState): RoleplayDebrief {
  let replay = startRoleplay(scenario);
  const start = replay.outcomes;
  const betterReplies: BetterReply[] = [];
  const evidence = new Map<StepKey, { turn: number; behaviour: BehaviourKey; points: number }[]>();
  state.history.forEach((record, index) => {
    const offered = currentTurn(scenario, replay).options;
    const chosen = offered.find((o) => o.id === record.option) ?? scenario.nodes[record.node]!.options!.find((o) => o.id === record.option)!;
    const rank = REPLY_QUALITIES[chosen.quality].rank;
    const better = offered.filter((o) => REPLY_QUALITIES[o.quality].rank > rank).sort((a, b) => REPLY_QUALITIES[b.quality].rank - REPLY_QUALITIES[a.quality].rank);
    if (better.length > 0) {
      betterReplies.push({ turn: index + 1, node: record.node, label: scenario.nodes[record.node]!.label, line: record.line, chosen: summary(chosen), better: better.map(summary) });
    }
    for (const tag of chosen.tags) {
      const { step, points } = BEHAVIOURS[tag];
      evidence.set(step, [...(evidence.get(step) ?? []), { turn: index + 1, behaviour: tag, points }]);
    }
    if (!replay.ended) replay = chooseReply(scenario, replay, record.option);
  });

  const steps: StepScore[] = PROCESS_STEPS.map((step) => {
    const { gained, lost } = state.steps[step.key];
    const score = Math.round((100 * Math.max(0, Math.min(gained, step.target) - lost)) / step.target);
    const verdict: StepVerdict = score >= 100 ? 'done' : score > 0 ? 'partial' : lost > 0 ? 'wrong' : 'missed';
    return { key: step.key, label: step.label, stage: step.stage, gained, lost, target: step.target, score, verdict, evidence: evidence.get(step.key) ?? [] };
  });
  const processScore = Math.round(steps.reduce((sum, s) => sum + s.score, 0) / steps.length);
  const node = scenario.nodes[state.node]!;
  const failingEnding = node.ending && FAILING_ENDINGS.includes(node.ending.kind) ? node.ending.kind : null;
  const grade: Grade = failingEnding ? 'poor' : processScore >= 85 ? 'excellent' : processScore >= 70 ? 'good' : processScore >= PASS_MARK ? 'pass' : 'poor';
  return {
    ended: state.ended,
    ending: node.ending ?? null,
    turns: state.turn,
    outcomes: { start, end: state.outcomes },
    overAuthority: state.outcomes.cost > scenario.authority,
    steps,
    processScore,
    grade,
    passed: state.ended && grade !== 'poor',
    failingEnding,
    betterReplies,
    behaviours: state.behaviours,
  };
}
