// The questionnaire-design check's state: the learner's verdicts on the sample questions, whether the key is
// shown, and a question of their own to check. Scoring and checking are the engine's.
import { atom, computed, type ReadableAtom } from 'nanostores';
import {
  checkQuestionWording, QUESTION_SAMPLES, scoreQuestionSamples, type QuestionCheckScore, type WordingFinding, type WordingVerdict,
} from '../../engine/satisfaction';

export interface DesignCheckState {
  readonly $answers: ReadableAtom<Readonly<Record<string, WordingVerdict>>>;
  /** `committed`: the learner submitted; otherwise a teacher showed the key. */
  readonly $shown: ReadableAtom<{ readonly revealed: boolean; readonly committed: boolean }>;
  readonly $score: ReadableAtom<QuestionCheckScore | null>;
  readonly $draft: ReadableAtom<string>;
  /** The findings for the question last checked; null before any check. */
  readonly $findings: ReadableAtom<{ readonly question: string; readonly findings: readonly WordingFinding[] } | null>;
  choose(id: string, verdict: WordingVerdict): void;
  reveal(committed: boolean): void;
  restart(): void;
  setDraft(text: string): void;
  checkDraft(): void;
}

export const SAMPLE_COUNT = QUESTION_SAMPLES.length;

const kept = new WeakMap<object, DesignCheckState>();

/**
 * The design check of one analyzer (`owner`, its state): made when the tab is first shown, since this module loads with
 * the tab, and kept while the learner switches tabs.
 */
export function designCheckStateOf(owner: object): DesignCheckState {
  let state = kept.get(owner);
  if (!state) kept.set(owner, (state = createDesignCheckState()));
  return state;
}

export function createDesignCheckState(): DesignCheckState {
  const $answers = atom<Readonly<Record<string, WordingVerdict>>>({});
  const $shown = atom({ revealed: false, committed: false });
  const $draft = atom('');
  const $checked = atom<string | null>(null);
  const $score = computed([$answers, $shown], (answers, shown) => (shown.revealed ? scoreQuestionSamples(answers) : null));
  const $findings = computed($checked, (question) => (question === null ? null : { question, findings: checkQuestionWording(question) }));
  return {
    $answers,
    $shown,
    $score,
    $draft,
    $findings,
    choose(id, verdict) {
      if (!$shown.get().revealed) $answers.set({ ...$answers.get(), [id]: verdict });
    },
    reveal(committed) {
      $shown.set({ revealed: true, committed });
    },
    restart() {
      $answers.set({});
      $shown.set({ revealed: false, committed: false });
    },
    setDraft(text) {
      $draft.set(text);
    },
    checkDraft() {
      const text = $draft.get().trim();
      $checked.set(text === '' ? null : text);
    },
  };
}
