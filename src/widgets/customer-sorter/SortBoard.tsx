import { formatRate, formatWan, VERDICT_LABELS, type CardWords, type SorterBin, type SorterCard, type SorterDeck, type SortingState } from '../../engine/selection/sorter';
import { CustomerCard } from './CustomerCard';
import { startCardDrag } from '../shared/card-drag';
import { keyTarget } from './key-target';
import type { SorterState } from './state';

type Faces = Record<string, { words: CardWords; revenueRank: number }>;

interface Props {
  state: SorterState;
  deck: SorterDeck;
  sorting: SortingState;
  faces: Faces;
  current: string | null;
}

function dropper(state: SorterState) {
  return (card: string, target: string): void => {
    if (target === 'good' || target === 'bad') state.place(card, target);
    else if (target === 'deck') state.unplace(card);
  };
}

function keysFor(state: SorterState, card: string, placed: boolean) {
  return (event: KeyboardEvent) => {
    const target = keyTarget(event);
    if (target === null || (target === 'deck' && !placed)) return;
    event.preventDefault();
    dropper(state)(card, target);
  };
}

/** Sorting: the deck in the middle (one card on top), 好客户 on the left, 坏客户 on the right. */
export function SortBoard({ state, deck, sorting, faces, current }: Props) {
  const left = deck.cards.filter((c) => !(c.id in sorting.placements));
  const pile = (bin: SorterBin) => deck.cards.filter((c) => sorting.placements[c.id] === bin);
  const top = left.find((c) => c.id === current) ?? left[0];
  const at = top ? left.indexOf(top) : -1;
  return (
    <div class="cs-board" onPointerDown={(e) => startCardDrag(e as unknown as PointerEvent, dropper(state))}>
      <Pile state={state} bin="good" cards={pile('good')} />
      <section class="cs-deck" data-drop="deck" aria-labelledby="cs-deck-title" data-focus="deck" tabIndex={-1}>
        <h4 id="cs-deck-title">
          待分类 <span class="cs-count">（{left.length} 张）</span>
        </h4>
        {top ? (
          <>
            <CustomerCard card={top} face={faces[top.id]} deckSize={deck.cards.length} focusKey={`card:${top.id}`} draggable onKeyDown={keysFor(state, top.id, false)}>
              <div class="cs-card-actions">
                <button type="button" class="btn cs-btn-good" aria-label={`判为好客户：${top.name}`} onClick={() => state.place(top.id, 'good')}>
                  <span aria-hidden="true">← </span>判为好客户
                </button>
                <button type="button" class="btn cs-btn-bad" aria-label={`判为坏客户：${top.name}`} onClick={() => state.place(top.id, 'bad')}>
                  判为坏客户<span aria-hidden="true"> →</span>
                </button>
              </div>
            </CustomerCard>
            {left.length > 1 && (
              <div class="cs-browse">
                <button type="button" class="btn" onClick={() => state.browse(-1)}>
                  上一张
                </button>
                <span>
                  第 {at + 1} / {left.length} 张
                </span>
                <button type="button" class="btn" onClick={() => state.browse(1)}>
                  下一张
                </button>
              </div>
            )}
          </>
        ) : (
          <p class="cs-empty">全部卡片都分好了。检查一下两栏，觉得没问题就提交。</p>
        )}
      </section>
      <Pile state={state} bin="bad" cards={pile('bad')} />
      <div class="cs-submit">
        <button type="button" class="btn primary" data-focus="submit" disabled={left.length > 0} onClick={state.commit}>
          提交判断，翻开卡片
        </button>
        <span class="cs-hint">{left.length > 0 ? `还有 ${left.length} 张没有分类` : '可以提交了'}</span>
      </div>
      <p class="cs-keys" id="cs-keys">
        键盘：在卡片上按 <kbd>G</kbd> 或 <kbd>←</kbd> 判为好客户，按 <kbd>B</kbd> 或 <kbd>→</kbd> 判为坏客户，按 <kbd>U</kbd> 放回待分类。也可以用鼠标（手机上按住“⠿ 拖动”）把卡片拖到两栏。
      </p>
    </div>
  );
}

function Pile({ state, bin, cards }: { state: SorterState; bin: SorterBin; cards: readonly SorterCard[] }) {
  const other: SorterBin = bin === 'good' ? 'bad' : 'good';
  const titleId = `cs-pile-${bin}`;
  return (
    <section class={`cs-pile cs-pile-${bin}`} data-drop={bin} aria-labelledby={titleId}>
      <h4 id={titleId}>
        <span class="cs-pile-mark" aria-hidden="true">
          {bin === 'good' ? '✓' : '✗'}
        </span>{' '}
        {VERDICT_LABELS[bin]} <span class="cs-count">（{cards.length} 张）</span>
      </h4>
      {cards.length === 0 ? (
        <p class="cs-empty">把卡片拖到这里，或在卡片上按 {bin === 'good' ? 'G' : 'B'}。</p>
      ) : (
        <ul class="cs-chips">
          {cards.map((card) => (
            <li key={card.id} class="cs-chip" data-drag-card={card.id} data-focus={`chip:${card.id}`} tabIndex={-1} onKeyDown={keysFor(state, card.id, true)}>
              <span class="cs-grip" aria-hidden="true" title="按住拖动">
                ⠿
              </span>
              <span class="cs-chip-text">
                <strong>{card.name}</strong>
                <small>
                  营收 {formatWan(card.revenue)} 万元 · 毛利率 {formatRate(card.marginRate)} · {card.paymentDays} 天回款
                </small>
              </span>
              <span class="cs-chip-actions">
                <button type="button" class="btn" aria-label={`移到${VERDICT_LABELS[other]}：${card.name}`} onClick={() => state.place(card.id, other)}>
                  移到{VERDICT_LABELS[other]}
                </button>
                <button type="button" class="btn" aria-label={`放回待分类：${card.name}`} onClick={() => state.unplace(card.id)}>
                  放回
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
