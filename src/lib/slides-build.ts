import { textElement, textList } from './slides-html';
import { parseMdxBody, widgetImports } from './slides-mdx';
import type { LessonOutline, Slide, SlideNote } from '../content-schema/slides-model';
import { htmlBlock, packUnit, type Unit } from './slides-pack';
import { bodySections, pointUnits, sectionHead } from './slides-units';

/**
 * A chapter as a lecture deck: the title; 目的与要求 and 重点及难点; for each 节 an opening slide with its
 * 知识点, then each 知识点 with its key sentence (the first sentence of its text) and its lists and tables, each
 * worked example step by step, each case with its discussion questions, each note and 练一练, and each live widget
 * on a slide of its own; 思考与实践 last. The teacher blocks, answers and answer keys are the speaker notes.
 * A draft chapter, whose body has no `##` sections yet, gets its 节 and 知识点 from the frontmatter.
 *
 * @example buildSlides(chapter6, body)[0] // { kind: 'title', eyebrow: '第六章', title: '客户分级', … }
 */
export function buildSlides(outline: LessonOutline, body: string): Slide[] {
  const root = parseMdxBody(body);
  const imports = widgetImports(root);
  const { before, sections } = bodySections(root.children);
  const units: Unit[] = [titleUnit(outline), objectivesUnit(outline)];
  units.push(...pointUnits(null, before, { imports, title: outline.title }));
  if (sections.length === 0) units.push(...outlineUnits(outline));
  for (const section of sections) {
    units.push(...pointUnits(sectionHead(outline.label, section), section.intro, { imports, title: section.heading }));
    for (const point of section.points) {
      const head: Unit = { kind: 'point', eyebrow: section.heading, title: point.heading, sources: [], notes: [] };
      units.push(...pointUnits(head, point.nodes, { imports, title: point.heading }));
    }
  }
  units.push(questionsUnit(outline));
  return units.flatMap(packUnit);
}

function titleUnit(outline: LessonOutline): Unit {
  const hours = `建议学时：${outline.hours}`;
  return {
    kind: 'title',
    eyebrow: outline.label,
    title: outline.title,
    sources: [],
    html: [
      htmlBlock(textElement('p', outline.titleEn, { lang: 'en', className: ['slide-en'] }), [outline.titleEn]),
      htmlBlock(textElement('p', outline.summary), [outline.summary]),
      htmlBlock(textElement('p', hours, { className: ['slide-meta'] }), [hours]),
    ],
    notes: [note('教学方法与手段', outline.teacher.methods)],
  };
}

function objectivesUnit(outline: LessonOutline): Unit {
  const { ideologyGoal, ideologyCase } = outline.teacher;
  return {
    kind: 'objectives',
    eyebrow: `${outline.label} ${outline.title}`,
    title: '目的与要求',
    sources: [],
    html: [
      htmlBlock(textList('ol', outline.objectives), outline.objectives),
      htmlBlock(textElement('h3', '重点及难点'), ['重点及难点']),
      htmlBlock(textList('ul', outline.keyPoints), outline.keyPoints),
    ],
    notes: [note('思政育人目标', ideologyGoal), note(`思政育人案例：${ideologyCase.title}`, ideologyCase.body)],
  };
}

/** A draft's 节 and 知识点 from the frontmatter: an opening slide per 节 and a title slide per 知识点. */
function outlineUnits(outline: LessonOutline): Unit[] {
  return outline.sections.flatMap((section) => [
    { kind: 'section' as const, eyebrow: outline.label, title: section.heading, sources: [], html: [htmlBlock(textList('ul', section.points), section.points)], notes: [] },
    ...section.points.map((point) => ({ kind: 'point' as const, eyebrow: section.heading, title: point, sources: [], notes: [] })),
  ]);
}

function questionsUnit(outline: LessonOutline): Unit {
  const texts = outline.questions.map((q) => q.text);
  return {
    kind: 'questions',
    eyebrow: `${outline.label} ${outline.title}`,
    title: '思考与实践',
    sources: [],
    html: [htmlBlock(textList('ol', texts), texts)],
    notes: outline.questions.flatMap((q, i) => (q.answerKey ? [note(`第 ${i + 1} 题参考答案`, q.answerKey)] : [])),
  };
}

/** A note from frontmatter text: one paragraph per blank-line-separated part. */
function note(label: string, text: string): SlideNote {
  return { label, html: text.split(/\n{2,}/).map((part) => textElement('p', part.trim())).join('') };
}
