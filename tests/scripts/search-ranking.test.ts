import { describe, expect, it } from 'vitest';
import { bestSections, excerptAtBoundary, matchAnchor, pageKind, rankSearchPages, topicHeadings, type SearchPage } from '~/scripts/search-ranking';

const section = (title: string, excerpt: string, locations = 1) => ({ title, url: `#${title}`, excerpt, locations: Array.from({ length: locations }, (_, i) => i) });
const page = (url: string, title: string, sections: ReturnType<typeof section>[], excerpt = sections[0]?.excerpt ?? ''): SearchPage => ({ url, excerpt, meta: { title }, sub_results: sections });

// Shaped like Pagefind's answers for “RFM” and “投诉” (short pages first: Pagefind favours them).
const datasets = page('/datasets/', '数据集', [section('R 包 rfm 的示例订单', 'R 软件包 <mark>rfm</mark> 0.3.0 附带的示例订单', 9)]);
const keyAccounts = page('/labs/key-accounts/', '大客户管理', [section('实训目标', '能结合 <mark>RFM</mark> 和客户终身价值判断')]);
const tiering = page('/chapters/06-customer-tiering/', '第六章 客户分级', [
  section('第二节 如何对客户分级', 'ABC 分析法、<mark>RFM</mark> 分析法'),
  section('二、RFM 分析法', '<mark>RFM</mark> 分析法用客户的交易记录', 6),
  section('RFM 计算器', '<mark>RFM</mark> 计算器', 9),
]);
const winback = page('/chapters/10-customer-winback/', '第十章 客户挽回', [section('二、用 RFM 的变化发现流失苗头', '用 <mark>RFM</mark> 的变化')]);
const nothing = page('/chapters/02-crm-technology/', '第二章 客户关系管理的技术', [section('三、主要功能', '客户价值分析（ABC、<mark>RF</mark>）')]);

describe('rankSearchPages', () => {
  it('puts the chapters whose headings name the query first, the one with most such headings on top', () => {
    const ranked = rankSearchPages([datasets, keyAccounts, tiering, winback, nothing], 'RFM');
    expect(ranked.map((p) => p.url)).toEqual(['/chapters/06-customer-tiering/', '/chapters/10-customer-winback/', '/datasets/', '/labs/key-accounts/', '/chapters/02-crm-technology/']);
  });

  it('ranks a chapter above labs named after the query, in Traditional pages too', () => {
    const labA = page('/zh-hant/labs/logistics-complaints/', '物流客戶投訴受理', [section('實訓目標', '<mark>投訴</mark>的主要原因')]);
    const labB = page('/zh-hant/labs/satisfaction-survey/', '客戶滿意度管理：問卷設計與投訴處理', [section('實訓情境', '今年<mark>投訴</mark>比去年多')]);
    const chapter7 = page('/zh-hant/chapters/07-customer-communication/', '第七章 客戶溝通', [
      section('一、客戶溝通的作用', '建議和<mark>投訴</mark>'),
      section('第四節 如何處理客戶投訴', '客戶<mark>投訴</mark>，是客戶對企業'),
      section('一、客戶投訴的原因', '<mark>投訴</mark>的根本原因'),
    ]);
    expect(rankSearchPages([labA, labB, chapter7], '投訴').map((p) => p.url)).toEqual([chapter7.url, labA.url, labB.url]);
  });

  it('keeps Pagefind’s order among pages alike, and puts the query as written before scattered words', () => {
    const scattered = page('/glossary/', '名词解释', [section('名词解释', '<mark>终身</mark>……<mark>价值</mark>')]);
    const exact = page('/labs/a/', '实训', [section('任务', '客户<mark>终身价值</mark>')]);
    expect(rankSearchPages([scattered, exact], '终身价值').map((p) => p.url)).toEqual(['/labs/a/', '/glossary/']);
    expect(rankSearchPages([keyAccounts, datasets], 'ABC').map((p) => p.url)).toEqual(['/labs/key-accounts/', '/datasets/']);
  });

  it('never changes its input', () => {
    const input = Object.freeze([datasets, tiering]);
    expect(rankSearchPages(input, 'RFM')).not.toBe(input);
    expect(input.map((p) => p.url)).toEqual(['/datasets/', '/chapters/06-customer-tiering/']);
  });
});

describe('topicHeadings and pageKind', () => {
  it('counts headings that name the query, ignoring case and spaces', () => {
    expect(topicHeadings(tiering, 'rfm')).toBe(2);
    expect(topicHeadings(tiering, 'RFM分析法')).toBe(1);
    expect(topicHeadings(tiering, '  ')).toBe(0);
  });

  it.each([
    ['/chapters/06-customer-tiering/', 'chapter'],
    ['/zh-hant/chapters/07-customer-communication/#x', 'chapter'],
    ['/labs/key-accounts/', 'lab'],
    ['/zh-hant/labs/key-accounts/', 'lab'],
    ['/datasets/', 'other'],
    ['/glossary/', 'other'],
  ])('%s is a %s', (url, kind) => {
    expect(pageKind(url)).toBe(kind);
  });
});

describe('bestSections', () => {
  it('shows the sections whose headings name the query, in page order', () => {
    const chapter = page('/chapters/07/', '第七章', [
      section('一、客户沟通的作用', '询问、建议和<mark>投诉</mark>', 9),
      section('第四节 如何处理客户投诉', '客户<mark>投诉</mark>', 2),
      section('二、重视客户投诉的意义', '<mark>投诉</mark>是“第二次机会”', 3),
      section('三、处理客户投诉的过程', '<mark>投诉</mark>处理流程', 1),
    ]);
    expect(bestSections(chapter, '投诉', 3).map((s) => s.title)).toEqual(['第四节 如何处理客户投诉', '二、重视客户投诉的意义', '三、处理客户投诉的过程']);
  });
});

describe('excerptAtBoundary: snippets start where a sentence starts (Pagefind’s excerpts, checked by hand)', () => {
  it.each([
    ['-key 用的是同一段计算代码，数字完全一致。 零售：<mark>RFM </mark>八类（5 档、排名法、分析日期为最后一笔', '零售：<mark>RFM </mark>八类（5 档、排名法、分析日期为最后一笔…'],
    ['、<mark>RFM </mark>分析法. <mark>RFM </mark>分析法用客户的交易记录，从三个方面衡量客户：', '<mark>RFM </mark>分析法用客户的交易记录，从三个方面衡量客户：…'],
    ['的年末旺季、少数客户贡献大部分收入；适合把课堂上学的 <mark>RFM </mark>和 ABC 用到真实数据上', '适合把课堂上学的 <mark>RFM </mark>和 ABC 用到真实数据上…'],
    ['包 <mark>rfm </mark>的示例订单. R 软件包 <mark>rfm </mark>0.3.0 附带的示例订单（合成数据）：995 位客户', 'R 软件包 <mark>rfm </mark>0.3.0 附带的示例订单（合成数据）：995 位客户…'],
    ['金额 = 退货）。数据按下单时间排序，可直接用于 <mark>RFM</mark>、ABC 和客户终身价值计算。', '数据按下单时间排序，可直接用于 <mark>RFM</mark>、ABC 和客户终身价值计算。'],
  ])('%s', (excerpt, expected) => {
    expect(excerptAtBoundary(excerpt)).toBe(expected);
  });

  it('keeps a sentence that holds the only match, cutting at a clause instead and saying so', () => {
    expect(excerptAtBoundary('的特征，用 <mark>RFM</mark> 看最近还来不来')).toBe('…用 <mark>RFM</mark> 看最近还来不来…');
    expect(excerptAtBoundary('<mark>RFM</mark> 分析法用客户的交易记录。后面没有匹配。')).toBe('<mark>RFM</mark> 分析法用客户的交易记录。后面没有匹配。');
  });

  it('never cuts inside an escaped character or a tag', () => {
    expect(excerptAtBoundary('A &amp; B；C &lt; <mark>D</mark>')).toBe('C &lt; <mark>D</mark>…');
  });
});

describe('matchAnchor', () => {
  // Shaped like Pagefind's answer for the glossary: one word per Chinese character, an anchor per entry (a div with
  // an id, at the index of its first word), no heading with an id to make a section of.
  const entry = (id: string, location: number) => ({ element: 'div', id, location });
  const glossary = (locations: number[]): SearchPage => ({
    url: '/glossary/',
    excerpt: '',
    meta: { title: '名词解释' },
    sub_results: [{ title: '名词解释', url: '/glossary/', excerpt: '' }],
    locations,
    anchors: [entry('abc-analysis', 40), entry('customer-delivered-value', 100), entry('customer-lifetime-value', 160), entry('customer-total-value', 220)],
  });

  it('links to the entry that holds the query as written, not its characters scattered over other entries', () => {
    // 帕累托 in the aliases of the ABC entry (60–62); 帕 and 托 alone further on.
    expect(matchAnchor(glossary([60, 61, 62, 230, 250]))).toBe('/glossary/#abc-analysis');
  });

  it('prefers the entry the query opens (its own term) to an earlier entry whose text mentions it', () => {
    // 终身价值 in 客户让渡价值's definition (130–133), then as the term 客户终身价值 (162–165), 价值 everywhere.
    expect(matchAnchor(glossary([104, 105, 130, 131, 132, 133, 162, 163, 164, 165, 224, 225]))).toBe('/glossary/#customer-lifetime-value');
  });

  it('gives null for a page with no element with an id, or no match', () => {
    expect(matchAnchor({ ...glossary([60, 61]), anchors: [] })).toBeNull();
    expect(matchAnchor(glossary([]))).toBeNull();
    expect(matchAnchor({ ...glossary([10, 11]) })).toBeNull(); // before the first entry
  });
});

