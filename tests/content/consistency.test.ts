import { describe, expect, it } from 'vitest';
import { CN8_SEGMENTS, CREDIT_5C_CHAPTER_EXAMPLE } from '~/engine';
import { loadChapters, loadLabs } from './load';

/*
 * Places where two texts (or a text and a widget) teach the same rule: they must say the same thing.
 */

const chapters = loadChapters();
const labs = loadLabs();
const chapter = (slug: string) => chapters.find((c) => c.slug === slug)!;
const squash = (s: string) => s.replace(/\s+/g, '');

const SEGMENT = /(重要|一般)(价值|保持|发展|挽留)/g;
const TIERS = ['关键', '普通', '小'] as const;

/** The eight segments named in a clause, as full names (重要价值 → 重要价值客户). */
const segmentsIn = (clause: string) => [...clause.matchAll(SEGMENT)].map((m) => `${m[0]}客户`).sort();
/** What the engine (and the RFM calculator's “大致属于”) maps to a tier. */
const engineTier = (tier: string) => CN8_SEGMENTS.filter((s) => s.tier === `${tier}客户`).map((s) => s.name).sort();

describe('chapter 6: the RFM-segment-to-tier mapping', () => {
  const body = chapter('06-customer-tiering').body;

  it.each(TIERS)('the case 鲜邻超市的会员分级 puts the engine’s segments in the %s tier', (tier) => {
    const clause = new RegExp(`[^：；。]*为“${tier}会员”`).exec(body);
    expect(clause, `no clause ending in 为“${tier}会员”`).not.toBeNull();
    expect(segmentsIn(clause![0])).toEqual(engineTier(tier));
  });

  it.each(TIERS)('the note 与 RFM 八类的对应 puts the engine’s segments in the %s tier', (tier) => {
    const note = /<Note kind="tip" title="与 RFM 八类的对应">([\s\S]*?)<\/Note>/.exec(body)![1]!;
    const clause = new RegExp(`[^：；。]*多属于${tier}客户`).exec(note);
    expect(clause, `no clause ending in 多属于${tier}客户`).not.toBeNull();
    expect(segmentsIn(clause![0])).toEqual(engineTier(tier));
  });
});

describe('the ABC rule, as chapter 6 and the ABC widget apply it (docs/contracts.md §5)', () => {
  const texts = [...chapters.map((c) => [`chapters/${c.slug}`, c.body] as const), ...labs.map((l) => [`labs/${l.slug}`, l.body] as const)];

  it('no chapter or lab defines class A by the cumulative share including the customer (不超过 70%, 达到 70% 之前)', () => {
    for (const [where, text] of texts) expect(squash(text), where).not.toMatch(/累计[^。；]{0,8}(不超过|达到)70%/);
  });

  it.each(['06-customer-tiering', 'key-accounts', 'logistics-key-accounts'])('%s states the rule by the customers ranked before', (slug) => {
    const text = squash([...texts].find(([where]) => where.endsWith(`/${slug}`))![1]).replace(/\*/g, '');
    expect(/排在(他|这位客户)?前面的客户的累计(占比|贡献率)[^。]{0,40}低于70%的为A类/.test(text), slug).toBe(true);
  });
});

describe('chapter 5: the credit policy covers every grade of the scale', () => {
  const body = squash(chapter('05-customer-information').body);
  const policy = [...body.matchAll(/信用政策[^：。]*：([^。]*)。/g)].map((m) => m[1]!).find((text) => /款到发货/.test(text)) ?? '';

  it.each(CREDIT_5C_CHAPTER_EXAMPLE.bands.map((b) => [b.grade, b.termDays] as const))('%s: the chapter gives the term the rater uses (%i days)', (grade, termDays) => {
    const rule = new RegExp(`(?:^|；)${grade}级([^；]*)`).exec(policy);
    expect(rule, `${grade} 级 missing from “${policy}”`).not.toBeNull();
    const days = /(?:月结|账期)(\d+)天/.exec(rule![1]!);
    expect(days ? Number(days[1]) : rule![1]!.includes('款到发货') ? 0 : NaN).toBe(termDays);
  });
});

describe('《个人信息保护法》 is taught once (chapter 5) and linked from elsewhere', () => {
  const RULES = ['单独同意', '最小必要', '自动化决策', '大数据杀熟'];
  const LINK = '/chapters/05-customer-information/#三依法收集和使用客户信息';

  it('only chapter 5’s body explains the rules; chapter 2’s section links to it', () => {
    const teaching = chapters.filter((c) => RULES.filter((rule) => c.body.includes(rule)).length >= 3).map((c) => c.slug);
    expect(teaching).toEqual(['05-customer-information']);
    expect(chapter('05-customer-information').body).toMatch(/^### 三、依法收集和使用客户信息$/m);
    const section = /### 六、守住底线：个人信息保护([\s\S]*?)\n## /.exec(chapter('02-crm-technology').body)![1]!;
    expect(section).toContain(`](${LINK})`);
  });
});
