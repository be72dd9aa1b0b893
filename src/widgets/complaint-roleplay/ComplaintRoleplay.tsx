import { useStore } from '@nanostores/preact';
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { PERSONA_LABELS } from '../../engine/communication/roleplay';
import type { ScenarioSummary } from '../../content-schema/scenario-schema';
import { ShareLink } from '../shared/ShareLink';
import { readSharedState, sharedStateUrl } from '../shared/share-state';
import { useTeacherMode } from '../shared/teacher';
import { WidgetFrame } from '../shared/WidgetFrame';
import { useDomId } from '../shared/use-dom-id';
import { useFocusRequest } from '../shared/use-focus-request';
import { ClassVote } from './ClassVote';
import { Debrief } from './Debrief';
import { FreeReply } from './FreeReply';
import { MODE_LABELS } from './labels';
import { ReplyChoices } from './ReplyChoices';
import { createRoleplayState, SHARE_PREFIX, WIDGET, type Mode, type RoleplayWidgetState } from './state';
import { StatusPanel } from './StatusPanel';
import { Transcript } from './Transcript';
import './complaint-roleplay.css';

interface Props {
  /** The scripts available (summaries; each script is fetched when chosen). */
  scenarios: readonly ScenarioSummary[];
  /** MODEL.md rendered by the page (the island's `model` slot). */
  model?: ComponentChildren;
  /** Tests only: a state made outside, to look into. */
  roleplay?: RoleplayWidgetState;
}

function Brief({ summary }: { summary: ScenarioSummary }) {
  return (
    <div class="cr-brief">
      <p class="cr-brief-meta">
        {summary.company} · {summary.industry} · {summary.channel}
      </p>
      <p>
        <strong>你扮演：</strong>
        {summary.role}
      </p>
      <p>
        <strong>客户：</strong>
        {summary.customer.name}（{PERSONA_LABELS[summary.customer.persona]}）。{summary.customer.profile}
      </p>
      <p>{summary.summary}</p>
    </div>
  );
}

/** 客户投诉处理角色扮演: branching conversations with an unhappy customer; the learner plays the service agent. */
export default function ComplaintRoleplay({ scenarios, model, roleplay: given }: Props) {
  const { teacher } = useTeacherMode();
  const modeGroup = useDomId(WIDGET);
  const root = useRef<HTMLDivElement>(null);
  const [roleplay] = useState(() => given ?? createRoleplayState());
  const chosenId = useStore(roleplay.$scenarioId);
  const scripts = useStore(roleplay.$scripts);
  const mode = useStore(roleplay.$mode);
  const started = useStore(roleplay.$started);
  const session = useStore(roleplay.$session);
  const revealBest = useStore(roleplay.$revealBest);
  const notice = useStore(roleplay.$notice);
  const announcement = useStore(roleplay.$announcement);
  const focusRequest = useStore(roleplay.$focus);

  const summary = scenarios.find((s) => s.id === chosenId) ?? scenarios[0]!;
  const load = scripts[summary.id];

  useEffect(() => {
    roleplay.applyLink(
      readSharedState(SHARE_PREFIX),
      scenarios.map((s) => s.id),
      teacher,
    );
  }, []);

  useEffect(() => {
    if (!teacher && mode === 'class') roleplay.setMode('choose');
  }, [teacher, mode]);

  useFocusRequest(root, focusRequest);

  const modes: Mode[] = teacher ? ['choose', 'free', 'class'] : ['choose', 'free'];
  const playing = started && session?.ok ? session.value : null;
  const classPlay = mode === 'class';
  const noticeBox = notice ? (
    <p class="cr-notice" role="alert">
      {notice}
    </p>
  ) : null;
  // In class mode the message (a tie in the vote) goes next to the vote, where the instructor is looking.
  const noticeAtVote = classPlay && playing !== null && !playing.debrief;

  let body: ComponentChildren;
  if (!started) {
    body = (
      <>
        <Brief summary={summary} />
        <button type="button" class="btn primary cr-start" onClick={roleplay.startConversation}>
          开始对话
        </button>
      </>
    );
  } else if (!load || load.status === 'loading') {
    body = <p class="status">正在载入剧本……</p>;
  } else if (load.status === 'error') {
    body = (
      <div class="cr-alert" role="alert">
        <p>{load.message}</p>
        <button type="button" class="btn" onClick={() => void roleplay.loadScript(summary.id)}>
          重新载入
        </button>
      </div>
    );
  } else if (session && !session.ok) {
    body = (
      <p class="cr-alert" role="alert">
        这个剧本无法继续：{session.message}
      </p>
    );
  } else if (playing) {
    const { scenario, state, turn, debrief, reference } = playing;
    const speaker = turn.speaker === 'narrator' ? '旁白' : scenario.customer.name;
    const log = <Transcript roleplay={roleplay} scenario={scenario} state={state} currentLine={turn.line} currentSpeaker={turn.speaker} />;
    body = (
      <>
        <StatusPanel scenario={scenario} state={state} />
        {classPlay && !debrief ? (
          <details class="cr-log-fold">
            <summary>对话记录（{state.history.length} 轮）</summary>
            {log}
          </details>
        ) : (
          log
        )}
        {!debrief && classPlay && <ClassVote key={`${state.history.length}-${state.node}`} roleplay={roleplay} line={turn.line} speaker={speaker} options={turn.options} revealBest={revealBest} />}
        {noticeAtVote && noticeBox}
        {!debrief && mode === 'free' && <FreeReply key={`${state.history.length}-${state.node}`} roleplay={roleplay} options={turn.options} revealBest={revealBest} />}
        {!debrief && mode === 'choose' && <ReplyChoices options={turn.options} revealBest={revealBest} onChoose={(o) => roleplay.reply({ option: o.id })} />}
        {!debrief && teacher && (
          <p class="cr-teacher-tools">
            <button type="button" class="btn" aria-pressed={revealBest} onClick={roleplay.toggleRevealBest}>
              {revealBest ? '隐藏参考答案' : '显示本轮参考答案（教师）'}
            </button>
          </p>
        )}
        {debrief && (
          <Debrief
            roleplay={roleplay}
            scenario={scenario}
            state={state}
            debrief={debrief}
            reference={reference}
            byClass={state.history.some((h) => h.via === 'vote')}
            onChangeScenario={roleplay.showBrief}
          />
        )}
      </>
    );
  }

  return (
    <WidgetFrame name={WIDGET} title="客户投诉处理角色扮演" tools={<ShareLink makeUrl={() => sharedStateUrl(SHARE_PREFIX, roleplay.linkState(), WIDGET)} />}>
      <div class={`cr${classPlay ? ' cr-class-mode' : ''}`} id={WIDGET} ref={root}>
        <p class="cr-intro">
          你是客服人员，面对一位不满的客户。每一轮选择（或写下）你的回答，客户的情绪会随之变化。走完“接收 → 分类 → 调查核实 → 处理 → 反馈 → 归档”，最后看复盘：每一步做得怎样、哪些话可以说得更好。
        </p>
        {!started && (
          <div class="cr-picker" role="group" aria-labelledby="cr-picker-heading">
            <h4 id="cr-picker-heading">选择情境</h4>
            <ul>
              {scenarios.map((s) => (
                <li key={s.id}>
                  <button type="button" class="cr-scenario" aria-pressed={s.id === summary.id} onClick={() => roleplay.selectScenario(s.id)}>
                    <span class="cr-scenario-title">{s.title}</span>
                    <span class="cr-scenario-meta">
                      {s.industry} · {s.customer.name}（{PERSONA_LABELS[s.customer.persona]}）
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </div>
        )}
        {started && (
          <div class="cr-playbar">
            <p>
              <strong>{summary.title}</strong>
            </p>
            <button type="button" class="btn" onClick={roleplay.startConversation}>
              重新开始
            </button>
            <button type="button" class="btn" onClick={roleplay.showBrief}>
              换情境
            </button>
          </div>
        )}
        <fieldset class="cr-modes">
          <legend>回答方式</legend>
          {modes.map((m) => (
            <label key={m}>
              <input type="radio" name={modeGroup} value={m} checked={mode === m} onChange={() => roleplay.setMode(m)} />
              {MODE_LABELS[m]}
              {m === 'class' && <small>（投影给全班，按举手票数走）</small>}
            </label>
          ))}
        </fieldset>
        <details class="cr-model">
          <summary>模型说明</summary>
          {model ?? <p>模型说明见本组件目录下的 MODEL.md。</p>}
        </details>
        {!noticeAtVote && noticeBox}
        {body}
        <p class="visually-hidden" role="status" aria-live="polite">
          {announcement}
        </p>
      </div>
    </WidgetFrame>
  );
}
