import { readdirSync, readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import {
  acquisitionCostByChannel,
  associationRuleMetrics,
  classifyAbc,
  complaintHandlingKpis,
  complaintIceberg,
  customerLifetimeValue,
  customerProfitability,
  customerSatisfactionScore,
  erlangC,
  erlangCTable,
  importancePerformance,
  mixtureRetention,
  netPromoterScore,
  pooledCohortRetention,
  rateCredit5c,
  repurchaseRate,
  retentionRate,
  scoreByRank,
  segmentCn8,
  transactionsFromRecords,
  validateQuizSet,
  weightedScorecard,
  winBackPriority,
  type NumberQuestion,
  type QuizQuestion,
  type QuizSet,
} from '~/engine';
import { loadChapters } from './load';

/*
 * The quizzes in content/quizzes/: one file per chapter, a self-check of 6–8 questions in every chapter, the scenario
 * quizzes of chapters 2 and 4, each placed in its chapter. Every number a question asks for, and every choice whose
 * answer is computed (a segment, a quadrant, a ranking), is recomputed here with the engine from the question's own
 * inputs, so a quiz can never teach a number the course's formulas do not give.
 */

const ROOT = 'content/quizzes';
const chapters = loadChapters();
const quizzes = readdirSync(ROOT)
  .filter((name) => name.endsWith('.yaml'))
  .sort()
  .map((name) => ({ slug: name.replace(/\.yaml$/, ''), sets: (yaml.load(readFileSync(`${ROOT}/${name}`, 'utf8')) as { sets: QuizSet[] }).sets }));
const SCENARIO_QUIZZES: Record<string, string[]> = { '02-crm-technology': ['crm-functions-quiz'], '04-customer-acquisition': ['acquisition-strategy-quiz'] };

function question(key: string): QuizQuestion {
  const [slug, setId, id] = key.split('/');
  const found = quizzes.find((q) => q.slug === slug)?.sets.find((s) => s.id === setId)?.questions.find((q) => q.id === id);
  if (!found) throw new Error(`no question ${key}`);
  return found;
}

/** A number question's own text must carry the inputs the check uses (so the check cannot drift from the question). */
function mentions(key: string, ...texts: string[]): void {
  const q = question(key);
  const words = [q.scenario ?? '', q.prompt, JSON.stringify(q.table ?? '')].join(' ');
  for (const text of texts) expect(words, `${key} should mention “${text}”`).toContain(text);
}

const customersWithOrders = (groups: readonly [count: number, orders: number][]) =>
  transactionsFromRecords(
    groups.flatMap(([count, orders], g) =>
      Array.from({ length: count }, (_, c) => Array.from({ length: orders }, (_, k) => ({ customer: `g${g}c${c}`, date: `2025-04-${String(k + 1).padStart(2, '0')}`, amount: 30 }))).flat(),
    ),
  );

/** Engine recomputations of every number question's answer, and what each was checked against by hand. */
const NUMBER_CHECKS: Record<string, () => number> = {
  // 150 ÷ (1.1 − 0.75) − 100 = 328.57 (by hand).
  '01-crm-philosophy/self-check/q7': () => {
    mentions('01-crm-philosophy/self-check/q7', 'm = 150', 'd = 10%', 'r = 75%', 'c = 100');
    return customerLifetimeValue({ margin: 150, retention: 0.75, discount: 0.1, acquisition: 100 }).clv;
  },
  // (60 ÷ 200) ÷ (300 ÷ 2,000) = 0.3 ÷ 0.15 = 2 (by hand).
  '02-crm-technology/self-check/q5': () => {
    mentions('02-crm-technology/self-check/q5', '2,000 张', '200 张含尿布', '300 张含啤酒', '60 张同时含');
    return associationRuleMetrics({ transactions: 2000, antecedent: 200, consequent: 300, both: 60 }).lift!;
  },
  // 11 agents reach 80.9 % (chapter 2's method); 11 ÷ 0.75 = 14.67 → 15 (by hand).
  '02-crm-technology/self-check/q6': () => {
    mentions('02-crm-technology/self-check/q6', '60 通', '240 秒', '80/20', '25%');
    return erlangC({ calls: 60, interval: 1800, aht: 240, target: 20, sl: 0.8, shrinkage: 0.25 }).scheduledStaff;
  },
  // 1,500,000 × 12% − 110,000 − 1,500,000 × 2% = 40,000 (by hand).
  '03-customer-selection/self-check/q1': () => {
    mentions('03-customer-selection/self-check/q1', '1,500,000', '12%', '110,000', '2%');
    return customerProfitability([{ customer: '印刷厂客户', revenue: 1_500_000, marginRate: 0.12, serviceCost: 110_000, paymentDays: 30, badDebtRate: 0.02 }])[0]!.profit;
  },
  // 0.4 × 4 + 0.3 × 3 + 0.2 × 2 + 0.1 × 5 = 3.4 (by hand).
  '03-customer-selection/self-check/q7': () =>
    weightedScorecard(
      [
        { name: '盈利能力', weight: 0.4, score: 4 },
        { name: '信用与付款', weight: 0.3, score: 3 },
        { name: '定位匹配', weight: 0.2, score: 2 },
        { name: '成长潜力', weight: 0.1, score: 5 },
      ],
      { develop: 3.5, watch: 2.5 },
    ).score,
  // 6,000 ÷ (300 × 20%) = 100 (by hand).
  '04-customer-acquisition/self-check/q1': () => {
    mentions('04-customer-acquisition/self-check/q1', '6,000 元', '300 位', '20%');
    return acquisitionCostByChannel([{ channel: '短视频广告', cost: 6000, newCustomers: 300, repeatRate: 0.2 }]).channels[0]!.costPerRetainedCustomer!;
  },
  // 70 × 0.3 + 90 × 0.25 + 80 × 0.2 + 60 × 0.15 + 75 × 0.1 = 76 (by hand).
  '05-customer-information/self-check/q1': () => {
    mentions('05-customer-information/self-check/q1', '品格 70', '能力 90', '资本 80', '抵押 60', '条件 75');
    return rateCredit5c({ character: 70, capacity: 90, capital: 80, collateral: 60, conditions: 75 }, { weights: { character: 0.3, capacity: 0.25, capital: 0.2, collateral: 0.15, conditions: 0.1 } }).score;
  },
  // D has 9 days; 4 customers have more (L = 4): 1 + floor(5 × 4 ÷ 8) = 3 (by hand).
  '06-customer-tiering/self-check/q1': () => {
    const days = [2, 5, 5, 9, 14, 30, 45, 60];
    expect(question('06-customer-tiering/self-check/q1').table!.rows[0]!.slice(1)).toEqual(days);
    return scoreByRank(days, 5, 'lower')[3]!;
  },
  // Shares before: 0, 40, 60, 75 … %: three below 70 % (by hand).
  '06-customer-tiering/self-check/q2': () => {
    mentions('06-customer-tiering/self-check/q2', '400、200、150、100、80、40、30');
    const values = [400, 200, 150, 100, 80, 40, 30];
    return classifyAbc(values.map((value, i) => ({ customer: `K${i + 1}`, value }))).summary.A.customers;
  },
  // 1,000 ÷ 1.1 + 600 ÷ 1.21 + 360 ÷ 1.331 = 909.09 + 495.87 + 270.47 = 1,675.43 (by hand).
  '06-customer-tiering/self-check/q3': () => customerLifetimeValue({ margin: 1000, retention: 0.6, discount: 0.1, years: 3 }).clv,
  // 40 ÷ 8% = 500; (500 − 40) × 40% = 184; 184 × 150 = 27,600 (by hand).
  '07-customer-communication/self-check/q1': () => {
    mentions('07-customer-communication/self-check/q1', '40 件', '8%', '40%', '150 元');
    return complaintIceberg({ complaints: 40, complaintRate: 0.08, silentChurnRate: 0.4, marginPerCustomerPerYear: 150 }).lostMarginPerYear;
  },
  // 135 ÷ 180 = 75 % (by hand).
  '07-customer-communication/self-check/q2': () =>
    complaintHandlingKpis({ complaints: 250, resolvedAtFirstContact: 150, closedOnTime: 200, followedUp: 180, satisfiedAtFollowUp: 135, repeatComplaints: 10 }).complaintSatisfaction! * 100,
  // 9 promoters, 5 detractors of 20: 45 − 25 = 20 (counted by hand).
  '08-customer-satisfaction/self-check/q1': () => {
    const answers = [10, 9, 7, 6, 9, 8, 10, 4, 9, 7, 10, 5, 8, 9, 6, 10, 7, 9, 3, 8];
    mentions('08-customer-satisfaction/self-check/q1', answers.join('、'));
    return netPromoterScore(answers).nps!;
  },
  // (12 + 8) ÷ 30 = 66.67 % (by hand).
  '08-customer-satisfaction/self-check/q2': () => {
    const answers = [...Array(2).fill(1), ...Array(3).fill(2), ...Array(5).fill(3), ...Array(12).fill(4), ...Array(8).fill(5)];
    return customerSatisfactionScore(answers).csat!;
  },
  // (130 + 110 + 40) ÷ 500 = 56 % (by hand).
  '09-customer-loyalty/self-check/q1': () => {
    const rate = repurchaseRate(customersWithOrders([[220, 1], [130, 2], [110, 3], [40, 6]]), { by: 'day' });
    expect(rate.customers).toBe(500);
    return rate.rate! * 100;
  },
  // 560 ÷ 800 = 70 % (by hand).
  '09-customer-loyalty/self-check/q2': () => retentionRate({ startCustomers: 800, retained: 560 }).retention! * 100,
  // (120 + 150) ÷ (200 + 300) = 54 % (by hand).
  '09-customer-loyalty/self-check/q3': () => pooledCohortRetention([{ size: 200, active: [200, 120] }, { size: 300, active: [300, 150] }]).share[1]! * 100,
  // 600 ÷ 0.22 − 600 ÷ 0.25 = 2,727.27 − 2,400 = 327.27 (by hand).
  '10-customer-winback/self-check/q1': () =>
    customerLifetimeValue({ margin: 600, retention: 0.88, discount: 0.1 }).clv - customerLifetimeValue({ margin: 600, retention: 0.85, discount: 0.1 }).clv,
  // Year 2: (324 + 150) ÷ (360 + 300) = 474 ÷ 660 = 71.8 % (by hand).
  '10-customer-winback/self-check/q2': () =>
    mixtureRetention([{ name: '稳定型', customers: 400, retention: 0.9 }, { name: '摇摆型', customers: 600, retention: 0.5 }], 2).retention[1]! * 100,
};

/** Choice questions whose right option is computed: the engine's result, mapped to the option id. */
const CHOICE_CHECKS: Record<string, () => string> = {
  // Per retained customer: 3,000 ÷ 30 = 100, 1,800 ÷ 30 = 60, 1,200 ÷ 27 = 44.4 (by hand): 丙.
  '04-customer-acquisition/self-check/q8': () => {
    const rows = question('04-customer-acquisition/self-check/q8').table!.rows;
    const channels = rows.map(([name, cost, customers, rate]) => ({ channel: String(name), cost: Number(cost), newCustomers: Number(customers), repeatRate: Number(String(rate).replace('%', '')) / 100 }));
    const cheapest = acquisitionCostByChannel(channels).cheapestPerRetainedCustomer!;
    return ['a', 'b', 'c'][channels.findIndex((c) => c.channel === cheapest)]!;
  },
  // R 4 > 3.0, F 2 ≤ 3.2, M 5 > 3.1: R高 F低 M高 (by hand).
  '06-customer-tiering/self-check/q4': () => segmentCn8(4, 2, 5, 3.0, 3.2, 3.1).key,
  // Axes at 3.6 and 3.65: importance 3.0 低, performance 4.2 高 (by hand).
  '08-customer-satisfaction/self-check/q4': () => {
    const rows = question('08-customer-satisfaction/self-check/q4').table!.rows;
    const result = importancePerformance(rows.map(([item, importance, performance]) => ({ item: String(item), importance: Number(importance), performance: Number(performance) })));
    return result.items.find((i) => i.item === '包装美观')!.quadrant;
  },
  // Win-back list: B 990, E 900, A 750; C lost, D active (by hand).
  '10-customer-winback/self-check/q3': () => {
    const rows = question('10-customer-winback/self-check/q3').table!.rows;
    const list = winBackPriority(rows.map(([customer, value, pAlive]) => ({ customer: String(customer), value: Number(value), pAlive: Number(pAlive) })));
    return list.find((e) => e.rank === 1)!.customer.toLowerCase();
  },
};
const QUADRANT_OPTIONS: Record<string, string> = { 'keep-up': 'keep', concentrate: 'improve', 'low-priority': 'low', overkill: 'overkill' };

describe('quiz files', () => {
  it('one per chapter, named by its slug, each with a self-check of 6–8 questions and the chapter’s scenario quiz', () => {
    expect(quizzes.map((q) => q.slug)).toEqual(chapters.map((c) => c.slug));
    for (const { slug, sets } of quizzes) {
      const ids = sets.map((s) => s.id);
      expect(ids.sort(), slug).toEqual(['self-check', ...(SCENARIO_QUIZZES[slug] ?? [])].sort());
      for (const set of sets) {
        expect(validateQuizSet(set), `${slug}/${set.id}`).toEqual([]);
        if (set.id === 'self-check') expect(set.questions.length, `${slug} self-check`).toBeGreaterThanOrEqual(6);
        expect(set.questions.length, `${slug}/${set.id}`).toBeLessThanOrEqual(8);
      }
    }
  });

  it('mix the kinds: every self-check has a choice, a true/false or multiple-answer question, and the whole course a number question per chapter with formulas', () => {
    for (const { slug, sets } of quizzes) {
      const kinds = new Set(sets.find((s) => s.id === 'self-check')!.questions.map((q) => q.kind));
      expect(kinds.has('single'), slug).toBe(true);
      expect(kinds.has('true-false') || kinds.has('multiple'), slug).toBe(true);
    }
    const withNumbers = quizzes.filter(({ sets }) => sets.some((s) => s.questions.some((q) => q.kind === 'number'))).map((q) => q.slug);
    expect(withNumbers).toEqual(['01-crm-philosophy', '02-crm-technology', '03-customer-selection', '04-customer-acquisition', '05-customer-information', '06-customer-tiering', '07-customer-communication', '08-customer-satisfaction', '09-customer-loyalty', '10-customer-winback']);
  });

  it('teach: every explanation is at least 60 characters, and a multiple-answer question explains its wrong options', () => {
    for (const { slug, sets } of quizzes) {
      for (const set of sets) {
        for (const q of set.questions) {
          expect([...q.explanation].length, `${slug}/${set.id}/${q.id}`).toBeGreaterThanOrEqual(60);
          if (q.kind === 'multiple') {
            for (const o of q.options.filter((o) => !q.answer.includes(o.id))) expect(o.why, `${slug}/${set.id}/${q.id}/${o.id}`).toBeTruthy();
          }
        }
      }
    }
  });

  it('write Chinese with full-width punctuation (no ASCII , ? : ; ! beside Chinese characters, no ASCII brackets around Chinese outside formulas)', () => {
    const texts = quizzes.flatMap(({ slug, sets }) =>
      sets.flatMap((set) => [
        [`${slug}/${set.id}/title`, set.title],
        [`${slug}/${set.id}/intro`, set.intro ?? ''],
        ...set.questions.flatMap((q) => [
          [`${slug}/${set.id}/${q.id}`, [q.scenario, q.prompt, q.explanation, q.see].join('\n')],
          ...('options' in q ? q.options.map((o) => [`${slug}/${set.id}/${q.id}/${o.id}`, `${o.text}\n${o.why ?? ''}`]) : []),
          ...(q.kind === 'number' ? (q.mistakes ?? []).map((m, i) => [`${slug}/${set.id}/${q.id}/mistake ${i}`, m.why]) : []),
        ]),
      ]),
    );
    // ASCII brackets stay in formulas: “÷ (1 − 缩减率)”, “P(alive)”.
    const proseBrackets = (text: string) => [...text.matchAll(/\(([^()]*)\)/g)].filter((m) => /[\u4e00-\u9fff]/.test(m[1]!) && !/[−+×÷=^·/]/.test(m[1]!));
    for (const [where, text] of texts as [string, string][]) {
      expect(text, where).not.toMatch(/[\u4e00-\u9fff][,?:;!]|[,?:;!][\u4e00-\u9fff]/);
      expect(proseBrackets(text).map((m) => m[0]), where).toEqual([]);
    }
  });

  it('send the learner back to a heading that exists in the chapter', () => {
    for (const { slug, sets } of quizzes) {
      const body = chapters.find((c) => c.slug === slug)!.body;
      const headings = [...body.matchAll(/^#{2,3} (.+)$/gm)].map((m) => m[1]!.replace(/\s+/g, ''));
      for (const set of sets) for (const q of set.questions) if (q.see) expect(headings, `${slug}/${set.id}/${q.id}: ${q.see}`).toContain(q.see.replace(/\s+/g, ''));
    }
  });
});

describe('the chapters place their quizzes', () => {
  it.each(chapters.map((c) => c.slug))('%s: the self-check island ends the body (just before 思考与实践), and every set is listed in widgets', (slug) => {
    const chapter = chapters.find((c) => c.slug === slug)!;
    expect(chapter.body).toContain("import SelfCheck from '../../src/components/islands/SelfCheckIsland.astro';");
    expect(chapter.body.trimEnd().endsWith(`<SelfCheck chapter="${slug}" />`)).toBe(true);
    for (const set of SCENARIO_QUIZZES[slug] ?? []) {
      expect(chapter.body).toContain(`<SelfCheck chapter="${slug}" set="${set}" />`);
      expect(chapter.body).not.toContain(`<WidgetSlot name="${set}"`);
    }
    expect(chapter.data.widgets).toEqual(expect.arrayContaining(['self-check', ...(SCENARIO_QUIZZES[slug] ?? [])]));
  });
});

describe('numbers in the quizzes, recomputed by the engine', () => {
  const numberQuestions = quizzes.flatMap(({ slug, sets }) => sets.flatMap((s) => s.questions.filter((q): q is NumberQuestion => q.kind === 'number').map((q) => [`${slug}/${s.id}/${q.id}`, q] as const)));

  it('every number question has a check, and every check a question', () => {
    expect(numberQuestions.map(([key]) => key).sort()).toEqual(Object.keys(NUMBER_CHECKS).sort());
  });

  it.each(numberQuestions)('%s', (key, q) => {
    const computed = NUMBER_CHECKS[key]!();
    expect(Math.abs(computed - q.answer), `${key}: engine ${computed}, quiz ${q.answer}`).toBeLessThanOrEqual(Math.max(q.tolerance, 0.005) + 1e-9);
    // No typical mistake may be the right answer.
    for (const m of q.mistakes ?? []) expect(Math.abs(m.value - computed)).toBeGreaterThan(q.tolerance);
  });

  it.each(Object.keys(CHOICE_CHECKS))('%s (a computed choice)', (key) => {
    const q = question(key);
    const computed: string = CHOICE_CHECKS[key]!();
    expect(q.kind).toBe('single');
    expect(q.kind === 'single' && q.answer).toBe(QUADRANT_OPTIONS[computed] ?? computed);
  });

  it('the Erlang C table of chapter 2’s staffing question matches the engine, cell by cell (one decimal)', () => {
    const q = question('02-crm-technology/self-check/q6');
    const rows = erlangCTable({ calls: 60, interval: 1800, aht: 240, target: 20, sl: 0.8 }, 9, 13);
    const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
    expect(q.table!.rows).toEqual(rows.map((r) => [r.agents, pct(r.probabilityOfWaiting), pct(r.serviceLevel), `${r.asa.toFixed(1)} 秒`]));
  });
});
