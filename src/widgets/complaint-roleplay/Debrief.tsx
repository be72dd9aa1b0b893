import { BEHAVIOURS, GRADE_LABELS, moodOf, REPLY_QUALITIES, riskLevel, roleplayTranscript, roleplayVerdict, type Outcomes, type RoleplayDebrief, type RoleplayState, type Scenario } from '../../engine/communication/roleplay';
import { roleplayCodeAnswers, ROLEPLAY_ACTIVITY } from '../../engine/result-code/roleplay-answers';
import { downloadText, today } from '../shared/download';
import { ResultCode } from '../shared/ResultCode';
import { ENDING_LABELS } from './labels';
import { PathMap } from './PathMap';
import type { RoleplayWidgetState } from './state';

interface Props {
  roleplay: RoleplayWidgetState;
  scenario: Scenario;
  state: RoleplayState;
  debrief: RoleplayDebrief;
  reference: { state: RoleplayState; debrief: RoleplayDebrief };
  /** The class played it (class mode). */
  byClass: boolean;
  onChangeScenario: () => void;
}

const VERDICTS = { done: '做到了', partial: '部分做到', missed: '没有做', wrong: '做错了' } as const;

function outcomeCells(o: Outcomes, scenario: Scenario) {
  return {
    satisfaction: `${o.satisfaction}（${moodOf(o.satisfaction, scenario.customer.persona).word}）`,
    risk: `${o.risk}（${riskLevel(o.risk)}）`,
    cost: `${o.cost} 元${o.cost > scenario.authority ? '（超出一线授权）' : ''}`,
    minutes: `${o.minutes} 分钟`,
  };
}

function fileName(title: string): string {
  return `投诉处理角色扮演-${title.replace(/[\\/:*?"<>|：？]/g, '-')}-${today()}.md`;
}

/** The debrief: ending, outcomes against the reference, the six steps, the path map, better replies, export. */
export function Debrief({ roleplay, scenario, state, debrief, reference, byClass, onChangeScenario }: Props) {
  const who = byClass ? '全班' : '你';
  const start = outcomeCells(debrief.outcomes.start, scenario);
  const end = outcomeCells(debrief.outcomes.end, scenario);
  const best = outcomeCells(reference.debrief.outcomes.end, scenario);
  const rows: [string, keyof typeof start][] = [
    ['客户满意度（0–100）', 'satisfaction'],
    ['流失风险（0–100）', 'risk'],
    ['补救成本', 'cost'],
    ['用时', 'minutes'],
  ];
  const exportMarkdown = () => downloadText(fileName(scenario.title), roleplayTranscript(scenario, state, { date: today() }), 'text/markdown;charset=utf-8');

  return (
    <section class="cr-debrief" aria-labelledby="cr-debrief-heading">
      <h4 id="cr-debrief-heading" data-focus="debrief" tabIndex={-1}>
        复盘{byClass ? '（全班）' : ''}
      </h4>
      {debrief.ending && (
        <div class={`cr-ending cr-ending-${debrief.ending.kind}`}>
          <p class="cr-ending-kind">结局：{ENDING_LABELS[debrief.ending.kind]}</p>
          <p class="cr-ending-title">{debrief.ending.title}</p>
          <p>{debrief.ending.text}</p>
        </div>
      )}

      <h5>结果</h5>
      <div class="cr-table-wrap">
        <table class="cr-outcomes">
          <thead>
            <tr>
              <th scope="col">指标</th>
              <th scope="col">开始时</th>
              <th scope="col">{who}的结果</th>
              <th scope="col">参考做法</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([label, key]) => (
              <tr key={key}>
                <th scope="row">{label}</th>
                <td>{start[key]}</td>
                <td>
                  <strong>{end[key]}</strong>
                </td>
                <td>{best[key]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="cr-note">“参考做法”是每一轮都选最佳回答时的结果。{debrief.overAuthority ? `这次的补救成本超出了一线授权额度 ${scenario.authority} 元，实际工作中需要先请示主管。` : ''}</p>

      <h5>六步流程得分</h5>
      <p class="cr-score">
        流程总分 <strong>{debrief.processScore}</strong>（{GRADE_LABELS[debrief.grade]}）
      </p>
      <p class={`cr-verdict ${debrief.passed ? 'cr-verdict-pass' : 'cr-verdict-fail'}`}>{roleplayVerdict(debrief)}</p>
      <div class="cr-table-wrap">
        <table class="cr-steps">
          <thead>
            <tr>
              <th scope="col">步骤（管理流程）</th>
              <th scope="col">得分</th>
              <th scope="col">评价</th>
              <th scope="col">依据</th>
            </tr>
          </thead>
          <tbody>
            {debrief.steps.map((step) => (
              <tr key={step.key} class={`cr-step-${step.verdict}`}>
                <th scope="row">
                  {step.label}
                  <small>（{step.stage}）</small>
                </th>
                <td>
                  <span class="cr-bar" aria-hidden="true">
                    <span style={{ width: `${step.score}%` }} />
                  </span>
                  {step.score}
                </td>
                <td>{VERDICTS[step.verdict]}</td>
                <td>
                  {step.evidence.length === 0
                    ? '—'
                    : step.evidence.map((e) => `第 ${e.turn} 轮 ${BEHAVIOURS[e.behaviour].label} ${e.points > 0 ? `+${e.points}` : `−${-e.points}`}`).join('；')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h5>对话地图</h5>
      <PathMap scenario={scenario} state={state} who={who} />

      <h5>可以做得更好的地方</h5>
      {debrief.betterReplies.length === 0 ? (
        <p>每一轮都选了最好的回答。</p>
      ) : (
        <ol class="cr-better">
          {debrief.betterReplies.map((b) => (
            <li key={b.turn}>
              <p class="cr-better-head">
                第 {b.turn} 轮 · {b.label}
              </p>
              <blockquote>{b.line}</blockquote>
              <p>
                <strong>{who}的回答（{REPLY_QUALITIES[b.chosen.quality].label}）：</strong>
                {b.chosen.text}
                <br />
                <span class="cr-why">{b.chosen.why}</span>
              </p>
              {b.better.map((o) => (
                <p key={o.id}>
                  <strong>更好的回答（{REPLY_QUALITIES[o.quality].label}）：</strong>
                  {o.text}
                  <br />
                  <span class="cr-why">{o.why}</span>
                </p>
              ))}
              <button type="button" class="btn" onClick={() => roleplay.rewindTo(b.turn)}>
                回到第 {b.turn} 轮再试
              </button>
            </li>
          ))}
        </ol>
      )}

      {scenario.lessons && scenario.lessons.length > 0 && (
        <>
          <h5>本情境要点</h5>
          <ul>
            {scenario.lessons.map((l) => (
              <li key={l}>{l}</li>
            ))}
          </ul>
        </>
      )}

      <div class="tool-row">
        <button type="button" class="btn primary" onClick={exportMarkdown}>
          导出对话记录（Markdown）
        </button>
        <button type="button" class="btn" onClick={roleplay.startConversation}>
          重新开始
        </button>
        <button type="button" class="btn" onClick={onChangeScenario}>
          换一个情境
        </button>
      </div>
      {!byClass && debrief.ended && (
        <ResultCode
          result={{
            activity: `${ROLEPLAY_ACTIVITY}/${scenario.id}`,
            answers: roleplayCodeAnswers(scenario, state.history.map((turn) => turn.option)),
            score: { points: debrief.processScore, max: 100 },
          }}
        />
      )}
    </section>
  );
}
