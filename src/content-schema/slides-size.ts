import type { RootContent, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';

/**
 * How much a slide holds, in lines of body text at the slide's size (32 px type on a 1920 × 1080 slide, 1.5 line
 * height, the body 1728 px wide and 840 px tall: 54 characters by 17.5 lines, of which a line is kept spare).
 * Estimates for packing blocks onto slides; the deck still shrinks a slide's type a little (never below 28 px)
 * when an estimate falls short.
 */
export const LINE_WIDTH = 52;
export const BODY_LINES = 16.5;
/** A title is set at 1.5 times body size: fewer characters to a line, and each extra line takes body room. */
const TITLE_SCALE = 1.5;
const BLOCK_GAP = 0.35;
/** Table text is set at 1.3 line height (0.87 of a body line) with a little padding and a rule per row. */
const TABLE_LINE = 0.87;
const ROW_PADDING = 0.18;
const ITEM_GAP = 0.1;

/** Width of text in full-width characters: Chinese and full-width punctuation 1, Latin letters and digits about half. */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += ch.charCodeAt(0) < 0x2e80 ? 0.55 : 1;
  return width;
}

function wrapped(text: string, lineWidth: number): number {
  return Math.max(1, Math.ceil(textWidth(text) / lineWidth));
}

/** Body lines left under a title of this length. */
export function bodyLinesUnder(title: string): number {
  const titleLines = wrapped(title, LINE_WIDTH / TITLE_SCALE);
  return BODY_LINES - (titleLines - 1) * TITLE_SCALE;
}

/** Estimated height of a Markdown block in body lines. */
export function blockLines(node: RootContent): number {
  switch (node.type) {
    case 'list':
      return node.children.reduce((sum, item) => sum + wrapped(toString(item), LINE_WIDTH - 2) + ITEM_GAP, 0) + BLOCK_GAP;
    case 'table':
      return tableLines(node);
    case 'heading':
      return 1.4 + BLOCK_GAP;
    default:
      return wrapped(toString(node), LINE_WIDTH) + BLOCK_GAP;
  }
}

/** Rows of a table: each as tall as its fullest share of the width (cells pad about one character each side). */
function tableLines(table: Table): number {
  const columns = Math.max(1, table.children[0]?.children.length ?? 1);
  const room = LINE_WIDTH - 1.2 * columns;
  const rowLines = table.children.map((row) => {
    const width = row.children.reduce((sum, cell) => sum + Math.max(2, textWidth(toString(cell))), 0);
    return Math.max(1, Math.ceil(width / room)) * TABLE_LINE + ROW_PADDING;
  });
  return rowLines.reduce((a, b) => a + b, 0) + BLOCK_GAP;
}

/** Estimated height of plain text set as paragraphs. */
export function textLines(text: string): number {
  return wrapped(text, LINE_WIDTH) + BLOCK_GAP;
}
