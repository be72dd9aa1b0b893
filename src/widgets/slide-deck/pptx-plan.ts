import { textWidth } from '../../content-schema/slides-size';
import type { Run, SpecBlock, SpecSlide, SpecWidget } from './pptx-spec';

/** A wide (16:9) PowerPoint slide, in inches. */
export const SLIDE_W = 13.333;
export const SLIDE_H = 7.5;
const MARGIN = 0.6;
const BODY_W = SLIDE_W - 2 * MARGIN;
/** Body type in points: as large as fits, never below the smallest. */
const BODY_SIZES = [22, 20, 18, 16, 14];
const LINE = 1.3;

export interface PlannedParagraph {
  readonly runs: readonly Run[];
  readonly bullet?: 'disc' | { readonly number: number };
  readonly bold?: boolean;
  readonly color?: string;
}

export type PlannedItem =
  | { readonly kind: 'text'; readonly x: number; readonly y: number; readonly w: number; readonly h: number; readonly fontSize: number; readonly paragraphs: readonly PlannedParagraph[]; readonly align?: 'center'; readonly color?: string; readonly bold?: boolean }
  | { readonly kind: 'table'; readonly x: number; readonly y: number; readonly w: number; readonly h: number; readonly fontSize: number; readonly header: readonly string[]; readonly rows: readonly (readonly string[])[] }
  | { readonly kind: 'widget'; readonly x: number; readonly y: number; readonly w: number; readonly h: number; readonly widget: SpecWidget };

export interface PlannedSlide {
  readonly items: readonly PlannedItem[];
  readonly notes: string;
}

export const BRAND = '003A75';

/**
 * Where everything goes on a wide slide: the eyebrow and the title on top, then the body's text and tables down the
 * page at the largest type that fits (22 pt down to 14 pt); a widget becomes a picture with its link. Title and
 * section slides are centred. Pure: the .pptx writer only draws what this returns.
 */
export function planSlide(slide: SpecSlide): PlannedSlide {
  const centred = slide.kind === 'title' || slide.kind === 'section';
  const top = centred ? 2.2 : 0.35;
  const items: PlannedItem[] = [
    { kind: 'text', x: MARGIN, y: top, w: BODY_W, h: 0.5, fontSize: centred ? 20 : 16, paragraphs: [{ runs: [{ text: slide.eyebrow }] }], color: BRAND, bold: true, ...(centred ? { align: 'center' as const } : {}) },
    { kind: 'text', x: MARGIN, y: top + 0.5, w: BODY_W, h: centred ? 1.2 : 0.9, fontSize: slide.kind === 'title' ? 40 : centred ? 34 : 28, paragraphs: [{ runs: [{ text: slide.title }] }], bold: true, ...(centred ? { align: 'center' as const } : {}) },
  ];
  const bodyTop = centred ? top + 1.9 : 1.8;
  if (slide.widget) {
    items.push({ kind: 'widget', x: (SLIDE_W - 7.2) / 2, y: bodyTop + 0.1, w: 7.2, h: 4.05, widget: slide.widget });
  }
  items.push(...planBody(slide.blocks, bodyTop, SLIDE_H - 0.4 - bodyTop, centred));
  return { items, notes: slide.notes };
}

/** Runs of text blocks share one text box; each table has its own. */
type Group = { readonly kind: 'text'; readonly blocks: SpecBlock[] } | { readonly kind: 'table'; readonly block: Extract<SpecBlock, { type: 'table' }> };

function planBody(blocks: readonly SpecBlock[], top: number, room: number, centred: boolean): PlannedItem[] {
  const groups: Group[] = [];
  for (const block of blocks) {
    const last = groups[groups.length - 1];
    if (block.type === 'table') groups.push({ kind: 'table', block });
    else if (last?.kind === 'text') last.blocks.push(block);
    else groups.push({ kind: 'text', blocks: [block] });
  }
  const fontSize = BODY_SIZES.find((size) => groups.reduce((sum, g) => sum + groupHeight(g, size), 0) <= room) ?? BODY_SIZES[BODY_SIZES.length - 1]!;
  let y = top;
  return groups.map((group): PlannedItem => {
    const h = Math.min(groupHeight(group, fontSize), top + room - y);
    const at = { x: MARGIN, y, w: BODY_W, h: Math.max(h, 0.4), fontSize };
    y += h;
    if (group.kind === 'table') return { kind: 'table', ...at, header: group.block.header, rows: group.block.rows };
    return { kind: 'text', ...at, paragraphs: group.blocks.flatMap(paragraphsOf), ...(centred ? { align: 'center' as const } : {}) };
  });
}

function paragraphsOf(block: SpecBlock): PlannedParagraph[] {
  switch (block.type) {
    case 'paragraph':
      return [{ runs: block.runs, ...(block.lead ? { bold: true, color: BRAND } : {}) }];
    case 'heading':
      return [{ runs: [{ text: block.text }], bold: true, color: BRAND }];
    case 'list':
      return block.items.map((runs, i) => ({ runs, bullet: block.ordered ? { number: block.start + i } : 'disc' }));
    default:
      return [];
  }
}

/** Height in inches of a group at a type size: wrapped lines at 1.3 line height, a little space after each block. */
export function groupHeight(group: Group, fontSize: number): number {
  const lineH = (fontSize * LINE) / 72;
  const perLine = (BODY_W * 72) / fontSize;
  const lines = (text: string, width = perLine) => Math.max(1, Math.ceil(textWidth(text) / width));
  if (group.kind === 'table') {
    const { header, rows } = group.block;
    const columns = Math.max(1, header.length || rows[0]?.length || 1);
    const room = perLine - 1.2 * columns;
    const rowLines = [header, ...rows].filter((r) => r.length > 0).map((r) => lines(r.join(''), room));
    return rowLines.reduce((sum, n) => sum + n * lineH + 0.08, 0) + 0.15;
  }
  return group.blocks.reduce((sum, block) => {
    if (block.type === 'list') return sum + block.items.reduce((s, runs) => s + lines(joined(runs), perLine - 2) * lineH, 0) + 0.3 * lineH;
    const text = block.type === 'heading' ? block.text : block.type === 'paragraph' ? joined(block.runs) : '';
    return sum + lines(text) * lineH + 0.3 * lineH;
  }, 0);
}

const joined = (runs: readonly Run[]) => runs.map((r) => r.text).join('');
