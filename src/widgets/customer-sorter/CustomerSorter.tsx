import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { DeckKind } from '../../engine/selection/sorter';
import { ShareLink } from '../shared/ShareLink';
import { readSharedState, sharedStateUrl } from '../shared/share-state';
import { useTeacherMode } from '../shared/teacher';
import { WidgetFrame } from '../shared/WidgetFrame';
import { useDomId } from '../shared/use-dom-id';
import { useFocusRequest } from '../shared/use-focus-request';
import { ClassMode } from './ClassMode';
import { Debrief } from './Debrief';
import { ModelText } from './ModelText';
import { fromLinkKeys, SHARE_PREFIX, toLinkKeys, WIDGET_ANCHOR } from './share';
import { SortBoard } from './SortBoard';
import { createSorterState, DECK_NAMES, WIDGET } from './state';
import './customer-sorter.css';

const DECK_HINTS: Readonly<Record<DeckKind, string>> = { intro: '8 张，判断清楚', advanced: '12 张，有陷阱', random: '10 张，随机抽取' };

/** 好客户还是坏客户?The chapter-3 card sorter: sort, commit, see the real profit; class mode for instructors. */
export default function CustomerSorter() {
  const { teacher } = useTeacherMode();
  const deckGroup = useDomId(WIDGET);
  const root = useRef<HTMLDivElement>(null);
  const [state] = useState(createSorterState);
  const source = useStore(state.$source);
  const deck = useStore(state.$deck);
  const choice = useStore(state.$choice);
  const mode = useStore(state.$mode);
  const sorting = useStore(state.$sorting);
  const session = useStore(state.$session);
  const score = useStore(state.$score);
  const classScore = useStore(state.$classScore);
  const faces = useStore(state.$cardFaces);
  const current = useStore(state.$current);
  const announcement = useStore(state.$announcement);
  const actionError = useStore(state.$actionError);
  const focusRequest = useStore(state.$focus);

  useEffect(() => {
    state.applyLink(fromLinkKeys(readSharedState(SHARE_PREFIX)), teacher);
    void state.loadCards();
  }, []);

  useEffect(() => {
    if (!teacher && mode === 'class') state.setMode('practice');
  }, [teacher, mode]);

  useFocusRequest(root, focusRequest);

  let body;
  if (source.status === 'loading') body = <p class="status">正在载入客户档案……</p>;
  else if (source.status === 'error')
    body = (
      <p class="cs-alert" role="alert">
        {source.message}
      </p>
    );
  else if (!deck || !deck.ok)
    body = (
      <p class="cs-alert" role="alert">
        这副卡组无法发牌：{deck?.ok === false ? deck.message : '没有客户数据'}
      </p>
    );
  else if (mode === 'class' && session && classScore?.ok) body = <ClassMode state={state} deck={deck.value} session={session} score={classScore.value} faces={faces} />;
  else if (sorting?.phase === 'committed' && score?.ok) body = <Debrief state={state} score={score.value} />;
  else if (sorting) body = <SortBoard state={state} deck={deck.value} sorting={sorting} faces={faces} current={current} />;

  const ready = source.status === 'ready';
  return (
    <WidgetFrame name={WIDGET} title="好客户还是坏客户？" tools={<ShareLink makeUrl={() => sharedStateUrl(SHARE_PREFIX, toLinkKeys(state.linkState()), WIDGET_ANCHOR)} />}>
      <div class={`cs${mode === 'class' ? ' cs-class-mode' : ''}`} id={WIDGET_ANCHOR} ref={root}>
        <p class="cs-intro">
          你是一家物流公司的客户经理。每张卡片是一位企业客户，只写着你在决定之前能看到的数字。先凭这些数字把卡片分成<strong>好客户</strong>和<strong>坏客户</strong>，全部分完后提交，再看按“收入 × 毛利率 − 服务成本 − 预期坏账”算出的真实利润。
        </p>
        <div class="cs-setup">
          <fieldset class="cs-decks">
            <legend>卡组</legend>
            {(['intro', 'advanced', 'random'] as const).map((kind) => (
              <label key={kind}>
                <input type="radio" name={deckGroup} value={kind} checked={choice.kind === kind} disabled={!ready} onChange={() => state.chooseDeck(kind)} />
                {DECK_NAMES[kind]}
                <small>（{DECK_HINTS[kind]}）</small>
              </label>
            ))}
          </fieldset>
          <button type="button" class="btn" disabled={!ready} onClick={state.reshuffle}>
            {choice.kind === 'random' ? '换一副' : '重新洗牌'}
          </button>
          {teacher && (
            <div class="cs-modes" role="group" aria-label="教师：使用方式">
              <button type="button" class="btn" aria-pressed={mode === 'practice'} disabled={!ready} onClick={() => state.setMode('practice')}>
                学生练习
              </button>
              <button type="button" class="btn" aria-pressed={mode === 'class'} disabled={!ready} onClick={() => state.setMode('class')}>
                课堂模式（一次投影一张）
              </button>
            </div>
          )}
        </div>
        <details class="cs-model">
          <summary>模型说明</summary>
          <ModelText />
        </details>
        {/* A box that is always there: a message coming or going must not shift the children after it, which made
            Preact build the board or the class card again (the focus fell to the page, counts typed were lost). */}
        <div class="cs-messages">
          {actionError && (
            <p class="cs-alert" role="alert">
              {actionError}
            </p>
          )}
        </div>
        {source.status === 'ready' && source.issues.length > 0 && (
          <details class="cs-issues">
            <summary>客户档案中有 {source.issues.length} 行无法使用，已跳过（其余客户照常发牌）</summary>
            <ul>
              {source.issues.slice(0, 20).map((text) => (
                <li key={text}>{text}</li>
              ))}
            </ul>
          </details>
        )}
        {body}
        <p class="visually-hidden" role="status" aria-live="polite">
          {announcement}
        </p>
      </div>
    </WidgetFrame>
  );
}
