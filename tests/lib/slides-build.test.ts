import { describe, expect, it } from 'vitest';
import { buildSlides } from '../../src/lib/slides-build';
import type { LessonOutline, Slide } from '../../src/content-schema/slides-model';
import { loadChapters } from '../content/load';

const outline: LessonOutline = {
  label: '第六章',
  title: '客户分级',
  titleEn: 'Customer Tiering',
  hours: 4,
  summary: '本章讲客户分级。',
  objectives: ['了解区分客户的意义', '掌握客户分级的思路方法'],
  keyPoints: ['客户分级的思路方法'],
  sections: [{ heading: '第一节 为什么要对客户分级', points: ['客户价值'] }],
  questions: [1, 2, 3, 4].map((n) => ({ id: `q${n}`, text: `第${n}题？`, answerKey: `答案${n}：……` })),
  teacher: { methods: '讲授与案例讨论。', ideologyGoal: '提高个人价值。', ideologyCase: { title: '价值盘点', body: '第一段。\n\n第二段。' } },
};

const BODY = `import RfmCalculator from '../../src/widgets/rfm-calculator/RfmCalculator.tsx';
import SelfCheck from '../../src/components/islands/SelfCheckIsland.astro';

## 第一节 为什么要对客户分级

本节讲两件事。先讲价值，再讲分级。

### 一、客户价值

“<Term>客户价值</Term>”有两种用法。下面分别说明：

- **当前价值**：现在的利润。它看得见。
- **潜在价值**：将来的利润。需要估计。

这段话是讲课时说的，不上幻灯片。

<Note kind="warn" title="分级不等于歧视">

所有客户都应得到基本服务。

</Note>

<Example title="十位会员的分级">

鲜邻超市有十位会员。

| 会员 | 金额 |
| --- | --- |
| C01 | 100 |

**（1）算 R、F、M。** 先算天数。

- C01：3 天
- C02：42 天

**（2）打分。** 再打分。

</Example>

<RfmCalculator client:visible />

**练一练**：下面哪些属于直复营销？

<Reveal label="参考思路">

② 和 ③ 属于。

</Reveal>

<Case title="鲜邻超市的会员卡">

鲜邻超市十多年前推出了纸质会员卡。

</Case>

**讨论题**

1. 为什么纸质卡没有发挥作用？

<Reveal label="分析思路">

没有记录购买行为。

</Reveal>

2. 哪些体现了营销思想？

<Teacher title="案例使用建议">

先展示前两段。

</Teacher>

<SelfCheck chapter="06-customer-tiering" />
`;

const slides = buildSlides(outline, BODY);
const summary = (s: Slide) => `${s.kind}|${s.eyebrow}|${s.title}`;

describe('buildSlides on a small chapter', () => {
  it('takes a lecture’s order: title, objectives, the section, its point, then each example, case and widget as it comes, 思考与实践 last', () => {
    expect(slides.map(summary)).toEqual([
      'title|第六章|客户分级',
      'objectives|第六章 客户分级|目的与要求',
      'section|第六章|第一节 为什么要对客户分级',
      'point|第一节 为什么要对客户分级|一、客户价值',
      'note|注意|分级不等于歧视',
      'example|例题|十位会员的分级',
      'widget|互动练习|一、客户价值',
      'practice|一、客户价值|练一练',
      'case|案例|鲜邻超市的会员卡',
      'discussion|案例：鲜邻超市的会员卡|讨论题',
      'widget|互动练习|本章自测',
      'questions|第六章 客户分级|思考与实践',
    ]);
  });

  it('gives a section its first sentence and its 知识点, and a point its key sentence and bullet points (each item’s first sentence)', () => {
    const section = slides[2]!;
    expect(section.blocks.map((b) => b.html)).toEqual([expect.stringContaining('本节讲两件事。</p>'), expect.stringContaining('<li>一、客户价值</li>')]);
    expect(section.blocks[0]!.html).not.toContain('先讲价值');
    const point = slides[3]!;
    expect(point.blocks[0]!.html).toBe('<p class="slide-lead">“客户价值”有两种用法。</p>');
    expect(point.blocks[1]!.html).toContain('<strong>当前价值</strong>：现在的利润。</li>');
    expect(point.blocks[1]!.html).not.toContain('它看得见');
    expect(point.blocks.map((b) => b.html).join('')).not.toContain('讲课时说的');
  });

  it('shows a worked example’s problem at once and each later step on a key press (a list item by item)', () => {
    const example = slides[5]!;
    expect(example.blocks.map((b) => b.reveal ?? 'shown')).toEqual(['shown', 'shown', 'block', 'items', 'block']);
    expect(example.blocks[1]!.html).toContain('<td>C01</td>');
  });

  it('never opens a slide empty: a worked example’s part that starts with a step shows that step at once', () => {
    const steps = Array.from({ length: 30 }, (_, i) => `第 ${i + 1} 步的计算：${'数字'.repeat(20)}。`).join('\n\n');
    const parts = buildSlides(outline, `## 第一节 A\n\n### 一、B\n\n<Example title="长例题">\n\n题目。\n\n${steps}\n\n</Example>\n`).filter((s) => s.kind === 'example');
    expect(parts.length).toBeGreaterThan(2);
    for (const part of parts) expect(part.blocks[0]!.reveal).toBeUndefined();
    expect(parts.every((part) => part.blocks.slice(1).every((b) => b.reveal === 'block'))).toBe(true);
  });

  it('puts the chapter’s widgets live on their slides, with their props', () => {
    expect(slides[6]!.widget).toEqual({ source: 'widgets/rfm-calculator/RfmCalculator.tsx', props: {} });
    expect(slides[10]!.widget).toEqual({ source: 'components/islands/SelfCheckIsland.astro', props: { chapter: '06-customer-tiering' } });
  });

  it('joins a discussion’s numbered questions into one list and makes the answers and teacher blocks its notes', () => {
    const discussion = slides[9]!;
    expect(discussion.blocks).toHaveLength(1);
    expect(discussion.blocks[0]!.html).toMatch(/<ol>[\s\S]*为什么纸质卡[\s\S]*哪些体现了营销思想[\s\S]*<\/ol>/);
    expect(discussion.notes.map((n) => n.label)).toEqual(['分析思路', '案例使用建议']);
    expect(discussion.notes[1]!.html).toBe('<p>先展示前两段。</p>');
    expect(slides[7]!.notes).toEqual([{ label: '参考思路', html: '<p>② 和 ③ 属于。</p>' }]);
  });

  it('takes its notes from the frontmatter’s teacher blocks and answer keys, text escaped', () => {
    expect(slides[0]!.notes).toEqual([{ label: '教学方法与手段', html: '<p>讲授与案例讨论。</p>' }]);
    expect(slides[1]!.notes.map((n) => n.label)).toEqual(['思政育人目标', '思政育人案例：价值盘点']);
    expect(slides[1]!.notes[1]!.html).toBe('<p>第一段。</p><p>第二段。</p>');
    expect(slides[11]!.notes.map((n) => n.label)).toEqual(['第 1 题参考答案', '第 2 题参考答案', '第 3 题参考答案', '第 4 题参考答案']);
    const escaped = buildSlides({ ...outline, title: '<b>A&B</b>' }, '')[0]!;
    expect(escaped.title).toBe('<b>A&B</b>');
    expect(buildSlides({ ...outline, objectives: ['<script>x</script>'] }, '')[1]!.blocks[0]!.html).toBe('<ol><li>&#x3C;script>x&#x3C;/script></li></ol>');
  });

  it('gives a case that asks its own questions a discussion slide, with the answers inside it as notes', () => {
    const body = `## 第一节 A\n\n### 一、B\n\n<Case title="力行健身">\n\n会员续卡率很高。\n\n**讨论：**\n\n1. 属于哪种忠诚？\n\n<Reveal label="分析思路">\n\n惰性忠诚。\n\n</Reveal>\n\n2. 怎么办？\n\n</Case>\n`;
    const deck = buildSlides(outline, body).filter((s) => s.kind === 'case' || s.kind === 'discussion');
    expect(deck.map(summary)).toEqual(['case|案例|力行健身', 'discussion|案例：力行健身|讨论']);
    expect(deck[0]!.blocks.map((b) => b.html)).toEqual(['<p>会员续卡率很高。</p>']);
    expect(deck[1]!.blocks[0]!.html).toMatch(/<ol>[\s\S]*属于哪种忠诚[\s\S]*怎么办[\s\S]*<\/ol>/);
    expect(deck[1]!.notes).toEqual([{ label: '分析思路', html: '<p>惰性忠诚。</p>' }]);
  });

  it('makes a bold line that stands alone a small heading of its own, with the table after it', () => {
    const body = `## 第一节 A\n\n### 六、追账策略\n\n追账不是撕破脸。\n\n**分阶段：按逾期时间升级。**\n\n| 阶段 | 手段 |\n| --- | --- |\n| 到期前 | 提醒 |\n\n**区别对待。** 看客户价值。\n`;
    const deck = buildSlides(outline, body).filter((s) => s.kind === 'point');
    expect(deck.map(summary)).toEqual(['point|第一节 A|六、追账策略', 'point|六、追账策略|分阶段：按逾期时间升级']);
    expect(deck[1]!.blocks).toHaveLength(1);
    expect(deck[1]!.blocks[0]!.html).toContain('<td>到期前</td>');
  });

  it('builds a draft chapter (no sections in its body yet) from the frontmatter’s sections and points', () => {
    expect(buildSlides(outline, 'Draft text.\n').map(summary)).toEqual([
      'title|第六章|客户分级',
      'objectives|第六章 客户分级|目的与要求',
      'section|第六章|第一节 为什么要对客户分级',
      'point|第一节 为什么要对客户分级|客户价值',
      'questions|第六章 客户分级|思考与实践',
    ]);
  });

  it('cuts a unit too long for one slide into numbered parts, notes on the first', () => {
    const long = Array.from({ length: 40 }, (_, i) => `${i + 1}. 第 ${i + 1} 条规则的说明文字。`).join('\n');
    const parts = buildSlides(outline, `## 第一节 A\n\n### 一、规则\n\n规则如下。\n\n${long}\n\n<Teacher>\n\n讲慢一点。\n\n</Teacher>\n`).filter((s) => s.kind === 'point');
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.map((s) => s.part)).toEqual(parts.map((_, i) => ({ index: i + 1, count: parts.length })));
    expect(parts[0]!.notes.map((n) => n.label)).toEqual(['教师提示']);
    expect(parts.slice(1).every((s) => s.notes.length === 0)).toBe(true);
    // The numbering runs on across the parts.
    expect(parts[1]!.blocks[0]!.html).toMatch(/^<ol start="\d+">/);
  });
});

describe('buildSlides on every chapter', () => {
  describe.each(loadChapters())('$slug', ({ data, body }) => {
    const deck = buildSlides({ ...(data as unknown as LessonOutline), label: `第${data.number}章` }, body);
    const titles = deck.map((s) => s.title);

    it('opens with the title and objectives and ends with 思考与实践 and its four answer keys', () => {
      expect(deck[0]!.title).toBe(data.title);
      expect(deck[1]!.title).toBe('目的与要求');
      expect(deck.at(-1)!.title).toBe('思考与实践');
      expect(deck.at(-1)!.notes).toHaveLength(4);
    });

    it('has a slide for every 节, every 知识点 heading, every example and case', () => {
      for (const [, heading] of body.matchAll(/^#{2,3} (.+)$/gm)) expect(titles).toContain(heading);
      for (const [, title] of body.matchAll(/<(?:Example|Case) title="([^"]+)"/g)) expect(titles).toContain(title);
    });

    it('keeps every answer (<Reveal>) and teacher block as a speaker note', () => {
      const fromBody = deck.slice(2, -1).flatMap((s) => s.notes);
      expect(fromBody).toHaveLength([...body.matchAll(/^<(?:Reveal|Teacher)[ >]/gm)].length);
    });

    it('puts every imported widget live on a slide and every teacher block in the notes', () => {
      const imported = [...body.matchAll(/^import \w+ from '\.\.\/\.\.\/src\/(.+)';$/gm)].map((m) => m[1]);
      const used = [...body.matchAll(/^<(\w+)[ />]/gm)].map((m) => m[1]);
      const imports = new Map([...body.matchAll(/^import (\w+) from '\.\.\/\.\.\/src\/(.+)';$/gm)].map((m) => [m[1], m[2]]));
      const expected = used.filter((name) => imports.has(name!)).map((name) => imports.get(name!));
      expect(deck.filter((s) => s.widget).map((s) => s.widget!.source)).toEqual(expected);
      expect(imported.length).toBeGreaterThan(0);
      const labels = deck.flatMap((s) => s.notes.map((n) => n.label));
      for (const [, title] of body.matchAll(/<Teacher title="([^"]+)"/g)) expect(labels).toContain(title);
    });
  });
});
