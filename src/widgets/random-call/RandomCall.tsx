import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { $classBoard, updateClassBoard } from '../../stores/class-board';
import { NO_TRANSLATE } from '../shared/no-translate';
import { useDomId } from '../shared/use-dom-id';
import { useMounted } from '../shared/use-mounted';
import { WidgetFrame } from '../shared/WidgetFrame';
import { nextCall } from './pick';
import './random-call.css';

/**
 * 随机点名: names a student from the board's class list, no one twice until everyone has been called (the round is
 * kept with the board, so a reload does not start it again). Focus stays on the button: Enter or Space calls the next.
 */
export function RandomCall() {
  const board = useStore($classBoard);
  const mounted = useMounted();
  const id = useDomId('random-call');
  const [weighted, setWeighted] = useState(false);
  const [newRound, setNewRound] = useState(false);
  const roster = board.roster?.entries ?? [];
  const ids = roster.map((r) => r.studentId);
  const called = board.round.called.filter((s) => ids.includes(s));
  const current = roster.find((r) => r.studentId === called[called.length - 1]);

  const call = () => {
    const submitted = new Set(board.submissions.map((s) => s.record.studentId));
    const next = nextCall(ids, called, submitted, weighted, Math.random);
    if (!next) return;
    setNewRound(next.newRound);
    updateClassBoard((data, stamp) => ({ ...data, round: { called: [...next.called], updatedAt: stamp(data.round.updatedAt) } }));
  };
  const restart = () => {
    setNewRound(false);
    updateClassBoard((data, stamp) => ({ ...data, round: { called: [], updatedAt: stamp(data.round.updatedAt) } }));
  };

  return (
    <WidgetFrame name="random-call" title="随机点名">
      {!mounted ? (
        <p>正在读取名单……</p>
      ) : roster.length === 0 ? (
        <p>先在上面的班级看板里导入名单，再来点名。</p>
      ) : (
        <>
          <p class="rc-call-name" aria-live="polite" aria-atomic="true">
            {current ? (
              <>
                请 <strong {...NO_TRANSLATE}>{current.name}</strong> 同学
                <span class="rc-call-id" {...NO_TRANSLATE}>
                  （{current.studentId}）
                </span>
              </>
            ) : (
              '还没有点名'
            )}
          </p>
          <p class="tool-row">
            <button type="button" class="btn primary rc-call-button" onClick={call}>
              点名
            </button>
            <button type="button" class="btn" onClick={restart} disabled={called.length === 0}>
              重新开始一轮
            </button>
          </p>
          <div class="rc-call-options">
            <input id={`${id}-weighted`} type="checkbox" checked={weighted} onChange={(e) => setWeighted(e.currentTarget.checked)} />
            <label for={`${id}-weighted`}>优先点还没有提交的同学（机会是其他同学的 3 倍）</label>
          </div>
          <p class="status" role="status">
            本轮已点 {called.length} / {roster.length} 人{newRound ? '：全班都点过了，新一轮开始' : called.length === roster.length ? '：全班都点过了，下一次点名开始新一轮' : ''}。
          </p>
        </>
      )}
    </WidgetFrame>
  );
}
