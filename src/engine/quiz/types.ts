/** The kinds of self-check question: one answer, several answers, true or false, a number. */
export type QuizQuestionKind = 'single' | 'multiple' | 'true-false' | 'number';

/** One option of a choice question. */
export interface QuizOption {
  /** Stable within its question (kebab-case, e.g. `a`); stored answers and links use it, never the position. */
  readonly id: string;
  readonly text: string;
  /** Why this option is right or wrong, shown after the learner answers. */
  readonly why?: string;
}

/** A small table the question refers to (an Erlang C table, a customer list). */
export interface QuizTable {
  readonly caption: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly (string | number)[])[];
}

interface QuestionBase {
  /** Stable within its set (e.g. `q1`); stored answers use it. */
  readonly id: string;
  /** The situation the question is about, shown above it (optional). */
  readonly scenario?: string;
  /** The question itself. */
  readonly prompt: string;
  readonly table?: QuizTable;
  /** Why the answer is what it is: shown once the learner has answered (or the instructor reveals it). */
  readonly explanation: string;
  /** A heading of the chapter to reread, exactly as written there (shown after answering). */
  readonly see?: string;
}

export interface SingleChoiceQuestion extends QuestionBase {
  readonly kind: 'single';
  readonly options: readonly QuizOption[];
  /** The id of the one right option. */
  readonly answer: string;
}

/** How a multiple-answer question gives credit (see `scoreQuizAnswer`). */
export type MultipleScoring = 'proportional' | 'all-or-nothing';

export interface MultipleChoiceQuestion extends QuestionBase {
  readonly kind: 'multiple';
  readonly options: readonly QuizOption[];
  /** The ids of every right option. */
  readonly answer: readonly string[];
  /** Default `proportional`. */
  readonly scoring?: MultipleScoring;
}

export interface TrueFalseQuestion extends QuestionBase {
  readonly kind: 'true-false';
  readonly answer: boolean;
}

/** A wrong number that a typical slip produces, with what the slip was. */
export interface NumberMistake {
  readonly value: number;
  readonly why: string;
}

export interface NumberQuestion extends QuestionBase {
  readonly kind: 'number';
  readonly answer: number;
  /** Answers within ± tolerance of `answer` count as right (0 = exactly). */
  readonly tolerance: number;
  /** Shown beside the input box, e.g. 元, 人, %. */
  readonly unit?: string;
  /** Typical wrong results, matched within the same tolerance, each with targeted feedback. */
  readonly mistakes?: readonly NumberMistake[];
}

export type QuizQuestion = SingleChoiceQuestion | MultipleChoiceQuestion | TrueFalseQuestion | NumberQuestion;
export type ChoiceQuestion = SingleChoiceQuestion | MultipleChoiceQuestion;

/** One set of questions shown by one widget (a chapter's self-check, or a chapter's scenario quiz). */
export interface QuizSet {
  /** kebab-case; `self-check` for a chapter's self-check, else the widget's name (e.g. `crm-functions-quiz`). */
  readonly id: string;
  readonly title: string;
  /** One or two sentences above the first question. */
  readonly intro?: string;
  readonly questions: readonly QuizQuestion[];
}

/** What the learner answered. Choice answers are option ids, never positions, so a reshuffle keeps them. */
export type QuizResponse =
  | { readonly kind: 'single'; readonly choice: string }
  | { readonly kind: 'multiple'; readonly choices: readonly string[] }
  | { readonly kind: 'true-false'; readonly value: boolean }
  /** `text`: what the learner typed, kept to show it back. */
  | { readonly kind: 'number'; readonly value: number; readonly text?: string };

/** correct: full credit; partial: some credit (multiple answers only); wrong: none. */
export type QuizVerdict = 'correct' | 'partial' | 'wrong';

/** How one answer scored. */
export interface QuizAnswerScore {
  /** From 0 to 1. */
  readonly credit: number;
  readonly verdict: QuizVerdict;
  /** Choice questions: the right option ids (in the question's order); empty otherwise. */
  readonly correctOptions: readonly string[];
  /** Choice questions: options chosen that are wrong. */
  readonly wrongChoices: readonly string[];
  /** Choice questions: right options not chosen. */
  readonly missedOptions: readonly string[];
  /** Number questions: the index in `mistakes` of the slip the answer matches, else null. */
  readonly mistake: number | null;
}
