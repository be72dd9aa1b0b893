import { LOYALTY_QUADRANTS, loyaltyQuadrant, loyaltyQuadrantLabel, type MatrixClassSession, type MatrixScore, type MatrixScoreRow } from '../../engine/loyalty/matrix';
import { MemberCard } from './MemberCard';
import type { MatrixState } from './state';

interface Props {
  state: MatrixState;
  session: MatrixClassSession;
  score: MatrixScore;
}

/** Class mode for the instructor: one member at a time, the class decides, the indicators are revealed, next. */
export function ClassMode({ state, session, score }: Props) {
  if (session.finished) return <ClassSummary state={state} session={session} score={score} />;
  const member = state.members.find((m) => m.id === session.order[session.index])!;
  const revealed = session.revealed.includes(member.id);
  const call = session.calls[member.id];
  const last = session.index === session.order.length - 1;
  return (
    <section class="lm-class" aria-labelledby="lm-class-title">
      <h4 id="lm-class-title">
        课堂模式 · 第 {session.index + 1} / {session.order.length} 位会员
      </h4>
      <div class="lm-class-layout">
        <MemberCard key={member.id} member={member} focusKey="class-card" big />
        <div class="lm-class-side">
          <fieldset class="lm-vote" disabled={revealed}>
            <legend>全班讨论后，这位会员属于哪个象限？</legend>
            <div class="lm-vote-buttons">
              {LOYALTY_QUADRANTS.map((q) => (
                <button type="button" class="btn" key={q.key} aria-pressed={call === q.key} onClick={() => state.classCall(q.key)}>
                  {loyaltyQuadrantLabel(q.key)}
                </button>
              ))}
            </div>
            <p class="status">{call ? `已记录：全班选“${loyaltyQuadrantLabel(call)}”。` : '还没有记录全班的选择（也可以直接揭晓）。'}</p>
          </fieldset>
          {revealed && <Reveal row={score.rows.find((r) => r.member === member.id)!} call={call} />}
          <div class="tool-row">
            {revealed ? (
              <button type="button" class="btn primary" data-focus="class-next" onClick={() => state.classNext()}>
                {last ? '查看全班总结' : '下一位会员'}
              </button>
            ) : (
              <button type="button" class="btn primary" onClick={() => state.classReveal()}>
                揭晓指标
              </button>
            )}
          </div>
        </div>
      </div>
    </section>
  );
}

function Reveal({ row, call }: { row: MatrixScoreRow; call: string | undefined }) {
  const p = row.position;
  const q = loyaltyQuadrant(p.quadrant);
  return (
    <div class="lm-reveal" role="status">
      <p>
        <strong>{loyaltyQuadrantLabel(p.quadrant)}</strong>
        {call ? (call === p.quadrant ? '：✓ 全班判断正确。' : '：✗ 与全班的判断不同。') : '。'}
      </p>
      <p>{row.explanation}</p>
      <p><strong>怎么做：</strong>{q.strategy}</p>
    </div>
  );
}

function ClassSummary({ state, session, score }: Props) {
  const right = score.rows.filter((r) => session.calls[r.member] === r.position.quadrant).length;
  return (
    <section class="lm-result" aria-labelledby="lm-class-summary">
      <h4 id="lm-class-summary" tabIndex={-1} data-focus="class-summary">
        全班总结：{right} / {score.total} 位会员判断正确
      </h4>
      <div class="lm-table-wrap">
        <table class="lm-table">
          <caption>全班的判断与指标的结论</caption>
          <thead>
            <tr><th scope="col">会员</th><th scope="col">全班判断</th><th scope="col">指标的结论</th><th scope="col">结果</th></tr>
          </thead>
          <tbody>
            {score.rows.map((row) => {
              const call = session.calls[row.member];
              return (
                <tr key={row.member}>
                  <th scope="row">{state.members.find((m) => m.id === row.member)?.name}</th>
                  <td>{call ? loyaltyQuadrantLabel(call) : '未表决'}</td>
                  <td>{loyaltyQuadrantLabel(row.position.quadrant)}</td>
                  <td>{call ? (call === row.position.quadrant ? '✓ 正确' : '✗ 不同') : '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div class="tool-row">
        <button type="button" class="btn primary" onClick={() => state.setMode('class')}>
          重新开始课堂模式
        </button>
      </div>
    </section>
  );
}
