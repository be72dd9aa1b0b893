import { useEffect, useRef, useState } from 'preact/hooks';
import { VERDICT_LABELS, type CardWords, type ClassSession, type SorterDeck, type SortingScore } from '../../engine/selection/sorter';
import { CardBack } from './CardBack';
import { CustomerCard } from './CustomerCard';
import { SlopeView } from './SlopeView';
import type { SorterState } from './state';

interface Props {
  state: SorterState;
  deck: SorterDeck;
  session: ClassSession;
  score: SortingScore;
  faces: Record<string, { words: CardWords; revenueRank: number }>;
}

/** Class mode for the instructor: one card at a time, big; the class votes; the profit is revealed; next. */
export function ClassMode({ state, deck, session, score, faces }: Props) {
  const title = useRef<HTMLHeadingElement>(null);
  const shown = useRef(session.index);
  useEffect(() => {
    // 下一张: the new card's number and customer at the top of the screen. The focus goes to the card, which scrolls
    // nothing while part of it is in view, so in full screen the class saw the middle of the card without its name.
    if (shown.current === session.index) return;
    shown.current = session.index;
    if (title.current) bringToTop(title.current);
  }, [session.index]);
  if (session.finished) return <ClassSummary state={state} session={session} score={score} />;
  const card = deck.cards[session.index]!;
  const revealed = session.revealed.includes(card.id);
  const last = session.index === deck.cards.length - 1;
  return (
    <section class="cs-class" aria-labelledby="cs-class-title">
      <h4 id="cs-class-title" ref={title}>
        课堂模式 · 第 {session.index + 1} / {deck.cards.length} 张
      </h4>
      <div class="cs-class-layout">
        <CustomerCard key={card.id} card={card} face={faces[card.id]} deckSize={deck.cards.length} focusKey="class-card" big />
        <div class="cs-class-side">
          {revealed ? <CardBack row={score.cards[session.index]!} heading={false} /> : <VotePanel key={card.id} state={state} session={session} />}
          <div class="tool-row">
            {revealed ? (
              <button type="button" class="btn primary" data-focus="class-next" onClick={state.classNext}>
                {last ? '查看全班总结' : '下一张'}
              </button>
            ) : (
              <button type="button" class="btn primary" onClick={state.classReveal}>
                揭晓利润
              </button>
            )}
          </div>
        </div>
      </div>
    </section>
  );
}

/**
 * Brings `el` to the top of the box it scrolls in: the nearest ancestor that scrolls (a widget in full screen, a
 * slide's live area), and no box around it (`scrollIntoView` also scrolled the page under a lecture deck, moving the
 * slide's title off the screen); on a page, only when it is out of sight or under the sticky header (its scroll margin).
 */
function bringToTop(el: HTMLElement): void {
  for (let box = el.parentElement; box && box !== document.body && box !== document.documentElement; box = box.parentElement) {
    if (box.scrollHeight > box.clientHeight + 1 && /auto|scroll/.test(getComputedStyle(box).overflowY)) {
      box.scrollTop += el.getBoundingClientRect().top - box.getBoundingClientRect().top - 8;
      return;
    }
  }
  const { top, bottom } = el.getBoundingClientRect();
  if (top < (parseFloat(getComputedStyle(el).scrollMarginTop) || 0) || bottom > innerHeight) el.scrollIntoView({ block: 'start' });
}

function VotePanel({ state, session }: { state: SorterState; session: ClassSession }) {
  const [good, setGood] = useState('');
  const [bad, setBad] = useState('');
  const call = session.calls[session.cards[session.index]!];
  const count = (text: string) => (text.trim() === '' ? 0 : Number(text));
  return (
    <fieldset class="cs-vote">
      <legend>全班举手表决</legend>
      <p class="cs-vote-hint">先让全班讨论这位客户，再请认为是好客户、坏客户的同学分别举手。</p>
      <div class="cs-vote-counts">
        <label>
          认为是好客户
          <input type="number" min="0" step="1" inputMode="numeric" value={good} onInput={(e) => setGood(e.currentTarget.value)} /> 人
        </label>
        <label>
          认为是坏客户
          <input type="number" min="0" step="1" inputMode="numeric" value={bad} onInput={(e) => setBad(e.currentTarget.value)} /> 人
        </label>
        <button type="button" class="btn" onClick={() => state.classVotes(count(good), count(bad))}>
          记录举手结果
        </button>
      </div>
      <p class="cs-vote-direct">
        或者直接记录全班的判断：
        <button type="button" class="btn" onClick={() => state.classDecision('good')}>
          全班判为好客户
        </button>
        <button type="button" class="btn" onClick={() => state.classDecision('bad')}>
          全班判为坏客户
        </button>
      </p>
      <p class="status">
        {call
          ? `已记录：${call.decision === 'split' ? '意见各半' : `全班判为${VERDICT_LABELS[call.decision]}`}${call.votes ? `（好 ${call.votes.good} : 坏 ${call.votes.bad}）` : ''}。`
          : '还没有记录全班的判断（也可以不表决，直接揭晓）。'}
      </p>
    </fieldset>
  );
}

function ClassSummary({ state, session, score }: { state: SorterState; session: ClassSession; score: SortingScore }) {
  return (
    <section class="cs-result" aria-labelledby="cs-result-title">
      <h4 id="cs-result-title" tabIndex={-1} data-focus="result">
        全班总结 · {score.headline}
      </h4>
      <div class="cs-table-wrap">
        <table class="cs-summary">
          <caption>全班的判断与模型结论</caption>
          <thead>
            <tr>
              <th scope="col">客户</th>
              <th scope="col">全班判断</th>
              <th scope="col">模型结论</th>
              <th scope="col">结果</th>
            </tr>
          </thead>
          <tbody>
            {score.cards.map((row) => {
              const call = session.calls[row.card.id];
              return (
                <tr key={row.card.id}>
                  <th scope="row">{row.card.name}</th>
                  <td>
                    {call ? (call.decision === 'split' ? '意见各半' : VERDICT_LABELS[call.decision]) : '未表决'}
                    {call?.votes && <small>（好 {call.votes.good} : 坏 {call.votes.bad}）</small>}
                  </td>
                  <td>{VERDICT_LABELS[row.verdict]}</td>
                  <td>{{ right: '✓ 正确', wrong: '✗ 错误', partial: '½ 观察', none: '— 无判断' }[row.outcome]}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {score.insights.length > 0 && (
        <ul class="cs-insights">
          {score.insights.map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
      )}
      <SlopeView cards={score.cards} />
      <div class="tool-row">
        <button type="button" class="btn primary" onClick={() => state.deal()}>
          重新开始课堂模式
        </button>
      </div>
    </section>
  );
}
