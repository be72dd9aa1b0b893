import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BEHAVIOURS, PROCESS_STEPS } from '~/engine/communication/roleplay';

// MODEL.md is what instructors read: its scoring table must say what the engine does.
const model = readFileSync('src/widgets/complaint-roleplay/MODEL.md', 'utf8');

describe('MODEL.md agrees with the engine', () => {
  it('lists every behaviour once, with its step and points', () => {
    const rows = [...model.matchAll(/^\| ([^|]+) \| ([^|]+) \| ([^|]+) \|$/gm)].slice(2); // skip header and rule
    const listed = new Map<string, { step: string; points: number }>();
    for (const [, labels, step, points] of rows) {
      const value = Number(points!.replace('各', '').replace('−', '-').trim());
      for (const label of labels!.split('；')) listed.set(label.trim(), { step: step!.trim(), points: value });
    }
    expect([...listed.keys()].sort()).toEqual(Object.values(BEHAVIOURS).map((b) => b.label).sort());
    for (const b of Object.values(BEHAVIOURS)) {
      expect(listed.get(b.label), b.key).toEqual({ step: PROCESS_STEPS.find((s) => s.key === b.step)!.label, points: b.points });
    }
  });

  it('gives every step its target', () => {
    const targets = /目标分：([^。]+)。/.exec(model)![1]!;
    for (const step of PROCESS_STEPS) expect(targets).toContain(`${step.label} ${step.target}`);
  });
});
