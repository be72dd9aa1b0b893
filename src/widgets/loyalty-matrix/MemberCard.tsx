import type { ComponentChildren } from 'preact';
import { percentText } from '../../engine/core/number-text';
import type { LoyaltyMember } from '../../engine/loyalty/matrix';

const SATISFACTION_WORDS = ['', '很不满意', '不满意', '一般', '比较满意', '非常满意'] as const;

interface Props {
  member: LoyaltyMember;
  focusKey: string;
  big?: boolean;
  draggable?: boolean;
  onKeyDown?: (event: KeyboardEvent) => void;
  children?: ComponentChildren;
}

/** What the gym knows about a member: the survey answer and behaviour (never the indices or the quadrant). */
export function MemberCard({ member: m, focusKey, big = false, draggable = false, onKeyDown, children }: Props) {
  const nameId = `lm-name-${m.id}`;
  const complaints =
    m.complaints === 0 ? '没有投诉' : m.unresolvedComplaints === 0 ? `${m.complaints} 次，都已解决` : `${m.complaints} 次，其中 ${m.unresolvedComplaints} 次没有解决`;
  return (
    <article
      class={`lm-card${big ? ' lm-card-big' : ''}`}
      data-drag-card={draggable ? m.id : undefined}
      data-focus={focusKey}
      tabIndex={-1}
      aria-labelledby={nameId}
      aria-describedby={draggable ? 'lm-keys' : undefined}
      onKeyDown={onKeyDown}
    >
      <header class="lm-card-head">
        <h5 id={nameId}>{m.name}</h5>
        <span class="lm-meta">会员 {m.years} 年</span>
        {draggable && (
          <span class="cs-grip lm-grip" aria-hidden="true" title="按住拖动">
            ⠿ 拖动
          </span>
        )}
      </header>
      <dl class="lm-figures">
        <div><dt>满意度打分</dt><dd><strong>{m.satisfaction} / 5</strong> {SATISFACTION_WORDS[m.satisfaction] ?? ''}</dd></div>
        <div><dt>投诉记录</dt><dd>{complaints}</dd></div>
        <div><dt>年卡续卡</dt><dd><strong>{m.renewals} / {m.renewalChances} 次</strong> 到期后续了卡</dd></div>
        <div><dt>钱包份额</dt><dd><strong>{percentText(m.walletShare, 0)}</strong> 的健身花费在力行</dd></div>
        <div><dt>推荐意愿</dt><dd><strong>{m.recommend} / 10</strong> 分</dd></div>
      </dl>
      <p class="lm-quote">访谈：“{m.quote}”</p>
      {children}
    </article>
  );
}
