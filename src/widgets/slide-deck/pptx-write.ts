import type PptxGenJS from 'pptxgenjs';
import { BRAND, planSlide, type PlannedItem, type PlannedParagraph } from './pptx-plan';
import type { DeckSpec } from './pptx-spec';
import { widgetPicture, type QrModules } from './widget-picture';

type Pptx = InstanceType<typeof PptxGenJS>;
type PptxSlide = ReturnType<Pptx['addSlide']>;
type TextRuns = Parameters<PptxSlide['addText']>[0];

/** What the writer needs from outside: the PowerPoint library and a QR encoder (both loaded on demand). */
export interface PptxTools {
  readonly Pptx: typeof PptxGenJS;
  readonly qr: (url: string) => QrModules;
}

/**
 * The deck as a .pptx file (16:9): one PowerPoint slide per deck slide with its text, lists and tables, each live
 * widget as a picture with a QR code and a link to its slide, and the speaker notes as the slide's notes.
 */
export async function deckToPptx(deck: DeckSpec, tools: PptxTools): Promise<Uint8Array> {
  const pptx = new tools.Pptx();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = deck.title;
  pptx.company = 'CRM Lab 客户关系管理互动课堂';
  const font = deck.lang === 'zh-Hant' ? 'Microsoft JhengHei' : 'Microsoft YaHei';
  for (const spec of deck.slides) {
    const slide = pptx.addSlide();
    const plan = planSlide(spec);
    for (const item of plan.items) draw(slide, item, font, deck.lang, tools);
    if (plan.notes) slide.addNotes(plan.notes);
  }
  return (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
}

function draw(slide: PptxSlide, item: PlannedItem, fontFace: string, lang: string, tools: PptxTools): void {
  const at = { x: item.x, y: item.y, w: item.w, h: item.h };
  if (item.kind === 'text') {
    slide.addText(runsOf(item.paragraphs, lang), {
      ...at,
      fontFace,
      fontSize: item.fontSize,
      color: item.color ?? '000000',
      bold: item.bold ?? false,
      align: item.align ?? 'left',
      valign: 'top',
      paraSpaceAfter: 4,
      fit: 'shrink',
      margin: 0,
    });
  } else if (item.kind === 'table') {
    const header = item.header.map((text) => ({ text, options: { bold: true, fill: { color: 'E6EEF7' } } }));
    const rows = item.rows.map((row) => row.map((text) => ({ text })));
    slide.addTable(header.length > 0 ? [header, ...rows] : rows, {
      ...at,
      fontFace,
      fontSize: item.fontSize,
      color: '000000',
      border: { type: 'solid', pt: 0.75, color: '555555' },
      valign: 'top',
      margin: 0.04,
    });
  } else {
    const svg = widgetPicture(item.widget.title, item.widget.caption, tools.qr(item.widget.url));
    // The link goes on the text under the picture: pptxgenjs gives an SVG picture's link the id of its PNG copy.
    slide.addImage({ ...at, data: `data:image/svg+xml;base64,${base64(svg)}`, altText: `${item.widget.caption} ${item.widget.title}` });
    slide.addText([{ text: item.widget.url, options: { hyperlink: { url: item.widget.url } } }], {
      x: item.x - 1,
      y: item.y + item.h + 0.15,
      w: item.w + 2,
      h: 0.5,
      fontFace,
      fontSize: 16,
      color: BRAND,
      align: 'center',
    });
  }
}

function runsOf(paragraphs: readonly PlannedParagraph[], lang: string): TextRuns {
  return paragraphs.flatMap((p, pi) =>
    p.runs.map((run, ri) => ({
      text: run.text,
      options: {
        lang,
        bold: Boolean(run.bold || p.bold),
        ...(p.color ? { color: p.color } : {}),
        ...(ri === 0 && p.bullet ? { bullet: p.bullet === 'disc' ? true : { type: 'number' as const, numberStartAt: p.bullet.number } } : {}),
        ...(ri === p.runs.length - 1 && pi < paragraphs.length - 1 ? { breakLine: true } : {}),
      },
    })),
  );
}

/** UTF-8 text as base64, in a browser or in Node. */
function base64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}
