import type { List, RootContent, Table } from 'mdast';
import { blockHtml, briefList, firstSentenceParagraph } from './slides-html';
import type { Slide, SlideBlock, SlideKind, SlideNote, SlideWidgetRef } from '../content-schema/slides-model';
import { blockLines, bodyLinesUnder, textLines } from '../content-schema/slides-size';

/** One block waiting to be laid out: a Markdown node and how the slide shows it. */
export interface BlockSource {
  readonly node: RootContent;
  /** `brief`: a list cut to the first sentence of each item; `lead`: a paragraph cut to its first sentence. */
  readonly form?: 'full' | 'brief' | 'lead';
  readonly reveal?: 'block' | 'items';
}

/** What becomes one slide, or several when its blocks do not fit on one: a knowledge point, an example, a case… */
export interface Unit {
  readonly kind: SlideKind;
  readonly eyebrow: string;
  readonly title: string;
  readonly sources: BlockSource[];
  /** Blocks made from frontmatter text, placed before the sources. */
  readonly html?: SlideBlock[];
  readonly notes: SlideNote[];
  readonly widget?: SlideWidgetRef;
}

/**
 * The unit's slides: its blocks in order, a new slide whenever the next block would not fit. A list or a table is
 * cut between items or rows to fill the slide it starts on and run on to the next. Notes go on the first slide.
 */
export function packUnit(unit: Unit): Slide[] {
  const budget = bodyLinesUnder(unit.title);
  const pages: SlideBlock[][] = [[...(unit.html ?? [])]];
  let used = pages[0]!.reduce((sum, block) => sum + block.lines, 0);
  const place = (block: SlideBlock) => {
    const page = pages[pages.length - 1]!;
    // A slide never opens empty: the step a slide starts with is shown on arrival.
    page.push(page.length === 0 && block.reveal ? { html: block.html, lines: block.lines } : block);
    used += block.lines;
  };
  const newPage = () => {
    pages.push([]);
    used = 0;
  };
  for (const source of unit.sources) {
    let rest: RootContent | null = shaped(source);
    while (rest) {
      const pageIsEmpty = pages[pages.length - 1]!.length === 0;
      const [head, tail] = takeFitting(rest, budget - used, pageIsEmpty);
      if (head) place(blockOf(head, source));
      rest = tail;
      if (rest) newPage();
    }
  }
  return pages.map((page, index) => ({
    kind: unit.kind,
    eyebrow: unit.eyebrow,
    title: unit.title,
    ...(pages.length > 1 ? { part: { index: index + 1, count: pages.length } } : {}),
    blocks: page,
    notes: index === 0 ? unit.notes : [],
    ...(unit.widget ? { widget: unit.widget } : {}),
  }));
}

function blockOf(node: RootContent, source: BlockSource): SlideBlock {
  const html = blockHtml(node);
  return {
    html: source.form === 'lead' ? html.replace(/^<p>/, '<p class="slide-lead">') : html,
    lines: blockLines(node),
    ...(source.reveal ? { reveal: source.reveal } : {}),
  };
}

function shaped(source: BlockSource): RootContent {
  if (source.form === 'brief' && source.node.type === 'list') return briefList(source.node);
  if (source.form === 'lead' && source.node.type === 'paragraph') return firstSentenceParagraph(source.node);
  return source.node;
}

/**
 * What of a block fits in `room` lines, and what runs on: a list is cut between items, a table between rows (its
 * header repeated). On an empty slide something is always placed, so a block taller than a slide still moves on.
 */
function takeFitting(node: RootContent, room: number, pageIsEmpty: boolean): [RootContent | null, RootContent | null] {
  if (blockLines(node) <= room) return [node, null];
  if (node.type === 'list') {
    const count = fittingCount(node.children.length, (n) => blockLines({ ...node, children: node.children.slice(0, n) }), room, pageIsEmpty);
    if (count === 0) return [null, node];
    if (count === node.children.length) return [node, null];
    const start = node.start ?? 1;
    const head: List = { ...node, children: node.children.slice(0, count) };
    const tail: List = { ...node, ...(node.ordered ? { start: start + count } : {}), children: node.children.slice(count) };
    return [head, tail];
  }
  if (node.type === 'table') {
    const [header, ...rows] = node.children;
    if (!header) return [node, null];
    const count = fittingCount(rows.length, (n) => blockLines({ ...node, children: [header, ...rows.slice(0, n)] }), room, pageIsEmpty);
    if (count === 0) return [null, node];
    if (count === rows.length) return [node, null];
    const head: Table = { ...node, children: [header, ...rows.slice(0, count)] };
    const tail: Table = { ...node, children: [header, ...rows.slice(count)] };
    return [head, tail];
  }
  return pageIsEmpty ? [node, null] : [null, node];
}

/** The most parts (items, rows) whose height fits `room`; at least one on an empty slide. */
function fittingCount(total: number, height: (n: number) => number, room: number, pageIsEmpty: boolean): number {
  let n = 0;
  while (n < total && height(n + 1) <= room) n += 1;
  return n === 0 && pageIsEmpty ? 1 : n;
}

/** A block made from frontmatter strings (the title, objectives and question slides): its HTML and the lines it takes. */
export function htmlBlock(html: string, lines: readonly string[]): SlideBlock {
  return { html, lines: lines.reduce((sum, line) => sum + textLines(line), 0) };
}
