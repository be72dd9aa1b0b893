import type { DeckSpec, Run, SpecBlock, SpecSlide } from './pptx-spec';

/** Reads the rendered deck (in the page's script, converted on /zh-hant/) into what the .pptx is made from. */
export function readDeck(deck: Element, pageUrl: string): DeckSpec {
  const base = pageUrl.replace(/#.*$/, '');
  const caption = deck.getAttribute('data-pptx-widget') ?? '';
  const slides = [...deck.querySelectorAll<HTMLElement>('[data-deck-stage] > .slide')].map((slide, i): SpecSlide => {
    const live = slide.querySelector('[data-live-widget]');
    const title = text(slide.querySelector('.slide-title')?.firstChild ?? null);
    return {
      kind: slide.dataset.kind ?? '',
      eyebrow: text(slide.querySelector('.slide-eyebrow')),
      title: [title, text(slide.querySelector('.slide-part'))].join(''),
      blocks: [...slide.querySelectorAll('.slide-block > *')].flatMap(readBlock),
      notes: readNotes(slide),
      ...(live ? { widget: { title: text(live.querySelector('[data-widget] h3')) || title, url: `${base}#${i + 1}`, caption } } : {}),
    };
  });
  return { title: text(deck.querySelector('h1')).replace(/（[^）]*）$/, ''), lang: deck.ownerDocument.documentElement.lang || 'zh-CN', slides };
}

function readBlock(el: Element): SpecBlock[] {
  const tag = el.tagName.toLowerCase();
  if (tag === 'p') return [{ type: 'paragraph', runs: runsOf(el), ...(el.classList.contains('slide-lead') ? { lead: true } : {}) }];
  if (tag === 'h3') return [{ type: 'heading', text: text(el) }];
  if (tag === 'ul' || tag === 'ol') {
    const items = [...el.children].filter((li) => li.tagName === 'LI').map(runsOf);
    return [{ type: 'list', ordered: tag === 'ol', start: Number(el.getAttribute('start') ?? 1), items }];
  }
  if (tag === 'table') {
    const rows = [...el.querySelectorAll('tr')].map((tr) => [...tr.children].map(text));
    const hasHeader = el.querySelector('thead') !== null;
    return [{ type: 'table', header: hasHeader ? (rows[0] ?? []) : [], rows: hasHeader ? rows.slice(1) : rows }];
  }
  return text(el) ? [{ type: 'paragraph', runs: runsOf(el) }] : [];
}

/** Inline text as runs: bold where the slide has <strong>, whitespace from the markup folded. */
function runsOf(el: Element): Run[] {
  const runs: Run[] = [];
  const add = (value: string, bold: boolean) => {
    const folded = value.replace(/\s+/g, ' ');
    if (!folded) return;
    const last = runs[runs.length - 1];
    if (last && Boolean(last.bold) === bold) runs[runs.length - 1] = { ...last, text: last.text + folded };
    else runs.push(bold ? { text: folded, bold } : { text: folded });
  };
  const walk = (node: Node, bold: boolean) => {
    if (node.nodeType === 3) add(node.textContent ?? '', bold);
    else if (node.nodeType === 1) {
      const strong = bold || ['STRONG', 'B'].includes((node as Element).tagName);
      node.childNodes.forEach((child) => walk(child, strong));
    }
  };
  el.childNodes.forEach((child) => walk(child, false));
  return trimRuns(runs);
}

function trimRuns(runs: Run[]): Run[] {
  const out = runs.map((r) => ({ ...r }));
  if (out[0]) out[0] = { ...out[0], text: out[0].text.trimStart() };
  const last = out.length - 1;
  if (out[last]) out[last] = { ...out[last]!, text: out[last]!.text.trimEnd() };
  return out.filter((r) => r.text !== '');
}

function readNotes(slide: Element): string {
  return [...slide.querySelectorAll('.slide-note')]
    .map((note) => [...note.children].map((child) => (child.tagName === 'UL' || child.tagName === 'OL' ? [...child.children].map(text).join('\n') : text(child))).join('\n'))
    .join('\n\n');
}

function text(node: Node | null): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
