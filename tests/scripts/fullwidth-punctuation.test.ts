import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { brokenBold, convertFile } from '../../scripts/fullwidth-punctuation';
import { convertCode } from '../../scripts/fullwidth-punctuation-code';

// Expected lines written by hand from the rules in the script's header (Chinese prose gets full-width marks;
// code, formulas, numbers, English and syntax keep ASCII), not copied from the script's output.
const mdx = (line: string) => convertFile(line, 'mdx').text;
const yaml = (text: string) => convertFile(text, 'yaml').text;

describe('MDX prose', () => {
  it.each([
    ['gloss in parentheses, comma inside it', '客户关系管理(Customer Relationship Management,CRM),是', '客户关系管理（Customer Relationship Management，CRM），是'],
    ['thousands separator and clock time stay', '价格 1,234 元,时间 10:00', '价格 1,234 元，时间 10:00'],
    ['formula parentheses stay', '- 保留率 r = 70%:CLV = 120 ÷ (1.1 − 0.7) − 80 = **220 元**;', '- 保留率 r = 70%：CLV = 120 ÷ (1.1 − 0.7) − 80 = **220 元**；'],
    ['inline code stays', '公式 `P(等待) = (A^N/N!)`,占用率 = A ÷ N;', '公式 `P(等待) = (A^N/N!)`，占用率 = A ÷ N；'],
    ['function notation stays', '客户 P(alive) 却只有', '客户 P(alive) 却只有'],
    ['function of a formula stays', '得分 = 1 + floor(L ÷ 2),即 L 为 0–1', '得分 = 1 + floor(L ÷ 2)，即 L 为 0–1'],
    ['a label with its working is prose', '排序为 C05(2,500 × 0.32 = 800)、C01', '排序为 C05（2,500 × 0.32 = 800）、C01'],
    ['list numbers after Chinese', '常见误区:(1)CRM 就是软件;(2)CRM 就是', '常见误区：（1）CRM 就是软件；（2）CRM 就是'],
    ['attribute values are titles, tag syntax stays', '<Note kind="key" title="异同(思考题 2)">', '<Note kind="key" title="异同（思考题 2）">'],
    ['Latin before a Chinese gloss', '市场营销学里的 4P(产品、价格)', '市场营销学里的 4P（产品、价格）'],
    ['abbreviation after a Latin word in Chinese text', '| 社交化 CRM(SCRM) | 2010 年', '| 社交化 CRM（SCRM） | 2010 年'],
    ['gloss before an equals sign', '先算**话务强度** A(单位“爱尔朗”)= 来电量', '先算**话务强度** A（单位“爱尔朗”）= 来电量'],
    ['question marks inside quotes and after Latin', '“这件事由哪个模块完成?”打开 App?', '“这件事由哪个模块完成？”打开 App？'],
    ['link target stays', '见[第六章](/chapters/06-customer-tiering/),再算', '见[第六章](/chapters/06-customer-tiering/)，再算'],
    ['English stays', 'see Dick & Basu, 1994 (p. 3): done!', 'see Dick & Basu, 1994 (p. 3): done!'],
    ['space after a Chinese colon goes', '注意: 这个', '注意：这个'],
  ])('%s', (_name, input, expected) => {
    expect(mdx(input)).toBe(expected);
  });

  it.each([
    ['parenthesis moves out of the bold', '**客户满意度(CSAT)**是', '**客户满意度**（CSAT）是'],
    ['colon moves out of the bold', '**定义:**客户', '**定义**：客户'],
    ['bold followed by punctuation is left as is', '**识别(Identify)**:知道', '**识别（Identify）**：知道'],
  ])('bold: %s', (_name, input, expected) => {
    expect(mdx(input)).toBe(expected);
    expect(brokenBold(expected)).toEqual([]);
  });

  it('reports a bold marker it cannot fix', () => {
    expect(brokenBold('这是**“好客户”**的标准')).toHaveLength(2);
  });

  it('leaves fenced code, imports and the frontmatter syntax alone', () => {
    const text = ['---', 'title: 客户(一)', 'widgets: [think-practice]', '---', '', "import X from '../x';", '```', 'a(1): b', '```', '正文(注释)'].join('\n');
    expect(mdx(text).split('\n')).toEqual(['---', 'title: 客户（一）', 'widgets: [think-practice]', '---', '', "import X from '../x';", '```', 'a(1): b', '```', '正文（注释）']);
  });
});

describe('widget imports and islands', () => {
  // Chapters 3, 6 and 7 import widgets and place islands; the code must come out byte for byte.
  it('leaves a one-line island alone and converts the prose around it', () => {
    expect(mdx('下面的计算器(试一试):<RfmCalculator client:visible />')).toBe('下面的计算器（试一试）：<RfmCalculator client:visible />');
    expect(mdx('<ComplaintRoleplay />')).toBe('<ComplaintRoleplay />');
  });

  it('leaves a multi-line import or export alone up to the blank line that ends it', () => {
    const text = ['import {', '  RfmCalculator,', '} from "../../src/widgets/rfm-calculator/RfmCalculator.tsx";', 'export const labels = [', "  '问题(一)',", "  '原因:二',", '];', '', '正文(注释)'];
    expect(mdx(text.join('\n')).split('\n')).toEqual([...text.slice(0, 8), '正文（注释）']);
  });

  it('keeps the syntax of a multi-line tag and its expressions; quoted attribute values are titles', () => {
    const text = ['<ComplaintRoleplayIsland', '  scenario="parcel-delay"', '  title="投诉处理(角色扮演)"', "  labels={['开始:第一步',", "    '结束(归档)']}", '  client:visible', '/>', '之后(正文)'];
    const expected = [...text];
    expected[2] = '  title="投诉处理（角色扮演）"';
    expected[7] = '之后（正文）';
    expect(mdx(text.join('\n')).split('\n')).toEqual(expected);
  });

  it('keeps a text expression that spans lines', () => {
    const text = ['结果如下:{[', "  '问题(一),原因',", "].join('')}。"];
    expect(mdx(text.join('\n')).split('\n')).toEqual(['结果如下：{[', "  '问题(一),原因',", "].join('')}。"]);
  });
});

describe('YAML', () => {
  it('keeps keys and flow-list separators, converts inside items and block text', () => {
    const input = ['points: [背景,即特征, 竞争环境]', 'chapters: [05-customer-information, 06-customer-tiering]', '  - title: 任务一(2 学时)', 'body: |', '  第一段:讨论', '  key: 不是键,是正文', 'code: "16079402"'].join('\n');
    const expected = ['points: [背景，即特征, 竞争环境]', 'chapters: [05-customer-information, 06-customer-tiering]', '  - title: 任务一（2 学时）', 'body: |', '  第一段：讨论', '  key: 不是键，是正文', 'code: "16079402"'].join('\n');
    expect(yaml(input)).toBe(expected);
  });
});

describe('TypeScript and TSX source', () => {
  // Expected lines written by hand: only what a user reads (string literals, template text, JSX text and quoted
  // attribute values) changes; code, comments, keys, column names and the English of `中文(English)` stay.
  const ts = (line: string) => convertCode(line, false).text;
  const tsx = (line: string) => convertCode(line, true).text;

  it.each([
    ['a string literal', "title: '例题:佳味食品批发的十家客户',", "title: '例题：佳味食品批发的十家客户',"],
    ['template text around ${…}, the expression stays', 'const s = `导出失败:${r.message}(共 ${n.join(\',\')} 行)`;', 'const s = `导出失败：${r.message}（共 ${n.join(\',\')} 行）`;'],
    ['a gloss of code only is Chinese text', 'msg = `出了意外的问题(${e.message})`;', 'msg = `出了意外的问题（${e.message}）`;'],
    ['the English of an error keeps its brackets', "throw new EngineError('x', '还没有可分析的数据,请先选择数据(no data loaded; retry)');", "throw new EngineError('x', '还没有可分析的数据，请先选择数据(no data loaded; retry)');"],
    ['English after code in brackets', 'throw new E(`${zh}只能是 ${list},当前为 ${v}(${en} must be one of ${list}, got ${v})`);', 'throw new E(`${zh}只能是 ${list}，当前为 ${v}(${en} must be one of ${list}, got ${v})`);'],
    ['an abbreviation in brackets is a gloss', "label: '净推荐值(NPS)',", "label: '净推荐值（NPS）',"],
    ['one lowercase word in brackets is a gloss too', "story: '“买到不再买”(buy-till-you-die)模型,分群(rfm10)'", "story: '“买到不再买”（buy-till-you-die）模型，分群（rfm10）'"],
    ['object keys and column names stay', "const o = { '平均处理时长(秒)': aht, name: '年营收(万元)', header: '最近购买距今(天)', meaning: '营收(万元,近 12 个月)' };", "const o = { '平均处理时长(秒)': aht, name: '年营收(万元)', header: '最近购买距今(天)', meaning: '营收（万元，近 12 个月）' };"],
    ['a mark right after ${…} in Chinese text', 'const s = `A 类 ${a},B 类 ${b}:其余;共 ${n} 位`;', 'const s = `A 类 ${a}，B 类 ${b}：其余；共 ${n} 位`;'],
    ['a clock time between expressions stays', 'const s = `时间 ${h}:${m},共 ${n} 位`;', 'const s = `时间 ${h}:${m}，共 ${n} 位`;'],
    ['comments, code and strings without Chinese stay', "const a = f(x, y); // 注意:这里(不改)\nlabels.join(',') + '客户,'", "const a = f(x, y); // 注意:这里(不改)\nlabels.join(',') + '客户，'"],
    ['URLs stay', "'见 https://example.org/a,b:c 的说明,再算'", "'见 https://example.org/a,b:c 的说明，再算'"],
  ])('%s', (_name, input, expected) => {
    expect(ts(input)).toBe(expected);
  });

  it.each([
    ['JSX text, tags are invisible', '<p><strong>企业怎么做:</strong>{reading.strategy}</p>', '<p><strong>企业怎么做：</strong>{reading.strategy}</p>'],
    ['JSX text around an expression', '<caption>N = {w.n},{w.bins} 档:L(严格比他差的人数)对应的得分</caption>', '<caption>N = {w.n}，{w.bins} 档：L（严格比他差的人数）对应的得分</caption>'],
    ['attribute strings and templates', '<input aria-label={`${label}(百分数)`} title="分界线(A 类)" class="a:b" />', '<input aria-label={`${label}（百分数）`} title="分界线（A 类）" class="a:b" />'],
    ['a ternary and its strings inside JSX', "<li>{ok ? '✓ 正确' : '✗ 不对'}:{label}</li>", "<li>{ok ? '✓ 正确' : '✗ 不对'}：{label}</li>"],
  ])('TSX: %s', (_name, input, expected) => {
    expect(tsx(input)).toBe(expected);
  });

  it('parses a .ts file as TypeScript (a type assertion is not a tag)', () => {
    expect(ts("const n = <number>x; const s = '总计:' + n;")).toBe("const n = <number>x; const s = '总计：' + n;");
  });

  it('only ever swaps the seven marks (and drops spaces after them), never code or text outside the literal', () => {
    // Words with at most one mark after each, as in real sentences.
    const word = fc.constantFrom('客户', '好', 'A', 'CRM', '12', '${x}', '“是”', ' ');
    const mark = fc.constantFrom('', '', '(', ')', ',', ':', ';', '?', '!', '。');
    const ascii: Record<string, string> = { '，': ',', '：': ':', '；': ';', '？': '?', '！': '!', '（': '(', '）': ')' };
    fc.assert(
      fc.property(fc.array(fc.tuple(word, mark), { maxLength: 10 }), (pairs) => {
        const source = `f(a, b); const s = \`${pairs.map(([w, m]) => w + m).join('')}\`; g(c: d);`;
        const converted = ts(source);
        expect(converted.replace(/[，：；？！（）]/g, (c) => ascii[c]!).replace(/ /g, '')).toBe(source.replace(/ /g, ''));
        expect(converted.startsWith('f(a, b); const s = `')).toBe(true);
        expect(converted.endsWith('`; g(c: d);')).toBe(true);
        expect(converted.split('${x}').length).toBe(source.split('${x}').length);
      }),
    );
  });
});
