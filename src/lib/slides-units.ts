import type { Heading, List, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { blockHtml } from './slides-html';
import { attribute, isBoldHeading, isJsx, leadingBold, stringAttributes } from './slides-mdx';
import type { BlockSource, Unit } from './slides-pack';

/** A 节 of the MDX body: its heading, the text before its first 知识点, and its 知识点 (### headings). */
export interface BodySection {
  readonly heading: string;
  readonly intro: readonly RootContent[];
  readonly points: readonly { readonly heading: string; readonly nodes: readonly RootContent[] }[];
}

/** The body cut at its `##` and `###` headings; what comes before the first `##` is returned apart. */
export function bodySections(nodes: readonly RootContent[]): { before: RootContent[]; sections: BodySection[] } {
  const before: RootContent[] = [];
  const sections: { heading: string; intro: RootContent[]; points: { heading: string; nodes: RootContent[] }[] }[] = [];
  for (const node of nodes) {
    const section = sections[sections.length - 1];
    if (isHeading(node, 2)) sections.push({ heading: toString(node), intro: [], points: [] });
    else if (section && isHeading(node, 3)) section.points.push({ heading: toString(node), nodes: [] });
    else if (!section) before.push(node);
    else (section.points[section.points.length - 1]?.nodes ?? section.intro).push(node);
  }
  return { before, sections };
}

function isHeading(node: RootContent, depth: number): node is Heading {
  return node.type === 'heading' && node.depth === depth;
}

const NOTE_LABELS: Readonly<Record<string, string>> = { key: '要点', tip: '提示', warn: '注意' };
/** A worked example's step starts with a bold （1）, 第一步 or 步骤. */
const STEP_MARKER = /^(?:[（(]\d+[)）]|第[一二三四五六七八九十\d]+步|步骤)/;

/** Where the walk is: the widgets the body imports and the knowledge point being read. */
interface Context {
  readonly imports: ReadonlyMap<string, string>;
  /** The heading the point's own slides carry (the 知识点, or the 节 for its introduction). */
  readonly title: string;
}

/**
 * The units of one knowledge point, in the order a lecture takes them: first the point itself (`head`: its key
 * sentence, then its lists and tables as bullet points and figures), then each example, case, note, 练一练,
 * discussion (`**讨论题**` and the questions after it), bold small heading (with the lists and tables after it)
 * and live widget as it comes. Teacher blocks and answers (`<Reveal>`) become the notes of the unit they follow.
 * Other paragraphs are the lecturer's to say and stay off the slides.
 */
export function pointUnits(head: Unit | null, nodes: readonly RootContent[], context: Context): Unit[] {
  const units: Unit[] = head ? [head] : [];
  let open: Unit | null = head;
  let hasLead = false;
  let lastCase: string | null = null;
  const push = (unit: Unit, collects = false) => {
    units.push(unit);
    open = collects ? unit : head;
  };
  const last = () => units[units.length - 1];

  for (const node of nodes) {
    if (node.type === 'paragraph') {
      const bold = leadingBold(node);
      if (bold?.startsWith('练一练')) push(unit('practice', context.title, '练一练', [{ node }]), true);
      else if (isBoldHeading(node) && bold?.startsWith('讨论')) push(unit('discussion', lastCase ? `案例：${lastCase}` : context.title, headingText(bold), []), true);
      else if (isBoldHeading(node)) push(unit('point', context.title, headingText(bold ?? ''), []), true);
      else if (open?.kind === 'discussion') open.sources.push({ node });
      else {
        open = head;
        if (head && !hasLead) {
          head.sources.unshift({ node, form: 'lead' });
          hasLead = true;
        }
      }
    } else if (node.type === 'list' || node.type === 'table') {
      if (open && open !== head) addQuestion(open, node);
      else head?.sources.push({ node, form: 'brief' });
    } else if (isJsx(node)) {
      const title = attribute(node, 'title') ?? '';
      if (node.name === 'Teacher' || node.name === 'Reveal') last()?.notes.push(noteOf(node));
      else if (node.name === 'Note') push(unit('note', NOTE_LABELS[attribute(node, 'kind') ?? ''] ?? '要点', title, fullBlocks(node)));
      else if (node.name === 'Example') push(exampleUnit(node));
      else if (node.name === 'Case') {
        const [story, ...discussion] = caseUnits(node, title);
        push(story!);
        for (const part of discussion) push(part, true);
        lastCase = title;
      } else {
        const widget = widgetUnit(node, context);
        if (widget) push(widget);
      }
    }
  }
  return units;
}

/** A bold line used as a heading, without its closing 。 or ：. */
function headingText(bold: string): string {
  return bold.replace(/[。：:]$/, '');
}

function unit(kind: Unit['kind'], eyebrow: string, title: string, sources: BlockSource[]): Unit {
  return { kind, eyebrow, title, sources, notes: [] };
}

/** A discussion's numbered questions come as one-item lists between their answers: they are joined into one list. */
function addQuestion(open: Unit, node: RootContent): void {
  const previous = open.sources[open.sources.length - 1]?.node;
  if (node.type === 'list' && previous?.type === 'list' && previous.ordered && node.ordered) {
    open.sources[open.sources.length - 1] = { node: { ...previous, children: [...previous.children, ...node.children] } };
  } else open.sources.push({ node });
}

function noteOf(node: MdxJsxFlowElement): { label: string; html: string } {
  const label = node.name === 'Teacher' ? (attribute(node, 'title') ?? '教师提示') : (attribute(node, 'label') ?? '参考答案');
  return { label, html: (node.children as RootContent[]).map(blockHtml).join('') };
}

/** Every paragraph, list and table of a block element, in full. */
function fullBlocks(node: MdxJsxFlowElement): BlockSource[] {
  return (node.children as RootContent[]).filter((c) => c.type === 'paragraph' || c.type === 'list' || c.type === 'table').map((c) => ({ node: c }));
}

/**
 * A case: its story in full, and when the case itself asks the questions (`**讨论：**` inside it), those on a
 * discussion slide of their own; answers and teacher blocks inside it become the notes of the slide they follow.
 */
function caseUnits(node: MdxJsxFlowElement, title: string): Unit[] {
  const units = [unit('case', '案例', title, [])];
  for (const child of node.children as RootContent[]) {
    const current = units[units.length - 1]!;
    const bold = leadingBold(child);
    if (isBoldHeading(child) && bold?.startsWith('讨论')) units.push(unit('discussion', `案例：${title}`, headingText(bold), []));
    else if (current.kind === 'discussion' && child.type === 'list') addQuestion(current, child);
    else if (child.type === 'paragraph' || child.type === 'list' || child.type === 'table') current.sources.push({ node: child });
    else if (isJsx(child, 'Teacher') || isJsx(child, 'Reveal')) current.notes.push(noteOf(child));
  }
  return units;
}

/**
 * A worked example, step by step: the problem (what comes before the first bold （1）, or else the first paragraph
 * and the tables right after it) is shown at once; each later paragraph and table, and each item of a later list,
 * appears on a key press. Answers and teacher blocks inside it become its notes.
 */
function exampleUnit(node: MdxJsxFlowElement): Unit {
  const children = node.children as RootContent[];
  const blocks = children.filter((c) => c.type === 'paragraph' || c.type === 'list' || c.type === 'table');
  const firstMarker = blocks.findIndex((c) => STEP_MARKER.test(leadingBold(c) ?? ''));
  let problemEnd = firstMarker;
  if (problemEnd < 0) {
    const firstParagraph = blocks.findIndex((c) => c.type === 'paragraph');
    problemEnd = firstParagraph + 1;
    while (blocks[problemEnd]?.type === 'table') problemEnd += 1;
  }
  const sources = blocks.map((c, i): BlockSource => (i < problemEnd ? { node: c } : { node: c, reveal: c.type === 'list' ? 'items' : 'block' }));
  const example = unit('example', '例题', attribute(node, 'title') ?? '', sources);
  for (const child of children) if (isJsx(child, 'Teacher') || isJsx(child, 'Reveal')) example.notes.push(noteOf(child));
  return example;
}

/** A live widget the body imports, on a slide of its own; the chapter's self-check is 本章自测. */
function widgetUnit(node: MdxJsxFlowElement, context: Context): Unit | null {
  const source = node.name ? context.imports.get(node.name) : undefined;
  if (!source) return null;
  const props = stringAttributes(node);
  const selfCheck = source.endsWith('/SelfCheckIsland.astro') && props.set === undefined;
  return { kind: 'widget', eyebrow: '互动练习', title: selfCheck ? '本章自测' : context.title, sources: [], notes: [], widget: { source, props } };
}

/** A 节's opening slide: its first sentence and the 知识点 it goes through. */
export function sectionHead(label: string, section: BodySection): Unit {
  const agenda = section.points.map((p) => p.heading);
  const list: List = {
    type: 'list',
    ordered: false,
    spread: false,
    children: agenda.map((value) => ({ type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [{ type: 'text', value }] }] })),
  };
  return unit('section', label, section.heading, agenda.length > 0 ? [{ node: list }] : []);
}
