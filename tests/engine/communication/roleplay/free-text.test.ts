import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BEHAVIOUR_KEYS, classifyReply, DEFAULT_RUBRIC, matchReplyToOption, rubricWithVariants, type ScenarioOption } from '~/engine/communication/roleplay';

const keys = (text: string) => classifyReply(text).behaviours.map((b) => b.key);

describe('classifyReply: the rubric reads a typed reply (each case checked against the patterns in behaviours.ts)', () => {
  it.each([
    ['非常抱歉,我理解您很着急,请问单号是多少?', ['apology', 'empathy', 'facts']],
    ['您是说周一寄出的标书还没到,对吗?', ['listen']],
    ['我把您的工单标为紧急,今天下午五点前给您回电。', ['classify', 'promise', 'followup', 'record']],
    ['我们全额退款,再免费补发一双。', ['remedy']],
    ['你急什么?这不归我管。', ['taboo']],
    ['是你自己没看清楚规定。', ['blame']],
    ['不是您的错,是我们的失误。', ['apology']],
    ['这是快递员的问题,跟我们没关系。', ['shirk']],
    ['我们会尽快处理,您再等等。', ['vague']],
    ['我保证一定马上送到!', ['overpromise']],
    ['你先听我说,不是这样的。', ['interrupt']],
    ['好的。', []],
  ])('%s → %j', (text, expected) => {
    expect(keys(text)).toEqual(expected);
  });

  it('keeps the words that matched, so the learner sees why', () => {
    const reading = classifyReply('对不起,对不起,给您添麻烦了');
    expect(reading.behaviours).toEqual([{ key: 'apology', matches: ['对不起', '添麻烦'] }]);
  });

  it('treats full-width and half-width digits alike', () => {
    expect(keys('明天１０点前送到')).toContain('promise');
  });

  it('reads Traditional Chinese once the rubric has its variants', () => {
    // A stand-in converter for the three characters the case needs (the widget uses the site's table).
    const convert = (s: string) => s.replace(/对/g, '對').replace(/歉/g, '歉').replace(/单/g, '單');
    const hant = rubricWithVariants(DEFAULT_RUBRIC, convert);
    // With the Simplified rubric alone, 對不起 / 請問 / 運單號 match nothing.
    expect(classifyReply('對不起,請問運單號?', DEFAULT_RUBRIC).behaviours).toEqual([]);
    expect(classifyReply('對不起', hant).behaviours.map((b) => b.key)).toEqual(['apology']);
    expect(hant.apology).toContain('對不起');
    expect(hant.apology.filter((p) => p === '抱歉')).toHaveLength(1); // unchanged patterns are not doubled
  });

  it('property: every behaviour of the rubric is found by at least one of its own patterns written out', () => {
    // A plain literal pattern (no regex syntax) must match itself.
    for (const key of BEHAVIOUR_KEYS) {
      const literal = DEFAULT_RUBRIC[key].find((p) => !/[\\()[\]{}|?*+.^$]/.test(p));
      if (literal) expect(keys(literal), `${key}: ${literal}`).toContain(key);
    }
  });

  it('property: adding text never removes a behaviour already found', () => {
    const phrases = fc.constantFrom('非常抱歉', '请问单号', '你急什么', '我理解您', '尽快处理', '今天下午五点前', '退款', '回电', '登记', '好的', '嗯');
    fc.assert(
      fc.property(fc.array(phrases, { maxLength: 5 }), fc.array(phrases, { maxLength: 5 }), (a, b) => {
        const before = new Set(keys(a.join(',')));
        const after = new Set(keys([...a, ...b].join(',')));
        for (const k of before) expect(after.has(k)).toBe(true);
      }),
    );
  });
});

describe('matchReplyToOption, scores worked by hand', () => {
  const option = (id: string, tags: ScenarioOption['tags']): ScenarioOption => ({ id, text: id, tags, quality: 'good', why: '测试用的选项。', next: 'x' });
  const options = Object.freeze([option('a', ['apology', 'empathy', 'listen']), option('b', ['taboo']), option('c', ['facts'])]);

  it('apology + empathy → A (A 2 − ½ = 1.5, B 0 − 1 − 1 = −2, C 0 − ½ − 1 = −1.5)', () => {
    const match = matchReplyToOption(classifyReply('对不起,我理解您'), options)!;
    expect(match.option.id).toBe('a');
    expect(match.ranking).toEqual([{ option: 'a', score: 1.5 }, { option: 'c', score: -1.5 }, { option: 'b', score: -2 }]);
    expect(match.shared).toEqual(['apology', 'empathy']);
    expect(match.missing).toEqual(['listen']);
    expect(match.extra).toEqual([]);
  });

  it('a rude phrase weighs double: apology + taboo → B (A 1 − 1 − 1 = −1, B 2 − ½ = 1.5, C 0 − ½ − ½ − 1 = −2)', () => {
    const match = matchReplyToOption(classifyReply('对不起,你急什么'), options)!;
    expect(match.option.id).toBe('b');
    expect(match.ranking.map((r) => r.score)).toEqual([1.5, -1, -2]);
  });

  it('ties go to the option with fewer tags, then to the one listed first', () => {
    const tied = [option('x', ['facts', 'record']), option('y', ['facts']), option('z', ['facts'])];
    // x: 1 − ½ = 0.5; y, z: 1 → y (listed before z)
    expect(matchReplyToOption(classifyReply('请问单号'), tied)!.option.id).toBe('y');
  });

  it('returns null when the reply shows nothing the rubric knows', () => {
    expect(matchReplyToOption(classifyReply('好的。'), options)).toBeNull();
    expect(matchReplyToOption(classifyReply('对不起'), [])).toBeNull();
  });
});
