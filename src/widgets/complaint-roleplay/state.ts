import { atom, computed, type ReadableAtom } from 'nanostores';
import { isEngineError } from '../../engine/core/errors';
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
} from '../../engine/communication/roleplay';
import { pageText } from '../../i18n/page-conversion';
import { pageScript } from '../../i18n/locale';
import { sitePath } from '../../i18n/site-path';
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

const references = new WeakMap<Scenario, Session['reference']>();
function referenceOf(scenario: Scenario): Session['reference'] {
  let reference = references.get(scenario);
  if (!reference) {
    const state = bestPlaythrough(scenario);
    references.set(scenario, (reference = { state, debrief: debriefRoleplay(scenario, state) }));
  }
  return reference;
}

let rubric: ReplyRubric | null = null;
/** The rubric in the page's script: on Traditional pages every pattern also in Traditional characters. */
function pageRubric(): ReplyRubric {
  return (rubric ??= pageScript() === 'hant' ? rubricWithVariants(DEFAULT_RUBRIC, pageText) : DEFAULT_RUBRIC);
}

const LETTERS = 'ABCD';

/** One role-play's state: the chosen script, the replies so far, the mode, and the actions the view calls. */
export interface RoleplayWidgetState {
  readonly $scenarioId: ReadableAtom<string | null>;
  readonly $scripts: ReadableAtom<Readonly<Record<string, ScriptLoad>>>;
  readonly $mode: ReadableAtom<Mode>;
  /** False while the scenario's brief is shown, true once the conversation has begun. */
  readonly $started: ReadableAtom<boolean>;
  readonly $choices: ReadableAtom<readonly ReplyChoice[]>;
  readonly $draft: ReadableAtom<FreeDraft | null>;
  /** Teacher mode: the best reply of this turn is marked. */
  readonly $revealBest: ReadableAtom<boolean>;
  /** A calm message about the last action (a stale link, a tie in the vote). */
  readonly $notice: ReadableAtom<string>;
  /** What the live region says after each reply. */
  readonly $announcement: ReadableAtom<string>;
  /** Where the view should move the keyboard focus. */
  readonly $focus: ReadableAtom<{ readonly target: string; readonly seq: number } | null>;
  /** The conversation so far, replayed from the replies; null until the script is loaded. */
  readonly $session: ReadableAtom<Outcome<Session> | null>;
  /** Loads a script from /scenarios/<id>.json (once); a script that cannot be read or played shows its problem in the box. */
  loadScript(id: string): Promise<void>;
  selectScenario(id: string): void;
  startConversation(): void;
  /** Back to the scenario's brief. */
  showBrief(): void;
  setMode(mode: Mode): void;
  /** Plays one reply (how it was given is kept for the transcript). */
  reply(choice: ReplyChoice): void;
  /** Goes back to before reply number `turn` (1-based) to try another branch. */
  rewindTo(turn: number): void;
  /** Reads a typed reply with the rubric and finds the closest option; the learner then confirms or edits. */
  readFreeReply(text: string): void;
  confirmDraft(): void;
  discardDraft(): void;
  /** The class's show of hands: the option with most votes is played; a tie or no votes is reported. */
  playVote(counts: Readonly<Record<string, number>>): VoteOutcome | null;
  /** The instructor picks the class's choice directly (after a tie, or without counting). */
  pickForClass(option: string, counts: Readonly<Record<string, number>>): void;
  toggleRevealBest(): void;
  /** The widget's state for a share link: scenario, mode and, once begun, the replies as option ids. */
  linkState(): Record<string, string>;
  /** Opens the widget as a shared link describes (unknown values are ignored; class mode only for teachers). */
  applyLink(keys: Readonly<Record<string, string>>, ids: readonly string[], teacher: boolean): void;
}

export interface RoleplayStateOptions {
  /** Where scripts come from (tests pass a stub). */
  readonly fetchText?: (url: string) => Promise<Response>;
}

/** A role-play's own state: two role-plays on one page keep their own scripts, replies and modes. */
export function createRoleplayState({ fetchText = (url) => fetch(url) }: RoleplayStateOptions = {}): RoleplayWidgetState {
  const $scenarioId = atom<string | null>(null);
  const $scripts = atom<Readonly<Record<string, ScriptLoad>>>({});
  const $mode = atom<Mode>('choose');
  const $started = atom(false);
  const $choices = atom<readonly ReplyChoice[]>([]);
  const $draft = atom<FreeDraft | null>(null);
  const $revealBest = atom(false);
  const $notice = atom('');
  const $announcement = atom('');
  const $focus = atom<{ readonly target: string; readonly seq: number } | null>(null);

  const $session = computed([$scripts, $scenarioId, $choices], (scripts, id, choices): Outcome<Session> | null => {
    const load = id ? scripts[id] : undefined;
    if (!load || load.status !== 'ready') return null;
    const scenario = load.scenario;
    return attempt(() => {
      const { state } = replayRoleplay(scenario, choices);
      return { scenario, state, turn: currentTurn(scenario, state), debrief: state.ended ? debriefRoleplay(scenario, state) : null, reference: referenceOf(scenario) };
    });
  });

  let focusSeq = 0;
  const focus = (target: string) => $focus.set({ target, seq: ++focusSeq });
  /** The customer's current line: in class mode the projected one (the log is folded away there). */
  const lineTarget = () => ($mode.get() === 'class' ? 'class-line' : 'line');

  /** A shared link may carry replies a newer script no longer offers: keep the ones that still play. */
  const trimStaleChoices = (scenario: Scenario) => {
    const choices = $choices.get();
    if (choices.length === 0) return;
    const { applied } = replayRoleplay(scenario, choices);
    if (applied < choices.length) {
      $choices.set(choices.slice(0, applied));
      $notice.set(`链接里的回答有 ${choices.length - applied} 轮已经不适用，对话停在第 ${applied + 1} 轮。`);
    }
  };

  const resetConversation = () => {
    $choices.set([]);
    $draft.set(null);
    $revealBest.set(false);
    $notice.set('');
  };

  const loadScript = async (id: string) => {
    const current = $scripts.get()[id];
    if (current?.status === 'ready' && $scenarioId.get() === id) trimStaleChoices(current.scenario);
    if (current && current.status !== 'error') return;
    $scripts.set({ ...$scripts.get(), [id]: { status: 'loading' } });
    let load: ScriptLoad;
    try {
      const response = await fetchText(sitePath(`/scenarios/${encodeURIComponent(id)}.json`));
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
  };

  const reply = (choice: ReplyChoice) => {
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
  };

  return {
    $scenarioId, $scripts, $mode, $started, $choices, $draft, $revealBest, $notice, $announcement, $focus, $session,
    loadScript,
    reply,

    selectScenario(id) {
      if ($scenarioId.get() === id) return;
      $scenarioId.set(id);
      $started.set(false);
      resetConversation();
      void loadScript(id);
    },

    startConversation() {
      resetConversation();
      $started.set(true);
      focus(lineTarget());
    },

    showBrief() {
      $started.set(false);
    },

    setMode(mode) {
      $mode.set(mode);
      $draft.set(null);
      $notice.set('');
    },

    rewindTo(turn) {
      $choices.set($choices.get().slice(0, Math.max(0, turn - 1)));
      $draft.set(null);
      $revealBest.set(false);
      $notice.set('');
      $started.set(true);
      $announcement.set(`已回到第 ${turn} 轮，可以换一个回答。`);
      focus(lineTarget());
    },

    readFreeReply(text) {
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
    },

    confirmDraft() {
      const draft = $draft.get();
      if (draft?.match) reply({ option: draft.match.option.id, via: 'free', typed: draft.text });
    },

    discardDraft() {
      $draft.set(null);
      focus('free-text');
    },

    playVote(counts) {
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
    },

    pickForClass(option, counts) {
      const anyVotes = Object.values(counts).some((v) => v > 0);
      reply(anyVotes ? { option, via: 'vote', votes: counts } : { option, via: 'vote' });
    },

    toggleRevealBest() {
      $revealBest.set(!$revealBest.get());
    },

    linkState() {
      const state: Record<string, string> = {};
      const id = $scenarioId.get();
      if (id) state.scenario = id;
      state.mode = $mode.get();
      if ($started.get()) state.path = $choices.get().map((c) => c.option).join('.');
      return state;
    },

    applyLink(keys, ids, teacher) {
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
    },
  };
}
