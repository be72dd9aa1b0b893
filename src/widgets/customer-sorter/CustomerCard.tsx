import type { ComponentChildren } from 'preact';
import { formatRate, formatWan, type CardWords, type SorterCard } from '../../engine/selection/sorter';

interface Props {
  card: SorterCard;
  face: { words: CardWords; revenueRank: number } | undefined;
  /** Cards in the deck (for “本组营收第 k”). */
  deckSize: number;
  /** `data-focus` key, so the view can move the keyboard focus here. */
  focusKey: string;
  big?: boolean;
  /** Draggable onto a pile. */
  draggable?: boolean;
  onKeyDown?: (event: KeyboardEvent) => void;
  children?: ComponentChildren;
}

function signed(rate: number): string {
  return rate > 0 ? `+${formatRate(rate)}` : formatRate(rate);
}

/** The front of a customer card: what a manager sees before deciding (never the verdict). */
export function CustomerCard({ card, face, deckSize, focusKey, big = false, draggable = false, onKeyDown, children }: Props) {
  const nameId = `cs-name-${card.id}`;
  const words = face?.words;
  const meta = [card.industry, card.region, words?.tenure].filter(Boolean).join(' · ');
  return (
    <article
      class={`cs-card${big ? ' cs-card-big' : ''}`}
      data-drag-card={draggable ? card.id : undefined}
      data-focus={focusKey}
      // The card on top of the deck is a tab stop, so its keys (G, B, U, arrows) work from the keyboard alone.
      tabIndex={draggable ? 0 : -1}
      aria-labelledby={nameId}
      aria-describedby={draggable ? 'cs-keys' : undefined}
      onKeyDown={onKeyDown}
    >
      <header class="cs-card-head">
        <h5 id={nameId}>{card.name}</h5>
        {draggable && (
          <span class="cs-grip" aria-hidden="true" title="按住拖动">
            ⠿ 拖动
          </span>
        )}
        <p class="cs-meta">
          {meta}
          {card.status && card.status !== '合作中' && <span class="cs-tag">{card.status}</span>}
        </p>
      </header>
      <dl class="cs-figures">
        <div>
          <dt>年营收</dt>
          <dd>
            <strong>{formatWan(card.revenue)} 万元</strong>
            {face && <span>本组第 {face.revenueRank} 大（共 {deckSize} 位）</span>}
          </dd>
        </div>
        <div>
          <dt>毛利率</dt>
          <dd>
            <strong>{formatRate(card.marginRate)}</strong>
            <span>{words?.margin}</span>
          </dd>
        </div>
        <div>
          <dt>服务成本</dt>
          <dd>
            <strong>{formatWan(card.serviceCost)} 万元/年</strong>
            <span>
              {words?.service}
              {card.specialRequests !== null && `；特殊要求 ${card.specialRequests} 次`}
            </span>
          </dd>
        </div>
        <div>
          <dt>付款</dt>
          <dd>
            <strong>平均 {card.paymentDays} 天回款</strong>
            <span>{words?.payment}（约定月结 30 天）</span>
          </dd>
        </div>
        {card.growth !== null && (
          <div>
            <dt>年增长</dt>
            <dd>
              <strong>{signed(card.growth)}</strong>
              <span>{words?.growth}</span>
            </dd>
          </div>
        )}
        {card.fit !== null && (
          <div>
            <dt>与定位匹配度</dt>
            <dd>
              <strong>{card.fit.toFixed(2)}</strong>
              <span>{words?.fit}（0–1，越大越匹配）</span>
            </dd>
          </div>
        )}
      </dl>
      {card.note && <p class="cs-note">客户经理备注：“{card.note}”</p>}
      {children}
    </article>
  );
}
