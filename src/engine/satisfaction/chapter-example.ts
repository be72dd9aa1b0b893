/**
 * Chapter 8's three worked examples, as printed:
 * - 用 20 份问卷计算 NPS 和 CSAT (鲜邻超市): recommend 0–10 and overall satisfaction 1–5 of 20 shoppers;
 *   NPS = 40 − 25 = 15, CSAT = 14 ÷ 20 = 70 %, mean satisfaction 78 ÷ 20 = 3.9.
 * - 迅达物流的服务质量差距表: five SERVQUAL dimensions' mean expectation and perception (1–7) and the
 *   importance weights; gaps −0.2, −1.2, −0.8, −0.3, +0.1, simple mean −0.48, weighted mean −0.67.
 * - 鲜邻超市的重要性—绩效分析: six items' mean importance and performance (1–5); axes at 3.8 and 3.73.
 * Source: content/chapters/08-customer-satisfaction.mdx; tests/fixtures/chapter-examples/08-customer-satisfaction.json.
 */
export const SATISFACTION_CHAPTER_EXAMPLE = Object.freeze({
  id: 'ch08-examples',
  title: '例题：第八章（鲜邻超市 20 份问卷、迅达物流差距表、鲜邻超市 IPA）',
  survey: Object.freeze({
    title: '用 20 份问卷计算 NPS 和 CSAT（鲜邻超市）',
    recommend: Object.freeze([10, 9, 8, 6, 9, 7, 10, 3, 8, 5, 9, 7, 10, 8, 6, 9, 4, 7, 9, 8]),
    overall: Object.freeze([5, 5, 4, 3, 4, 4, 5, 2, 4, 3, 5, 3, 5, 4, 4, 4, 2, 4, 5, 3]),
  }),
  servqual: Object.freeze({
    title: '迅达物流的服务质量差距表',
    scale: Object.freeze({ min: 1, max: 7 }),
    dimensions: Object.freeze(
      ([
        ['有形性', 5.6, 5.4, 0.1],
        ['可靠性', 6.5, 5.3, 0.35],
        ['响应性', 6.2, 5.4, 0.25],
        ['保证性', 6.0, 5.7, 0.15],
        ['移情性', 5.5, 5.6, 0.15],
      ] as const).map(([dimension, expectation, perception, weight]) => Object.freeze({ dimension, expectation, perception, weight })),
    ),
  }),
  ipa: Object.freeze({
    title: '鲜邻超市的重要性—绩效分析',
    scale: Object.freeze({ min: 1, max: 5 }),
    items: Object.freeze(
      ([
        ['生鲜品质', 4.6, 3.6],
        ['价格', 4.4, 4.2],
        ['结账速度', 4.0, 3.2],
        ['店内环境', 3.5, 4.3],
        ['停车便利', 3.0, 3.1],
        ['会员积分', 3.3, 4.0],
      ] as const).map(([item, importance, performance]) => Object.freeze({ item, importance, performance })),
    ),
  }),
});
