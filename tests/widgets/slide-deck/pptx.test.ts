// @vitest-environment happy-dom
import fc from 'fast-check';
import JSZip from 'jszip';
import PptxGenJS from 'pptxgenjs';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { planSlide, SLIDE_H, SLIDE_W } from '../../../src/widgets/slide-deck/pptx-plan';
import { readDeck } from '../../../src/widgets/slide-deck/pptx-read';
import type { DeckSpec, SpecBlock, SpecSlide } from '../../../src/widgets/slide-deck/pptx-spec';
import { deckToPptx } from '../../../src/widgets/slide-deck/pptx-write';
import { qrPath, widgetPicture } from '../../../src/widgets/slide-deck/widget-picture';

// A deck as the page renders it (SlideView.astro): two slides, one with a live widget.
const PAGE = `
<div data-deck data-pptx-widget="互动练习：扫码或点击链接，在网页上使用">
  <h1>第六章 客户分级（讲课幻灯片）</h1>
  <div data-deck-stage>
    <section class="slide" data-slide="1" data-kind="point">
      <header class="slide-head"><p class="slide-eyebrow">第一节 为什么要对客户分级</p><h2 class="slide-title">一、客户价值<span class="slide-part">（1/2）</span></h2></header>
      <div class="slide-body">
        <div class="slide-block"><p class="slide-lead">“客户价值”有两种用法：</p></div>
        <div class="slide-block"><ol start="3">
<li><strong>当前价值</strong>：现在的利润。</li>
<li>潜在价值</li>
</ol></div>
        <div class="slide-block" data-reveal="block"><table><thead><tr><th>会员</th><th>金额</th></tr></thead><tbody><tr><td>C01</td><td>1,680</td></tr></tbody></table></div>
      </div>
      <div class="slide-notes" hidden><section class="slide-note"><h3>参考思路</h3><p>② 和 ③ 属于。</p><ul><li>甲</li><li>乙</li></ul></section></div>
    </section>
    <section class="slide" data-slide="2" data-kind="widget" hidden>
      <header class="slide-head"><p class="slide-eyebrow">互动练习</p><h2 class="slide-title">二、RFM 分析法</h2></header>
      <div class="slide-live" data-live-widget><astro-island><section data-widget="rfm-calculator"><div class="widget-head"><h3>RFM 计算器</h3></div></section></astro-island></div>
    </section>
  </div>
</div>`;

function readPage(): DeckSpec {
  document.body.innerHTML = PAGE;
  return readDeck(document.querySelector('[data-deck]')!, 'http://school.example/zh-hant/chapters/06-customer-tiering/slides/#2');
}

describe('reading the rendered deck', () => {
  it('takes each slide’s eyebrow, title (with its part), blocks with bold runs, notes and widget', () => {
    const deck = readPage();
    expect(deck.title).toBe('第六章 客户分级');
    expect(deck.slides).toHaveLength(2);
    const [point, widget] = deck.slides;
    expect(point).toMatchObject({ kind: 'point', eyebrow: '第一节 为什么要对客户分级', title: '一、客户价值（1/2）' });
    expect(point!.blocks).toEqual([
      { type: 'paragraph', runs: [{ text: '“客户价值”有两种用法：' }], lead: true },
      { type: 'list', ordered: true, start: 3, items: [[{ text: '当前价值', bold: true }, { text: '：现在的利润。' }], [{ text: '潜在价值' }]] },
      { type: 'table', header: ['会员', '金额'], rows: [['C01', '1,680']] },
    ]);
    expect(point!.notes).toBe('参考思路\n② 和 ③ 属于。\n甲\n乙');
    expect(point!.widget).toBeUndefined();
    expect(widget!.widget).toEqual({ title: 'RFM 计算器', url: 'http://school.example/zh-hant/chapters/06-customer-tiering/slides/#2', caption: '互动练习：扫码或点击链接，在网页上使用' });
  });
});

const run = fc.record({ text: fc.string({ minLength: 1, maxLength: 120 }), bold: fc.boolean() });
const block: fc.Arbitrary<SpecBlock> = fc.oneof(
  fc.record({ type: fc.constant('paragraph' as const), runs: fc.array(run, { minLength: 1, maxLength: 4 }) }),
  fc.record({ type: fc.constant('list' as const), ordered: fc.boolean(), start: fc.integer({ min: 1, max: 9 }), items: fc.array(fc.array(run, { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 8 }) }),
  fc.record({ type: fc.constant('table' as const), header: fc.array(fc.string({ maxLength: 8 }), { minLength: 2, maxLength: 5 }), rows: fc.array(fc.array(fc.string({ maxLength: 30 }), { minLength: 2, maxLength: 5 }), { maxLength: 10 }) }),
);
const slide: fc.Arbitrary<SpecSlide> = fc.record({
  kind: fc.constantFrom('title', 'section', 'point', 'example', 'case'),
  eyebrow: fc.string({ maxLength: 30 }),
  title: fc.string({ minLength: 1, maxLength: 40 }),
  blocks: fc.array(block, { maxLength: 6 }),
  notes: fc.string(),
});

describe('laying out a .pptx slide', () => {
  it('keeps every box on the slide and every body type between 14 and 22 pt', () => {
    fc.assert(
      fc.property(slide, (spec) => {
        const plan = planSlide(spec);
        for (const item of plan.items) {
          expect(item.x).toBeGreaterThanOrEqual(0);
          expect(item.y).toBeGreaterThanOrEqual(0);
          expect(item.x + item.w).toBeLessThanOrEqual(SLIDE_W);
          expect(item.y + item.h).toBeLessThanOrEqual(SLIDE_H + 1e-9);
          if (item.kind !== 'widget' && item.y > 1.5) expect(item.fontSize).toBeGreaterThanOrEqual(14);
        }
        expect(plan.notes).toBe(spec.notes);
      }),
    );
  });

  it('sets a short body large and a long one smaller, and numbers a list from its start', () => {
    const short = planSlide({ kind: 'point', eyebrow: 'A', title: 'B', blocks: [{ type: 'paragraph', runs: [{ text: '一句话。' }] }], notes: '' });
    const long = planSlide({ kind: 'point', eyebrow: 'A', title: 'B', blocks: [{ type: 'paragraph', runs: [{ text: '很长的一段话。'.repeat(120) }] }], notes: '' });
    const body = (p: ReturnType<typeof planSlide>) => {
      const item = p.items[2];
      if (item?.kind !== 'text') throw new Error('no body text');
      return item;
    };
    expect(body(short).fontSize).toBe(22);
    expect(body(long).fontSize).toBeLessThan(22);
    const list = planSlide({ kind: 'point', eyebrow: 'A', title: 'B', blocks: [{ type: 'list', ordered: true, start: 3, items: [[{ text: '甲' }], [{ text: '乙' }]] }], notes: '' });
    expect(body(list).paragraphs.map((p) => p.bullet)).toEqual([{ number: 3 }, { number: 4 }]);
  });
});

describe('the widget’s picture', () => {
  it('draws one square per dark module of the QR code, and escapes its text', () => {
    const qr = { size: 3, isDark: (r: number, c: number) => r === c };
    expect(qrPath(qr, 10, 20, 5)).toBe('M10 20h5v5h-5zM15 25h5v5h-5zM20 30h5v5h-5z');
    const svg = widgetPicture('A & <B>', '互动练习', qr);
    expect(svg).toContain('A &amp; &lt;B&gt;');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 1600 900"/);
  });
});

describe('writing the .pptx', () => {
  it('makes one PowerPoint slide per deck slide, with the text, the notes, the widget’s picture and its link', async () => {
    const deck = readPage();
    const bytes = await deckToPptx(deck, {
      Pptx: PptxGenJS,
      qr: (url) => {
        const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
        return { size: modules.size, isDark: (r, c) => Boolean(modules.get(r, c)) };
      },
    });
    const zip = await JSZip.loadAsync(bytes);
    const files = Object.keys(zip.files);
    expect(files.filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))).toEqual(['ppt/slides/slide1.xml', 'ppt/slides/slide2.xml']);
    const first = await zip.file('ppt/slides/slide1.xml')!.async('string');
    for (const text of ['一、客户价值（1/2）', '当前价值', '：现在的利润。', 'C01', '1,680']) expect(first).toContain(`<a:t>${text}</a:t>`);
    expect(first).toContain('startAt="3"');
    expect(await zip.file('ppt/notesSlides/notesSlide1.xml')!.async('string')).toContain('② 和 ③ 属于。');
    expect(files.some((f) => /^ppt\/media\/.+\.svg$/.test(f))).toBe(true);
    const rels = await zip.file('ppt/slides/_rels/slide2.xml.rels')!.async('string');
    expect(rels).toContain('Target="http://school.example/zh-hant/chapters/06-customer-tiering/slides/#2" TargetMode="External"');
    const ids = [...rels.matchAll(/Id="(rId\d+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size, 'no relationship id is used twice').toBe(ids.length);
    expect(new TextDecoder().decode(await zip.file('ppt/presentation.xml')!.async('uint8array'))).toContain('cx="12192000" cy="6858000"');
  });
});
