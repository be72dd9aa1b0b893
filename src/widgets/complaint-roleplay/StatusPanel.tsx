import { moodOf, PROCESS_STEPS, riskLevel, type RoleplayState, type Scenario } from '../../engine/communication/roleplay';
import { changeText } from './labels';

interface Props {
  scenario: Scenario;
  state: RoleplayState;
}

/** The four outcomes as they stand, the customer's mood in words with a meter, and which step this turn tests. */
export function StatusPanel({ scenario, state }: Props) {
  const { satisfaction, risk, cost, minutes } = state.outcomes;
  const mood = moodOf(satisfaction, scenario.customer.persona);
  const last = state.history[state.history.length - 1];
  const delta = last ? satisfaction - last.before.satisfaction : 0;
  const node = scenario.nodes[state.node]!;
  const step = PROCESS_STEPS.find((s) => s.key === node.stage)!;
  return (
    <div class="cr-status" role="group" aria-label="对话状态">
      <div class="cr-mood">
        <span class="cr-k" id="cr-mood-label">
          {scenario.customer.name}的情绪
        </span>
        <div
          class={`cr-meter cr-level-${mood.level}`}
          role="meter"
          aria-labelledby="cr-mood-label"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={satisfaction}
          aria-valuetext={`${mood.word}，满意度 ${satisfaction}/100`}
        >
          <span style={{ width: `${satisfaction}%` }} />
        </div>
        <span class="cr-v">
          <strong>{mood.word}</strong> {satisfaction}/100
          {last && <span class="cr-delta"> {changeText(delta)}</span>}
        </span>
      </div>
      <div>
        <span class="cr-k">流失风险</span>
        <span class="cr-v">
          <strong>{riskLevel(risk)}</strong> {risk}/100
        </span>
      </div>
      <div>
        <span class="cr-k">补救成本</span>
        <span class="cr-v">
          <strong>{cost} 元</strong>
          <small>（一线授权 {scenario.authority} 元）</small>
        </span>
      </div>
      <div>
        <span class="cr-k">用时</span>
        <span class="cr-v">
          <strong>{minutes}</strong> 分钟
        </span>
      </div>
      {!state.ended && (
        <div>
          <span class="cr-k">第 {state.turn + 1} 轮</span>
          <span class="cr-v">
            {step.label}
            <small>（{step.stage}）</small>
          </span>
        </div>
      )}
    </div>
  );
}
