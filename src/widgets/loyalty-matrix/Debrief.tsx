import { useState } from 'preact/hooks';
import { LOYALTY_QUADRANTS, loyaltyQuadrant, loyaltyQuadrantLabel, type LoyaltyMember, type LoyaltyQuadrantKey, type MatrixScore } from '../../engine/loyalty/matrix';
import { groupedNumber } from '../../engine/core/number-text';
import { matrixCodeAnswers, MATRIX_ACTIVITY } from '../../engine/result-code/matrix-answers';
import { ResultCode } from '../shared/ResultCode';
import { ScrollBox } from '../shared/ScrollBox';
import { useDomId } from '../shared/use-dom-id';

interface Props {
  members: readonly LoyaltyMember[];
  score: MatrixScore;
  onRestart: () => void;
}

/** After committing: each member's indices and quadrant against the learner's choice, the quadrants with their strategies. */
export function Debrief({ members, score, onRestart }: Props) {
  const nameOf = (id: string) => members.find((m) => m.id === id)?.name ?? id;
  return (
    <section class="lm-result" aria-labelledby="lm-result-title">
      <h4 id="lm-result-title" tabIndex={-1} data-focus="result">
        结果：{score.correct} / {score.total} 位会员放对了象限
      </h4>
      <ScrollBox class="lm-table-wrap" label="每位会员的指标和象限">
        <table class="lm-table">
          <caption>每位会员的满意度、忠诚度指标（0–100 分，60 分及以上为高）和象限</caption>
          <thead>
            <tr>
              <th scope="col">会员</th>
              <th scope="col">你的判断</th>
              <th scope="col" class="num">满意度</th>
              <th scope="col" class="num">忠诚度</th>
              <th scope="col">指标的结论</th>
            </tr>
          </thead>
          <tbody>
            {score.rows.map((row) => (
              <tr key={row.member}>
                <th scope="row">{nameOf(row.member)}</th>
                <td>
                  <span class={row.correct ? 'lm-right' : 'lm-wrong'}>{row.correct ? '✓ ' : '✗ '}</span>
                  {row.placed ? loyaltyQuadrantLabel(row.placed) : '未放置'}
                </td>
                <td class="num">{groupedNumber(row.position.satisfactionIndex, 1, true)}</td>
                <td class="num">{groupedNumber(row.position.loyaltyIndex, 1, true)}</td>
                <td>{row.explanation}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
      <div class="lm-strategies">
        {LOYALTY_QUADRANTS.map((q) => (
          <section key={q.key} class={`lm-strategy lm-q-${q.key}`} aria-labelledby={`lm-s-${q.key}`}>
            <h5 id={`lm-s-${q.key}`}>
              {loyaltyQuadrantLabel(q.key)}：{score.counts[q.key]} 位
            </h5>
            <p>{q.who}</p>
            <p>
              <strong>怎么做：</strong>
              {q.strategy}
            </p>
            <p class="lm-who">
              {score.rows.filter((r) => r.position.quadrant === q.key).map((r) => nameOf(r.member)).join('、') || '（这一组里没有）'}
            </p>
          </section>
        ))}
      </div>
      <h5 class="lm-design-title">轮到你：为“人质”和“唯利是图者”各设计一条挽留措施</h5>
      <div class="lm-designs">
        <DesignPrompt quadrant="hostage" />
        <DesignPrompt quadrant="mercenary" />
      </div>
      <div class="tool-row">
        <button type="button" class="btn" onClick={onRestart}>
          清空矩阵，重新放一次
        </button>
      </div>
      <ResultCode
        result={{
          activity: MATRIX_ACTIVITY,
          answers: matrixCodeAnswers(members.map((m) => m.id), Object.fromEntries(score.rows.map((r) => [r.member, r.placed ?? undefined]))),
          score: { points: score.correct, max: score.total },
        }}
      />
    </section>
  );
}

function DesignPrompt({ quadrant }: { quadrant: LoyaltyQuadrantKey }) {
  const [text, setText] = useState('');
  const [shown, setShown] = useState(false);
  const id = useDomId();
  const q = loyaltyQuadrant(quadrant);
  return (
    <div class="lm-design">
      <label for={id}>给{loyaltyQuadrantLabel(quadrant)}的挽留措施</label>
      <textarea id={id} rows={3} value={text} onInput={(e) => setText(e.currentTarget.value)} placeholder="写下一条具体的做法，例如谁来做、做什么" />
      {shown ? (
        <p class="lm-reference" role="status">参考做法：{q.strategy}</p>
      ) : (
        <button type="button" class="btn" disabled={text.trim() === ''} onClick={() => setShown(true)}>
          写好了，对照参考做法
        </button>
      )}
    </div>
  );
}
