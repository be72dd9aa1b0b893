import { describe, expect, it } from 'vitest';
import { rubricSchema, RUBRIC_LEVELS } from '~/content-schema/rubric-schema';
import { loadMdx } from './load';

/*
 * Labs: every lab has a rubric as data (criteria, weights adding up to 1, a descriptor for each of 优/良/中/及格/不及格)
 * and a sample deliverable for the teacher; the front-desk lab carries the materials its tasks use, and its sample
 * answers follow its own rate table.
 */

interface LabData {
  title: string;
  tasks: { title: string; steps: string[]; deliverable: string }[];
  rubric: unknown;
}
const labs = loadMdx<LabData>('content/labs');
const byLab = labs.map((lab) => [lab.slug, lab] as const);

describe('lab rubrics and sample deliverables', () => {
  it.each(byLab)('%s: a rubric as data, each criterion tied to an existing task, five level descriptors', (_, lab) => {
    const rubric = rubricSchema.parse(lab.data.rubric);
    for (const criterion of rubric) {
      if (criterion.task) expect(criterion.task, criterion.id).toBeLessThanOrEqual(lab.data.tasks.length);
      expect(Object.keys(criterion.levels)).toEqual(RUBRIC_LEVELS.map((l) => l.key));
      expect(new Set(Object.values(criterion.levels)).size, `${criterion.id}: levels must differ`).toBe(5);
    }
    expect(lab.body, 'the rubric replaces the prose 考核方式').not.toMatch(/^## 考核方式/m);
  });

  it.each(byLab)('%s: a sample deliverable for the teacher, in a teacher-only block', (_, lab) => {
    const block = /<Teacher title="参考成果（教师）[^"]*">([\s\S]*?)<\/Teacher>/.exec(lab.body);
    expect(block, 'no <Teacher title="参考成果（教师）…"> block').not.toBeNull();
    expect(block![1]!.replace(/\s/g, '').length).toBeGreaterThan(200);
  });
});

describe('the front-desk lab’s materials', () => {
  const body = labs.find((l) => l.slug === 'logistics-front-desk')!.body;

  it('has the five 托运业务情景卡 its task reads, and the rate table', () => {
    const cards = /## 托运业务情景卡([\s\S]*?)\n## /.exec(body)![1]!;
    expect([...cards.matchAll(/^\| [1-5] \|/gm)]).toHaveLength(5);
    expect(body).toMatch(/^## 运价表/m);
  });

  /** The rate table as printed: destination → [standard first kg, each further kg, next-day first kg, further kg]. */
  const rates = new Map(
    [...body.matchAll(/^\| ([^|]+?) \| (\d+) 元 \| (\d+) 元 \| (?:(\d+) 元|不提供) \| (?:(\d+) 元|不提供) \|$/gm)].map((m) => [m[1]!, [m[2], m[3], m[4], m[5]].map(Number)]),
  );
  /** Freight by the lab's rules: chargeable weight = max(actual, L × W × H ÷ 6,000), rounded up to whole kilograms. */
  const freight = (zone: string, nextDay: boolean, kg: number, dims: [number, number, number]) => {
    const [first, more] = nextDay ? rates.get(zone)!.slice(2) : rates.get(zone)!.slice(0, 2);
    const chargeable = Math.max(1, Math.ceil(Math.max(kg, (dims[0] * dims[1] * dims[2]) / 6000) - 1e-9));
    return first! + (chargeable - 1) * more!;
  };

  it('prints a rate for every zone the cards use', () => {
    expect([...rates.keys()]).toEqual(['杭州同城', '浙江省内其他城市', '上海、江苏、安徽', '其他地区']);
  });

  it.each([
    ['card 1: 苏州, 7.4 kg, 40 × 30 × 30', () => freight('上海、江苏、安徽', false, 7.4, [40, 30, 30]), '**40 元**'],
    ['card 2: 上海 next day, repacked 3.6 kg, 40 × 30 × 25, insured 1,200, materials 15', () => freight('上海、江苏、安徽', true, 3.6, [40, 30, 25]) + 1200 * 0.005 + 15, '**59 元**'],
    ['card 4: 成都, two boxes of 12 kg, 50 × 40 × 30, each insured 5,000', () => 2 * (freight('其他地区', false, 12, [50, 40, 30]) + 5000 * 0.005), '**212 元**'],
    ['card 5: 宁波, 15.6 kg, 45 × 35 × 30', () => freight('浙江省内其他城市', false, 15.6, [45, 35, 30]), '**55 元**'],
  ])('the teacher’s answer for %s follows the rate table', (_, compute, printed) => {
    expect(`**${compute()} 元**`).toBe(printed);
    expect(body).toContain(printed);
  });
});
