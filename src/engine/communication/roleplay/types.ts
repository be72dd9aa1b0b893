/**
 * The shapes of a complaint role-play: a scenario script (data from `content/scenarios/*.yaml`,
 * checked by the content schema and by `validateScenario`) and the state of one conversation.
 */

/** The customer's temperament; it picks the words of the mood meter. */
export type PersonaKey = 'angry' | 'anxious' | 'sarcastic' | 'quiet' | 'assertive';

/**
 * The six front-line steps of complaint handling the course teaches (第七章第四节):
 * 倾听 → 认同与致歉 → 查明事实 → 解决 → 跟进 → 记录.
 */
export type StepKey = 'listen' | 'acknowledge' | 'facts' | 'solve' | 'follow-up' | 'record';

/** What a reply does, in the words of the rubric (see `BEHAVIOURS`). */
export type BehaviourKey =
  | 'listen'
  | 'apology'
  | 'empathy'
  | 'facts'
  | 'classify'
  | 'remedy'
  | 'promise'
  | 'followup'
  | 'record'
  | 'interrupt'
  | 'blame'
  | 'taboo'
  | 'shirk'
  | 'vague'
  | 'overpromise';

/** How good a reply is at that moment: the debrief offers the better ones. */
export type ReplyQuality = 'best' | 'good' | 'weak' | 'bad';

/** How a conversation can end. */
export type EndingKind = 'resolved' | 'partial' | 'escalated' | 'lost';

/** The four outcomes tracked through a conversation. */
export interface Outcomes {
  /** The customer's satisfaction (mood), 0–100. */
  readonly satisfaction: number;
  /** Risk of losing the customer, 0–100. */
  readonly risk: number;
  /** Cost of the remedies committed, 元 (never negative). */
  readonly cost: number;
  /** Time spent, minutes. */
  readonly minutes: number;
}

/** Changes an option (or arriving at a node) makes to the outcomes; missing = 0. */
export interface OutcomeChange {
  readonly satisfaction?: number;
  readonly risk?: number;
  readonly cost?: number;
  readonly minutes?: number;
}

/** A value of a scenario's own variable. */
export type VariableValue = boolean | number;

/** Text that may depend on the conversation so far: the first variant whose `if` holds (the last has none). */
export type ConditionalText = string | readonly { readonly if?: string; readonly text: string }[];

/** Where an option leads: a node id, or the first `{ if, to }` whose condition holds (the last has no `if`). */
export type NextStep = string | readonly { readonly if?: string; readonly to: string }[];

export interface ScenarioOption {
  /** Stable id within its node (kebab-case), used in history and share links. */
  readonly id: string;
  /** What the agent says (or does, at a narrator node). */
  readonly text: string;
  /** Behaviours the reply shows; they score the process steps and feed conditions. */
  readonly tags: readonly BehaviourKey[];
  readonly quality: ReplyQuality;
  /** Why the reply is good or bad (shown in the debrief). */
  readonly why: string;
  /** The customer's immediate answer to this reply. */
  readonly reaction?: string;
  readonly effects?: OutcomeChange;
  /** Scenario variables this reply sets. */
  readonly set?: Readonly<Record<string, VariableValue>>;
  /** The option is offered only when this condition holds. */
  readonly if?: string;
  readonly next: NextStep;
}

export interface ScenarioEnding {
  readonly kind: EndingKind;
  readonly title: string;
  /** What happened afterwards, in a sentence or two. */
  readonly text: string;
}

export interface ScenarioNode {
  /** Two to ten characters for the path map, e.g. 开场、核实. */
  readonly label: string;
  /** The process step this moment mostly tests. */
  readonly stage: StepKey;
  /** `narrator`: a situation described (after the call, the next day), not the customer speaking. */
  readonly speaker?: 'customer' | 'narrator';
  readonly line: ConditionalText;
  /** Changes applied when the conversation arrives here (an escalation costs time, a bad review raises the risk). */
  readonly effects?: OutcomeChange;
  readonly options?: readonly ScenarioOption[];
  readonly ending?: ScenarioEnding;
}

export interface ScenarioCustomer {
  readonly name: string;
  readonly persona: PersonaKey;
  /** Who the customer is and what happened, as the agent would know it. */
  readonly profile: string;
}

export interface ScenarioVariable {
  readonly initial: VariableValue;
  /** What the variable records, in Chinese. */
  readonly meaning: string;
}

/** One complaint script. */
export interface Scenario {
  readonly id: string;
  readonly order: number;
  readonly title: string;
  readonly company: string;
  readonly industry: string;
  readonly channel: string;
  /** Who the learner plays. */
  readonly role: string;
  readonly summary: string;
  readonly customer: ScenarioCustomer;
  /** Compensation a front-line agent may grant without asking (元). */
  readonly authority: number;
  readonly initial: { readonly satisfaction: number; readonly risk: number };
  readonly start: string;
  readonly variables?: Readonly<Record<string, ScenarioVariable>>;
  readonly nodes: Readonly<Record<string, ScenarioNode>>;
  /** Points the debrief closes with. */
  readonly lessons?: readonly string[];
}

/** How a reply was given. */
export type ReplyMode = 'choice' | 'free' | 'vote';

/** One reply in the conversation. */
export interface TurnRecord {
  /** The node where the reply was given. */
  readonly node: string;
  /** The customer's (or narrator's) line as it was shown. */
  readonly line: string;
  readonly option: string;
  readonly via: ReplyMode;
  /** The learner's own words in free mode. */
  readonly typed?: string;
  /** The class's votes per option id in class mode. */
  readonly votes?: Readonly<Record<string, number>>;
  readonly before: Outcomes;
  readonly after: Outcomes;
}

export interface StepPoints {
  readonly gained: number;
  readonly lost: number;
}

/** A conversation at one moment. Every field follows from the scenario and the replies (`replayRoleplay`). */
export interface RoleplayState {
  readonly scenario: string;
  /** The node the conversation is at. */
  readonly node: string;
  /** Replies given so far. */
  readonly turn: number;
  readonly outcomes: Outcomes;
  /** How many replies showed each behaviour. */
  readonly behaviours: Readonly<Record<BehaviourKey, number>>;
  /** Points per process step: `gained` from good behaviours, `lost` (a positive number) from bad ones. */
  readonly steps: Readonly<Record<StepKey, StepPoints>>;
  readonly variables: Readonly<Record<string, VariableValue>>;
  readonly history: readonly TurnRecord[];
  /** Node ids in the order visited, the start first. */
  readonly path: readonly string[];
  readonly ended: boolean;
}

/** A reply as stored for replays and share links. */
export interface ReplyChoice {
  readonly option: string;
  readonly via?: ReplyMode;
  readonly typed?: string;
  readonly votes?: Readonly<Record<string, number>>;
}
