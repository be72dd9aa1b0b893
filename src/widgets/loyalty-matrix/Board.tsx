import { LOYALTY_QUADRANTS, loyaltyQuadrantLabel, type LoyaltyMember, type LoyaltyQuadrantKey, type MatrixSorting } from '../../engine/loyalty/matrix';
import { startCardDrag } from '../shared/card-drag';
import { MemberCard } from './MemberCard';
import type { MatrixState } from './state';

interface Props {
  state: MatrixState;
  sorting: MatrixSorting;
  onUse: () => void;
}

const KEY_TO_QUADRANT: Readonly<Record<string, LoyaltyQuadrantKey>> = { '1': 'apostle', '2': 'mercenary', '3': 'hostage', '4': 'defector' };

/** The quadrant a key sends a card to (1–4), 'pile' for U/Backspace/Delete, else null. */
export function matrixKeyTarget(event: KeyboardEvent): LoyaltyQuadrantKey | 'pile' | null {
  if (event.ctrlKey || event.altKey || event.metaKey) return null;
  const tag = (event.target as Element | null)?.tagName;
  if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT') return null;
  if (KEY_TO_QUADRANT[event.key]) return KEY_TO_QUADRANT[event.key]!;
  return ['u', 'U', 'Backspace', 'Delete'].includes(event.key) ? 'pile' : null;
}

/** Sorting: the members still to place, then the 2 × 2 matrix (satisfaction down the side, loyalty across). */
export function Board({ state, sorting, onUse }: Props) {
  const pile = state.members.filter((m) => !sorting.placements[m.id]);
  const drop = (member: string, target: string) => {
    onUse();
    if (target === 'pile') state.unplace(member);
    else if (LOYALTY_QUADRANTS.some((q) => q.key === target)) state.place(member, target as LoyaltyQuadrantKey);
  };
  const keys = (member: string, placed: boolean) => (event: KeyboardEvent) => {
    const target = matrixKeyTarget(event);
    if (target === null || (target === 'pile' && !placed)) return;
    event.preventDefault();
    drop(member, target);
  };
  const inQuadrant = (key: LoyaltyQuadrantKey) => state.members.filter((m) => sorting.placements[m.id] === key);
  return (
    <div class="lm-board" onPointerDown={(e) => startCardDrag(e as unknown as PointerEvent, drop)}>
      <section class="lm-pile" data-drop="pile" aria-labelledby="lm-pile-title">
        <h4 id="lm-pile-title">
          待放置的会员 <span class="lm-count">（{pile.length} 位）</span>
        </h4>
        {pile.length === 0 ? (
          <p class="lm-empty">全部放好了。检查一下矩阵，觉得没问题就提交。</p>
        ) : (
          <ul class="lm-cards">
            {pile.map((m) => (
              <li key={m.id}>
                <MemberCard member={m} focusKey={`card:${m.id}`} draggable onKeyDown={keys(m.id, false)}>
                  <div class="lm-card-actions" role="group" aria-label={`把${m.name}放入`}>
                    {LOYALTY_QUADRANTS.map((q, i) => (
                      <button type="button" class="btn" key={q.key} onClick={() => drop(m.id, q.key)}>
                        <span class="visually-hidden">{`${m.name}放入${loyaltyQuadrantLabel(q.key)}`}</span>
                        <span aria-hidden="true">{`${i + 1} ${q.name}`}</span>
                      </button>
                    ))}
                  </div>
                </MemberCard>
              </li>
            ))}
          </ul>
        )}
      </section>
      <div class="lm-matrix-wrap">
        <p class="lm-axis lm-axis-x" aria-hidden="true">
          <span>忠诚度高</span>
          <span>忠诚度低</span>
        </p>
        <div class="lm-matrix">
          {LOYALTY_QUADRANTS.map((q) => (
            <Quadrant key={q.key} quadrant={q.key} members={inQuadrant(q.key)} state={state} onKeys={keys} onUse={onUse} />
          ))}
        </div>
      </div>
      <div class="lm-submit">
        <button type="button" class="btn primary" data-focus="submit" disabled={pile.length > 0} onClick={() => state.commit()}>
          提交，看看指标怎么说
        </button>
        <span class="lm-hint">{pile.length > 0 ? `还有 ${pile.length} 位会员没有放进矩阵` : '可以提交了'}</span>
      </div>
      <p class="lm-keys" id="lm-keys">
        键盘：在会员卡片上按 <kbd>1</kbd> 忠诚者、<kbd>2</kbd> 唯利是图者、<kbd>3</kbd> 人质、<kbd>4</kbd> 背叛者，在矩阵里的会员上按 <kbd>U</kbd> 放回；也可以用鼠标（手机上按住“⠿ 拖动”）把卡片拖进象限。
      </p>
    </div>
  );
}

function Quadrant({ quadrant, members, state, onKeys, onUse }: {
  quadrant: LoyaltyQuadrantKey;
  members: readonly LoyaltyMember[];
  state: MatrixState;
  onKeys: (member: string, placed: boolean) => (event: KeyboardEvent) => void;
  onUse: () => void;
}) {
  const q = LOYALTY_QUADRANTS.find((x) => x.key === quadrant)!;
  const titleId = `lm-q-${quadrant}`;
  return (
    <section class={`lm-quadrant lm-q-${quadrant}`} data-drop={quadrant} aria-labelledby={titleId}>
      <h4 id={titleId}>
        {loyaltyQuadrantLabel(quadrant)} <span class="lm-count">（{members.length} 位）</span>
      </h4>
      <p class="lm-q-axes">满意度{q.satisfaction === 'high' ? '高' : '低'} · 忠诚度{q.loyalty === 'high' ? '高' : '低'}</p>
      {members.length === 0 ? (
        <p class="lm-empty">把会员拖到这里，或在卡片上按 {['apostle', 'mercenary', 'hostage', 'defector'].indexOf(quadrant) + 1}。</p>
      ) : (
        <ul class="lm-chips">
          {members.map((m) => (
            <li key={m.id} class="lm-chip" data-drag-card={m.id} data-focus={`chip:${m.id}`} tabIndex={-1} onKeyDown={onKeys(m.id, true)} aria-describedby="lm-keys">
              <span class="cs-grip lm-grip" aria-hidden="true" title="按住拖动">⠿</span>
              <strong>{m.name}</strong>
              <button type="button" class="btn" onClick={() => { onUse(); state.unplace(m.id); }}>
                <span class="visually-hidden">{`把${m.name}放回待放置`}</span>
                <span aria-hidden="true">放回</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
