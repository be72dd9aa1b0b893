import type { SortingScore } from '../../engine/selection/sorter';
import { useStore } from '@nanostores/preact';
import { sorterCodeAnswers } from '../../engine/result-code/sorter-answers';
import { pageText } from '../../i18n/page-conversion';
import { pageScript } from '../../i18n/locale';
import { ResultCode } from '../shared/ResultCode';
import { CardBack } from './CardBack';
import { SlopeView } from './SlopeView';
import type { SorterState } from './state';

/** The chapter's section on the standards (its heading id is converted on Traditional pages, as the page is). */
export function standardsHref(): string {
  const id = '第二节-好客户与坏客户';
  return `#${pageScript() === 'hant' ? pageText(id) : id}`;
}

/** After the commit: the score, what it shows, revenue vs profit, every card turned over, and what next. */
export function Debrief({ state, score }: { state: SorterState; score: SortingScore }) {
  const deck = useStore(state.$deck);
  const sorting = useStore(state.$sorting);
  return (
    <section class="cs-result" aria-labelledby="cs-result-title">
      <h4 id="cs-result-title" tabIndex={-1} data-focus="result">
        {score.headline}
      </h4>
      {score.insights.length > 0 && (
        <ul class="cs-insights">
          {score.insights.map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
      )}
      <SlopeView cards={score.cards} />
      <h4>逐张复盘</h4>
      <p class="cs-hint">判错的和“观察”类的卡片已展开；判对的卡片点开可以看利润核算。</p>
      <ol class="cs-review">
        {score.cards.map((row) => (
          <li key={row.card.id}>
            <CardBack row={row} collapsible />
          </li>
        ))}
      </ol>
      <p>
        <a href={standardsHref()}>回到本章“好客户”与“坏客户”的标准 →</a>
      </p>
      <div class="tool-row">
        <button type="button" class="btn primary" onClick={state.retry}>
          再来一次
        </button>
        <button
          type="button"
          class="btn"
          onClick={() => {
            state.chooseDeck('random');
            state.reshuffle();
          }}
        >
          换一副随机卡组
        </button>
      </div>
      {deck?.ok && sorting && <ResultCode result={{ ...sorterCodeAnswers(deck.value, sorting.placements), score: { points: score.points, max: score.max } }} />}
    </section>
  );
}
