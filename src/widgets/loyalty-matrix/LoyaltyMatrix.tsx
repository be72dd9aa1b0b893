import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { ModelNotes } from '../shared/ModelNotes';
import { useFirstUse } from '../shared/progress';
import { readSharedState, sharedStateUrl } from '../shared/share-state';
import { ShareLink } from '../shared/ShareLink';
import { useTeacherMode } from '../shared/teacher';
import { WidgetFrame } from '../shared/WidgetFrame';
import { useFocusRequest } from '../shared/use-focus-request';
import { Board } from './Board';
import { ClassMode } from './ClassMode';
import { Debrief } from './Debrief';
import { fromLinkKeys, SHARE_PREFIX, toLinkKeys } from './share';
import { createMatrixState, WIDGET, type MatrixState } from './state';
import './loyalty-matrix.css';

/** 满意—忠诚矩阵 (chapter 9): place the gym's members by satisfaction and loyalty, then see the indicators and strategies. */
export default function LoyaltyMatrix() {
  const { teacher } = useTeacherMode();
  // Made after mounting: the first state comes from the share link, so hydration meets the server's HTML.
  const [state, setState] = useState<MatrixState | null>(null);
  useEffect(() => setState(createMatrixState(fromLinkKeys(readSharedState(SHARE_PREFIX)), teacher)), []);
  return (
    <WidgetFrame name={WIDGET} title="满意—忠诚矩阵" tools={state ? <ShareLink makeUrl={() => sharedStateUrl(SHARE_PREFIX, toLinkKeys(state.linkState()), WIDGET)} /> : null}>
      <div class="lm" id={WIDGET}>
        {state ? <MatrixBody state={state} teacher={teacher} /> : <p class="widget-loading">正在准备满意—忠诚矩阵…</p>}
      </div>
      <ModelNotes load={() => import('./MODEL.md?raw')} />
    </WidgetFrame>
  );
}

function MatrixBody({ state, teacher }: { state: MatrixState; teacher: boolean }) {
  const sorting = useStore(state.$sorting);
  const mode = useStore(state.$mode);
  const session = useStore(state.$session);
  const score = useStore(state.$score);
  const announcement = useStore(state.$announcement);
  const focusRequest = useStore(state.$focus);
  const error = useStore(state.$error);
  const root = useRef<HTMLDivElement>(null);
  const onUse = useFirstUse(WIDGET);

  useEffect(() => {
    if (!teacher && mode === 'class') state.setMode('practice');
  }, [teacher, mode]);

  useFocusRequest(root, focusRequest);

  let body;
  if (!score.ok) body = <p class="lm-alert" role="alert">会员数据有误：{score.message}</p>;
  else if (mode === 'class') body = <ClassMode state={state} session={session} score={score.value} />;
  else if (sorting.phase === 'committed') body = <Debrief members={state.members} score={score.value} onRestart={() => { onUse(); state.restart(); }} />;
  else body = <Board state={state} sorting={sorting} onUse={onUse} />;

  return (
    <div ref={root} class={mode === 'class' ? 'lm-class-mode' : undefined}>
      <p class="lm-intro">
        力行健身的会员调查结果出来了。每张卡片是一位年卡会员：满意度打分、投诉记录、续卡次数、钱包份额和推荐意愿。先凭这些信息判断他们在<strong>满意—忠诚矩阵</strong>的哪个象限，全部放好后提交，再看由指标算出的位置和每个象限的对策。
      </p>
      {teacher && (
        <div class="lm-modes" role="group" aria-label="教师：使用方式">
          <button type="button" class="btn" aria-pressed={mode === 'practice'} onClick={() => state.setMode('practice')}>
            学生练习
          </button>
          <button type="button" class="btn" aria-pressed={mode === 'class'} onClick={() => { onUse(); state.setMode('class'); }}>
            课堂模式（一次投影一位会员）
          </button>
        </div>
      )}
      {error && <p class="lm-alert" role="alert">{error}</p>}
      {body}
      <p class="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
