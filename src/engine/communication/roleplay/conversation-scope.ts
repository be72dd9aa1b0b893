import { evaluateCondition, parseCondition, type Condition } from './condition';
import type { ConditionalText, NextStep, OutcomeChange, Outcomes, RoleplayState, VariableValue } from './types';

// Internal helpers of the state machine; not re-exported from index.ts.

const parsed = new Map<string, Condition>();

/** Whether a script's condition holds in `scope` (parsed once per text). */
export function holds(text: string | undefined, scope: Readonly<Record<string, VariableValue>>): boolean {
  if (text === undefined) return true;
  let condition = parsed.get(text);
  if (!condition) parsed.set(text, (condition = parseCondition(text)));
  return evaluateCondition(condition, scope);
}

/** Everything a condition can read at this moment. */
export function scopeOf(state: Pick<RoleplayState, 'outcomes' | 'turn' | 'behaviours' | 'variables'>): Record<string, VariableValue> {
  return { ...state.variables, ...state.behaviours, ...state.outcomes, turn: state.turn };
}

export function resolveText(text: ConditionalText, scope: Readonly<Record<string, VariableValue>>): string {
  if (typeof text === 'string') return text;
  return (text.find((variant) => holds(variant.if, scope)) ?? text[text.length - 1]!).text;
}

export function resolveNext(next: NextStep, scope: Readonly<Record<string, VariableValue>>): string {
  if (typeof next === 'string') return next;
  return (next.find((branch) => holds(branch.if, scope)) ?? next[next.length - 1]!).to;
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** Applies a change: satisfaction and risk stay within 0–100, cost and minutes never go below 0. */
export function applyChange(outcomes: Outcomes, change: OutcomeChange | undefined): Outcomes {
  if (!change) return outcomes;
  return {
    satisfaction: clamp(outcomes.satisfaction + (change.satisfaction ?? 0), 0, 100),
    risk: clamp(outcomes.risk + (change.risk ?? 0), 0, 100),
    cost: Math.max(0, outcomes.cost + (change.cost ?? 0)),
    minutes: Math.max(0, outcomes.minutes + (change.minutes ?? 0)),
  };
}
