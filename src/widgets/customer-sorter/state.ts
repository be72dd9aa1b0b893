import { atom, computed, type ReadableAtom } from 'nanostores';
import { isEngineError } from '../../engine/core/errors';
import type { RowIssue } from '../../engine/core/types';
import { sitePath } from '../../i18n/site-path';
import {
  buildDeck,
  classCalls,
  commitSorting,
  dealSorting,
  describeCard,
  nextClassCard,
  placeCard,
  profitabilityOfCards,
  recordClassDecision,
  recordClassVotes,
  revealClassCard,
  scoreSorting,
  startClassSession,
  unplaceCard,
  unplacedCards,
  VERDICT_LABELS,
  type CardIssue,
  type CardWords,
  type ClassSession,
  type DeckChoice,
  type DeckKind,
  type SorterBin,
  type SorterCard,
  type SorterDeck,
  type SortingScore,
  type SortingState,
} from '../../engine/selection/sorter';
import { recordWidgetUse } from '../shared/progress';
import { attempt, type Outcome } from '../shared/outcome';
import { chineseOnly } from '../shared/learner-message';
import { picksFromText, picksToText, type SorterLinkState } from './share';

export const WIDGET = 'customer-sorter';
export const DATASET_URL = '/datasets/logistics-customers.csv';

export type CardSource =
  | { status: 'loading' }
  | { status: 'ready'; cards: readonly SorterCard[]; issues: readonly string[] }
  | { status: 'error'; message: string };

export type Mode = 'practice' | 'class';

/** Where the view should put the keyboard focus after an action. */
export interface FocusRequest {
  readonly target: string;
  readonly seq: number;
}

export const DECK_NAMES: Readonly<Record<DeckKind, string>> = { intro: '入门', advanced: '进阶', random: '随机' };

/** Rows of the customer file that could not become cards, in Chinese with the line or customer and the column. */
export function describeIssues(rows: readonly RowIssue[], cards: readonly CardIssue[]): string[] {
  return [
    ...rows.map((i) => `第 ${i.line} 行${i.column ? `“${i.column}”列` : ''}：${i.message}`),
    ...cards.map((i) => `客户 ${i.customer} 的“${i.column}”：${i.message}`),
  ];
}


/** One sorter's state: the customer file, the dealt deck, the piles or the class session, and the actions the view calls. */
export interface SorterState {
  readonly $source: ReadableAtom<CardSource>;
  readonly $choice: ReadableAtom<DeckChoice>;
  readonly $mode: ReadableAtom<Mode>;
  readonly $sorting: ReadableAtom<SortingState | null>;
  /** The card shown on top of the deck (practice) while sorting. */
  readonly $current: ReadableAtom<string | null>;
  readonly $session: ReadableAtom<ClassSession | null>;
  /** What the live region says after the last action. */
  readonly $announcement: ReadableAtom<string>;
  /** A refused action (e.g. no hands counted), shown in the widget's alert. */
  readonly $actionError: ReadableAtom<string>;
  readonly $focus: ReadableAtom<FocusRequest | null>;
  /** The dealt deck, or why it cannot be dealt; null while the customer file is loading. */
  readonly $deck: ReadableAtom<Outcome<SorterDeck> | null>;
  /** What each card shows before the reveal: plain words and the revenue rank within the deck. */
  readonly $cardFaces: ReadableAtom<Record<string, { words: CardWords; revenueRank: number }>>;
  /** The learner's score, once committed. */
  readonly $score: ReadableAtom<Outcome<SortingScore> | null>;
  /** The class's calls scored (read a card's row only once it is revealed). */
  readonly $classScore: ReadableAtom<Outcome<SortingScore> | null>;
  /** Takes the state a shared link carries; applied once the cards are loaded. */
  applyLink(link: Partial<SorterLinkState>, teacher: boolean): void;
  /** Reads the bundled customer file (in the browser; the CSV reader is loaded on demand). */
  loadCards(fetchText?: (url: string) => Promise<Response>): Promise<void>;
  /** Deals the chosen deck afresh (all cards unplaced), optionally with a link's piles and step. */
  deal(link?: Partial<SorterLinkState>): void;
  chooseDeck(kind: DeckKind): void;
  /** A new seed: a new draw for 随机, a new order for the other decks. */
  reshuffle(): void;
  setMode(mode: Mode): void;
  /** Puts a card on a pile (or moves it); the next card to sort comes up and gets the focus. */
  place(id: string, bin: SorterBin): void;
  /** Takes a card off its pile; it comes back on top of the deck. */
  unplace(id: string): void;
  /** Shows another card still to sort (step −1 or +1 through the deck). */
  browse(step: number): void;
  commit(): void;
  /** The same deck again, every card back in the deck. */
  retry(): void;
  classVotes(good: number, bad: number): void;
  classDecision(bin: SorterBin): void;
  classReveal(): void;
  classNext(): void;
  /** The link state for “复制链接”. */
  linkState(): SorterLinkState;
}

/** A sorter's own state: two sorters on one page keep their own decks, piles and sessions. */
export function createSorterState(): SorterState {
  const $source = atom<CardSource>({ status: 'loading' });
  const $choice = atom<DeckChoice>({ kind: 'intro', seed: 1 });
  const $mode = atom<Mode>('practice');
  const $sorting = atom<SortingState | null>(null);
  const $current = atom<string | null>(null);
  const $session = atom<ClassSession | null>(null);
  const $announcement = atom('');
  const $actionError = atom('');
  const $focus = atom<FocusRequest | null>(null);

  const $deck = computed([$source, $choice], (source, choice): Outcome<SorterDeck> | null =>
    source.status === 'ready' ? attempt(() => buildDeck(source.cards, choice)) : null,
  );
  const $cardFaces = computed($deck, (deck): Record<string, { words: CardWords; revenueRank: number }> => {
    if (!deck?.ok) return {};
    const ranks = profitabilityOfCards(deck.value.cards);
    return Object.fromEntries(deck.value.cards.map((card, i) => [card.id, { words: describeCard(card), revenueRank: ranks[i]!.rankByRevenue }]));
  });
  const $score = computed([$deck, $sorting], (deck, sorting): Outcome<SortingScore> | null =>
    deck?.ok && sorting?.phase === 'committed' ? attempt(() => scoreSorting(deck.value, sorting.placements)) : null,
  );
  const $classScore = computed([$deck, $session], (deck, session): Outcome<SortingScore> | null =>
    deck?.ok && session ? attempt(() => scoreSorting(deck.value, classCalls(session), {}, '全班')) : null,
  );

  let focusSeq = 0;
  const focus = (target: string) => $focus.set({ target, seq: ++focusSeq });

  const cardName = (id: string) => {
    const deck = $deck.get();
    return (deck?.ok && deck.value.cards.find((c) => c.id === id)?.name) || id;
  };

  const run = (action: () => void) => {
    try {
      action();
      $actionError.set('');
    } catch (error) {
      if (!isEngineError(error)) throw error;
      $actionError.set(chineseOnly(error.message));
    }
  };

  let pending: Partial<SorterLinkState> = {};

  const deal = (link: Partial<SorterLinkState> = {}) => {
    const deck = $deck.get();
    $actionError.set('');
    if (!deck?.ok) {
      $sorting.set(null);
      $session.set(null);
      return;
    }
    const ids = deck.value.cards.map((c) => c.id);
    let sorting = dealSorting(ids);
    if (link.picks) for (const [id, bin] of Object.entries(picksFromText(ids, link.picks))) sorting = placeCard(sorting, id, bin);
    if (link.step === 'result' && unplacedCards(sorting).length === 0) sorting = commitSorting(sorting);
    $sorting.set(sorting);
    $current.set(unplacedCards(sorting)[0] ?? null);
    const step = typeof link.step === 'number' ? Math.min(link.step, ids.length) - 1 : 0;
    $session.set($mode.get() === 'class' ? startClassSession(ids, step) : null);
  };

  return {
    $source, $choice, $mode, $sorting, $current, $session, $announcement, $actionError, $focus, $deck, $cardFaces, $score, $classScore,
    deal,

    applyLink(link, teacher) {
      pending = link;
      $choice.set({ kind: link.deck ?? 'intro', seed: link.seed ?? 1 });
      $mode.set(link.mode === 'class' && teacher ? 'class' : 'practice');
    },

    async loadCards(fetchText = (url) => fetch(url)) {
      $source.set({ status: 'loading' });
      try {
        const response = await fetchText(sitePath(DATASET_URL));
        if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
        const [{ readTable }, { LOGISTICS_CARD_COLUMNS, cardsFromLogisticsTable }] = await Promise.all([
          import('../../engine/ingest/read-table'),
          import('../../engine/selection/sorter/logistics-cards'),
        ]);
        const table = await readTable(response.body, { columns: LOGISTICS_CARD_COLUMNS });
        const { cards, issues } = cardsFromLogisticsTable(table);
        $source.set({ status: 'ready', cards, issues: describeIssues(table.issues, issues) });
        deal(pending);
        pending = {};
      } catch (error) {
        const why = isEngineError(error) ? chineseOnly(error.message) : '网络或文件出错';
        $source.set({ status: 'error', message: `客户档案（${DATASET_URL}）读取失败：${why}。请检查网络后刷新页面。` });
      }
    },

    chooseDeck(kind) {
      $choice.set({ ...$choice.get(), kind });
      deal();
      $announcement.set(`已换成${DECK_NAMES[kind]}卡组，共 ${$sorting.get()?.cards.length ?? 0} 张卡片。`);
    },

    reshuffle() {
      $choice.set({ ...$choice.get(), seed: 1 + Math.floor(Math.random() * 999_999) });
      deal();
      $announcement.set(`已重新洗牌，共 ${$sorting.get()?.cards.length ?? 0} 张卡片。`);
    },

    setMode(mode) {
      $mode.set(mode);
      deal();
      $announcement.set(mode === 'class' ? '已进入课堂模式：一次投影一张卡片，全班表决后再揭晓。' : '已回到学生练习。');
    },

    place(id, bin) {
      run(() => {
        const before = $sorting.get();
        if (!before) return;
        const was = before.placements[id];
        const after = placeCard(before, id, bin);
        if (after === before) return;
        recordWidgetUse(WIDGET);
        $sorting.set(after);
        const left = unplacedCards(after);
        const done = after.cards.length - left.length;
        const pile = `“${VERDICT_LABELS[bin]}”`;
        if (was) {
          $announcement.set(`“${cardName(id)}”移到${pile}一栏。`);
          focus(`chip:${id}`);
          return;
        }
        const order = after.cards;
        const next = order.slice(order.indexOf(id) + 1).concat(order).find((c) => left.includes(c)) ?? null;
        $current.set(next);
        $announcement.set(`“${cardName(id)}”放入${pile}一栏。已分类 ${done} / ${order.length} 张${left.length === 0 ? '，全部分完，可以提交了' : ''}。`);
        focus(next ? `card:${next}` : 'submit');
      });
    },

    unplace(id) {
      run(() => {
        const before = $sorting.get();
        if (!before) return;
        const after = unplaceCard(before, id);
        if (after === before) return;
        $sorting.set(after);
        $current.set(id);
        $announcement.set(`“${cardName(id)}”放回待分类。`);
        focus(`card:${id}`);
      });
    },

    browse(step) {
      const sorting = $sorting.get();
      if (!sorting) return;
      const left = unplacedCards(sorting);
      if (left.length === 0) return;
      const at = Math.max(0, left.indexOf($current.get() ?? ''));
      $current.set(left[(at + step + left.length) % left.length]!);
    },

    commit() {
      run(() => {
        const sorting = $sorting.get();
        if (!sorting) return;
        $sorting.set(commitSorting(sorting));
        const score = $score.get();
        if (score?.ok) $announcement.set(`已提交。${score.value.headline}`);
        focus('result');
      });
    },

    retry() {
      deal();
      $announcement.set('重新开始：全部卡片已放回待分类。');
      focus('deck');
    },

    classVotes(good, bad) {
      run(() => {
        const session = $session.get();
        if (!session) return;
        const next = recordClassVotes(session, { good, bad });
        recordWidgetUse(WIDGET);
        $session.set(next);
        const call = next.calls[next.cards[next.index]!]!;
        $announcement.set(call.decision === 'split' ? `已记录：${good} 人认为是好客户，${bad} 人认为是坏客户，意见各半。` : `已记录：全班判为${VERDICT_LABELS[call.decision]}（${good} : ${bad}）。`);
      });
    },

    classDecision(bin) {
      run(() => {
        const session = $session.get();
        if (!session) return;
        recordWidgetUse(WIDGET);
        $session.set(recordClassDecision(session, bin));
        $announcement.set(`已记录：全班判为${VERDICT_LABELS[bin]}。`);
      });
    },

    classReveal() {
      run(() => {
        const session = $session.get();
        if (!session) return;
        const next = revealClassCard(session);
        $session.set(next);
        const score = $classScore.get();
        const row = score?.ok ? score.value.cards[next.index] : undefined;
        if (row) $announcement.set(`揭晓：${row.card.name}，模型结论是${VERDICT_LABELS[row.verdict]}。${row.line}`);
        focus('class-next');
      });
    },

    classNext() {
      run(() => {
        const session = $session.get();
        if (!session) return;
        const next = nextClassCard(session);
        $session.set(next);
        $announcement.set(next.finished ? '全部卡片讨论完毕，请看全班总结。' : `第 ${next.index + 1} / ${next.cards.length} 张。`);
        focus(next.finished ? 'result' : 'class-card');
      });
    },

    linkState() {
      const choice = $choice.get();
      const mode = $mode.get();
      const sorting = $sorting.get();
      const session = $session.get();
      return {
        deck: choice.kind,
        seed: choice.seed,
        mode,
        picks: sorting ? picksToText(sorting.cards, sorting.placements) : '',
        step: mode === 'class' ? (session && !session.finished ? session.index + 1 : null) : sorting?.phase === 'committed' ? 'result' : null,
      };
    },
  };
}
