import { describe, expect, it } from 'vitest';
import type { Paragraph } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { firstSentence, isBoldHeading, leadingBold, parseMdxBody, widgetImports } from '../../src/lib/slides-mdx';

const paragraph = (markdown: string) => parseMdxBody(markdown).children[0] as Paragraph;
const first = (markdown: string) => toString({ type: 'paragraph', children: firstSentence(paragraph(markdown).children) });

describe('firstSentence', () => {
  it.each([
    ['客户分级是把客户分层。分级之后配置资源。', '客户分级是把客户分层。'],
    ['**不同客户的价值差别很大。** 许多企业的经验是……', '不同客户的价值差别很大。'],
    ['按价值排序（例如一年的销售额。这是常用的）。然后分类。', '按价值排序（例如一年的销售额。这是常用的）。'],
    ['“好客户是什么？”老师问。大家回答。', '“好客户是什么？”老师问。'],
    ['本课程采用的规则是：', '本课程采用的规则是：'],
    ['<Term>客户价值</Term>有两种用法！学习时要分清。', '客户价值有两种用法！'],
  ])('%s → %s', (markdown, expected) => {
    expect(first(markdown)).toBe(expected);
  });
});

describe('the body’s imports and bold leads', () => {
  it('maps each component imported from src/ to its path under src/', () => {
    const root = parseMdxBody(
      "import RfmCalculator from '../../src/widgets/rfm-calculator/RfmCalculator.tsx';\nimport SelfCheck from '../../src/components/islands/SelfCheckIsland.astro';\nimport x from 'other';\n\n## 第一节 A\n",
    );
    expect([...widgetImports(root)]).toEqual([
      ['RfmCalculator', 'widgets/rfm-calculator/RfmCalculator.tsx'],
      ['SelfCheck', 'components/islands/SelfCheckIsland.astro'],
    ]);
  });

  it('reads a paragraph’s bold lead and tells a bold-only paragraph (a small heading)', () => {
    expect(leadingBold(paragraph('**练一练**：下面三种做法……'))).toBe('练一练');
    expect(leadingBold(paragraph('没有加粗。'))).toBeNull();
    expect(isBoldHeading(paragraph('**讨论题**'))).toBe(true);
    expect(isBoldHeading(paragraph('**练一练**：问题'))).toBe(false);
  });
});
