import { atom, computed } from 'nanostores';
import { isEngineError } from '../../engine/errors';
import {
  bestPlaythrough,
  chooseReply,
  classifyReply,
  currentTurn,
  debriefRoleplay,
  DEFAULT_RUBRIC,
  majorityVote,
  matchReplyToOption,
  replayRoleplay,
  rubricWithVariants,
  startRoleplay,
  type CurrentTurn,
  type ReplyChoice,
  type ReplyMatch,
  type ReplyReading,
  type ReplyRubric,
  type RoleplayDebrief,
  type RoleplayState,
  type Scenario,
  type VoteOutcome,
} from '../../engine/roleplay';
import { toHantRuntime } from '../../i18n/hant-runtime';
import { pageScript } from '../../i18n/locale';
import { recordWidgetUse } from '../shared/progress';
import { attempt, type Outcome } from '../shared/outcome';
import { chineseOnly } from '../shared/learner-message';

export const WIDGET = 'complaint-roleplay';
export const SHARE_PREFIX = 'roleplay';

/** choose: pick a reply; free: type one; class: the class votes (teacher mode only). */
export type Mode = 'choose' | 'free' | 'class';
export const MODES: readonly Mode[] = ['choose', 'free', 'class'];

export type ScriptLoad = { status: 'loading' } | { status: 'ready'; scenario: Scenario } | { status: 'error'; message: string };

/** A typed reply as the rubric read it, waiting for the learner to confirm. */
export interface FreeDraft {
  readonly text: string;
  readonly reading: ReplyReading;
  /** Null when the rubric found nothing it knows. */
  readonly match: ReplyMatch | null;
}

export interface Session {
  readonly scenario: Scenario;
  readonly state: RoleplayState;
  readonly turn: CurrentTurn;
  /** Present once the conversation has ended. */
  readonly debrief: RoleplayDebrief | null;
  /** The best replies all the way, for comparison in the debrief. */
  readonly reference: { readonly state: RoleplayState; readonly debrief: RoleplayDebrief };
}

export const $scenarioId = atom<string | null>(null);
export const $scripts = atom<Readonly<Record<string, ScriptLoad>>>({});
export const $mode = atom<Mode>('choose');
/** False while the scenario's brief is shown, true once the conversation has begun. */
export const $started = atom(false);
export const $choices = atom<readonly ReplyChoice[]>([]);
export const $draft = atom<FreeDraft | null>(null);
/** Teacher mode: the best reply of this turn is marked. */
export const $revealBest = atom(false);
/** A calm message about the last action (a stale link, a tie in the vote). */
export const $notice = atom('');
/** What the live region says after each reply. */
export const $announcement = atom('');
/** Where the view should move the keyboard focus. */
export const $focus = atom<{ readonly target: string; readonly seq: number } | null>(null);

const references = new WeakMap<Scenario, Session['reference']>();
function referenceOf(scenario: Scenario): Session['reference'] {
  let reference = references.get(scenario);
  if (!reference) {
    const state = bestPlaythrough(scenario);
    references.set(scenario, (reference = { state, debrief: debriefRoleplay(scenario, state) }));
  }
  return reference;
}

/** The conversation so far, replayed from the replies; null until the script is loaded. */
export const $session = computed([$scripts, $scenarioId, $choices], (scripts, id, choices): Outcome<Session> | null => {
  const load = id ? scripts[id] : undefined;
  if (!load || load.status !== 'ready') return null;
  const scenario = load.scenario;
  return attempt(() => {
    const { state } = replayRoleplay(scenario, choices);
    return { scenario, state, turn: currentTurn(scenario, state), debrief: state.ended ? debriefRoleplay(scenario, state) : null, reference: referenceOf(scenario) };
  });
});

let focusSeq = 0;
function focus(target: string): void {
  $focus.set({ target, seq: ++focusSeq });
}

/** The customer's current line: in class mode the projected one (the log is folded away there). */
function lineTarget(): string {
  return $mode.get() === 'class' ? 'class-line' : 'line';
}

let fetcher: (url: string) => Promise<Response> = (url) => fetch(url);
/** Tests swap the network for a stub. */
export function useTestFetch(stub: ((url: string) => Promise<Response>) | null): void {
  fetcher = stub ?? ((url) => fetch(url));
}

/** Loads a script from /scenarios/<id>.json (once); a script that cannot be read or played shows its problem in the box. */
export async function loadScript(id: string): Promise<void> {
  const current = $scripts.get()[id];
  if (current?.status === 'ready' && $scenarioId.get() === id) trimStaleChoices(current.scenario);
  if (current && current.status !== 'error') return;
  $scripts.set({ ...$scripts.get(), [id]: { status: 'loading' } });
  let load: ScriptLoad;
  try {
    const response = await fetcher(`/scenarios/${encodeURIComponent(id)}.json`);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const scenario = (await response.json()) as Scenario;
    startRoleplay(scenario); // refuses a script that cannot be played
    load = { status: 'ready', scenario };
  } catch (error) {
    load = {
      status: 'error',
      message: isEngineError(error)
        ? `这个剧本有错误，无法开始：${chineseOnly(error.message)}`
        : '剧本没能载入：可能是网络断了，或者这个情境的文件缺失。请检查网络后点“重新载入”。',
    };
  }
  $scripts.set({ ...$scripts.get(), [id]: load });
  if (load.status === 'ready' && $scenarioId.get() === id) trimStaleChoices(load.scenario);
}

/** A shared link may carry replies a newer script no longer offers: keep the ones that still play. */
function trimStaleChoices(scenario: Scenario): void {
  const choices = $choices.get();
  if (choices.length === 0) return;
  const { applied } = replayRoleplay(scenario, choices);
  if (applied < choices.length) {
    $choices.set(choices.slice(0, applied));
    $notice.set(`链接里的回答有 ${choices.length - applied} 轮已经不适用，对话停在第 ${applied + 1} 轮。`);
  }
}

function resetConversation(): void {
  $choices.set([]);
  $draft.set(null);
  $revealBest.set(false);
  $notice.set('');
}

export function selectScenario(id: string): void {
  if ($scenarioId.get() === id) return;
  $scenarioId.set(id);
  $started.set(false);
  resetConversation();
  void loadScript(id);
}

export function startConversation(): void {
  resetConversation();
  $started.set(true);
  focus(lineTarget());
}

export function setMode(mode: Mode): void {
  $mode.set(mode);
  $draft.set(null);
  $notice.set('');
}

/** Plays one reply (how it was given is kept for the transcript). */
export function reply(choice: ReplyChoice): void {
  const session = $session.get();
  if (!session?.ok) return;
  const { scenario, state } = session.value;
  const next = attempt(() => chooseReply(scenario, state, choice));
  if (!next.ok) {
    $notice.set(next.message);
    return;
  }
  $choices.set([...$choices.get(), choice]);
  $draft.set(null);
  $revealBest.set(false);
  $notice.set('');
  recordWidgetUse(WIDGET);
  const after = currentTurn(scenario, next.value);
  const option = session.value.turn.options.find((o) => o.id === choice.option);
  $announcement.set([option?.reaction ? `${scenario.customer.name}：${option.reaction}` : '', after.ending ? `对话结束：${after.ending.title}。` : after.line].filter(Boolean).join(' '));
  focus(after.ending ? 'debrief' : lineTarget());
}

/** Goes back to before reply number `turn` (1-based) to try another branch. */
export function rewindTo(turn: number): void {
  $choices.set($choices.get().slice(0, Math.max(0, turn - 1)));
  $draft.set(null);
  $revealBest.set(false);
  $notice.set('');
  $started.set(true);
  $announcement.set(`已回到第 ${turn} 轮，可以换一个回答。`);
  focus(lineTarget());
}

let rubric: ReplyRubric | null = null;
/** The rubric in the page's script: on Traditional pages every pattern also in Traditional characters. */
function pageRubric(): ReplyRubric {
  return (rubric ??= pageScript() === 'hant' ? rubricWithVariants(DEFAULT_RUBRIC, toHantRuntime) : DEFAULT_RUBRIC);
}

/** Reads a typed reply with the rubric and finds the closest option; the learner then confirms or edits. */
export function readFreeReply(text: string): void {
  const session = $session.get();
  const trimmed = text.trim();
  if (!session?.ok || session.value.turn.ending) return;
  if (trimmed === '') {
    $notice.set('请先输入你要对客户说的话。');
    return;
  }
  const reading = classifyReply(trimmed, pageRubric());
  $draft.set({ text: trimmed, reading, match: matchReplyToOption(reading, session.value.turn.options) });
  $notice.set('');
  focus('draft');
}

export function confirmDraft(): void {
  const draft = $draft.get();
  if (draft?.match) reply({ option: draft.match.option.id, via: 'free', typed: draft.text });
}

export function discardDraft(): void {
  $draft.set(null);
  focus('free-text');
}

const LETTERS = 'ABCD';

/** The class's show of hands: the option with most votes is played; a tie or no votes is reported. */
export function playVote(counts: Readonly<Record<string, number>>): VoteOutcome | null {
  const session = $session.get();
  if (!session?.ok) return null;
  const outcome = attempt(() => majorityVote(counts));
  if (!outcome.ok) {
    $notice.set(outcome.message);
    return null;
  }
  const letter = (id: string) => LETTERS[session.value.turn.options.findIndex((o) => o.id === id)] ?? id;
  if (outcome.value.kind === 'no-votes') $notice.set('还没有录入票数：请输入每个选项的举手人数，或直接点选全班决定的选项。');
  else if (outcome.value.kind === 'tie') $notice.set(`${outcome.value.options.map(letter).join(' 和 ')} 票数相同（各 ${outcome.value.votes} 票）：请点击其中一项，由老师决定。`);
  else reply({ option: outcome.value.option, via: 'vote', votes: counts });
  return outcome.value;
}

/** The instructor picks the class's choice directly (after a tie, or without counting). */
export function pickForClass(option: string, counts: Readonly<Record<string, number>>): void {
  const anyVotes = Object.values(counts).some((v) => v > 0);
  reply(anyVotes ? { option, via: 'vote', votes: counts } : { option, via: 'vote' });
}

export function toggleRevealBest(): void {
  $revealBest.set(!$revealBest.get());
}

/** The widget's state for a share link: scenario, mode and, once begun, the replies as option ids. */
export function linkState(): Record<string, string> {
  const state: Record<string, string> = {};
  const id = $scenarioId.get();
  if (id) state.scenario = id;
  state.mode = $mode.get();
  if ($started.get()) state.path = $choices.get().map((c) => c.option).join('.');
  return state;
}

/** Opens the widget as a shared link describes (unknown values are ignored; class mode only for teachers). */
export function applyLink(keys: Readonly<Record<string, string>>, ids: readonly string[], teacher: boolean): void {
  const id = keys.scenario && ids.includes(keys.scenario) ? keys.scenario : ids[0];
  const mode = MODES.find((m) => m === keys.mode);
  if (mode && (mode !== 'class' || teacher)) $mode.set(mode);
  if (!id) return;
  $scenarioId.set(id);
  resetConversation();
  if (keys.path !== undefined) {
    $choices.set(keys.path.split('.').filter((option) => /^[a-z0-9-]+$/.test(option)).map((option) => ({ option })));
    $started.set(true);
  } else $started.set(false);
  void loadScript(id);
}
