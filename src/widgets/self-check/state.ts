import { atom, computed } from 'nanostores';
import {
  answerQuizQuestion,
  describeQuizAnswer,
  nextQuizSeed,
  parseNumberAnswer,
  quizClassStep,
  restoreQuizAttempt,
  scoreQuiz,
  shuffleQuizOptions,
  startQuizAttempt,
  creditText,
  type QuizAttempt,
  type QuizClassAction,
  type QuizClassState,
  type QuizResponse,
  type QuizScore,
} from '../../engine/quiz';
import type { PageQuestion, PageQuiz } from '../../content-schema/quiz-schema';
import { $selfCheck, recordQuizResult, saveQuizAttempt, type QuizResult } from '../../stores/self-check';
import { recordWidgetUse } from '../shared/progress';
import { attempt, type Outcome } from '../shared/outcome';
import type { QuizLinkState } from './share';

/** The question on screen (0-based) or the score page. */
export type Step = number | 'summary';
export type Mode = 'practice' | 'class';
/** An answer being prepared: option ids (choice), true/false, or the text typed (number). */
export type Draft = readonly string[] | boolean | string;

/** Where the view should put the keyboard focus after an action. */
export interface FocusRequest {
  readonly target: string;
  readonly seq: number;
}

/** The draft as an engine response, or a Chinese reason it cannot be submitted yet. */
export function responseFromDraft(question: PageQuestion, draft: Draft | undefined): QuizResponse | string {
  switch (question.kind) {
    case 'single':
      return Array.isArray(draft) && draft.length === 1 ? { kind: 'single', choice: draft[0]! } : '请先选择一个选项。';
    case 'multiple':
      return Array.isArray(draft) && draft.length > 0 ? { kind: 'multiple', choices: question.options.map((o) => o.id).filter((id) => draft.includes(id)) } : '请至少选择一个选项。';
    case 'true-false':
      return typeof draft === 'boolean' ? { kind: 'true-false', value: draft } : '请先选择“正确”或“错误”。';
    case 'number': {
      const text = typeof draft === 'string' ? draft.trim() : '';
      if (text === '') return '请先输入你算出的数字。';
      const value = parseNumberAnswer(text, question.unit);
      return value === null ? `“${text}”不是一个数字。请只输入数字${question.unit ? `（单位${question.unit}可以不写）` : ''}，例如 1234.5。` : { kind: 'number', value, text };
    }
  }
}

/**
 * One quiz widget's state. A page may hold two quizzes (chapter 2: the functions quiz and the self-check), so each
 * island makes its own; the learner's answers live in the shared `$selfCheck` store under the quiz's key.
 */
export function createSelfCheck(quiz: PageQuiz, now: () => string = () => new Date().toISOString()) {
  const { questions, key, widget } = quiz;
  const count = questions.length;

  /** A seed named by a shared link: used while the learner has not answered anything in their own attempt. */
  const $linkSeed = atom<number | null>(null);
  const $attempt = computed([$selfCheck, $linkSeed], (data, linkSeed): QuizAttempt => {
    const stored = data.quizzes[key]?.attempt;
    const restored = stored ? restoreQuizAttempt(questions, stored).attempt : null;
    if (restored && Object.keys(restored.responses).length > 0) return restored;
    if (linkSeed !== null) return startQuizAttempt(linkSeed, '');
    return restored ?? startQuizAttempt(1, '');
  });
  const $seed = computed($attempt, (a) => a.seed);
  /** Option order per choice question for this attempt. */
  const $order = computed($seed, (seed) => shuffleQuizOptions(questions, seed));
  const $score = computed($attempt, (a): Outcome<QuizScore> => attempt(() => scoreQuiz(questions, a.responses)));
  const $history = computed($selfCheck, (data): readonly QuizResult[] => data.quizzes[key]?.history ?? []);

  const $step = atom<Step>(0);
  const $mode = atom<Mode>('practice');
  const $class = atom<QuizClassState>({ index: 0, revealed: false });
  const $drafts = atom<Readonly<Record<string, Draft>>>({});
  /** A problem with the draft of a question (e.g. not a number), shown beside it. */
  const $inputError = atom<Readonly<Record<string, string>>>({});
  /** Questions whose answer the instructor has opened (teacher mode, practice view). */
  const $keyShown = atom<Readonly<Record<string, boolean>>>({});
  const $announcement = atom('');
  const $focus = atom<FocusRequest | null>(null);

  let focusSeq = 0;
  const focus = (target: string) => $focus.set({ target, seq: ++focusSeq });
  const firstOpenStep = (a: QuizAttempt): Step => {
    const open = questions.findIndex((q) => !a.responses[q.id]);
    return open < 0 ? 'summary' : open;
  };
  const clampStep = (n: number) => Math.min(count - 1, Math.max(0, n));

  return {
    quiz,
    $attempt,
    $order,
    $score,
    $history,
    $step,
    $mode,
    $class,
    $drafts,
    $inputError,
    $keyShown,
    $announcement,
    $focus,

    /** After mounting: the first question not yet answered (or the score page), unless a link says otherwise. */
    start(link: Partial<QuizLinkState>, teacher: boolean): void {
      if (link.seed !== undefined) $linkSeed.set(link.seed);
      const mode: Mode = link.mode === 'class' && teacher ? 'class' : 'practice';
      $mode.set(mode);
      if (mode === 'class') $class.set({ index: clampStep((link.question ?? 1) - 1), revealed: false });
      else $step.set(link.question !== undefined && link.question !== null ? clampStep(link.question - 1) : firstOpenStep($attempt.get()));
    },

    /** Ticks or unticks an option (multiple), or picks it (single); read from the store, so quick clicks add up. */
    toggleChoice(id: string, optionId: string, multiple: boolean): void {
      const current = $drafts.get()[id];
      const chosen = Array.isArray(current) ? current : [];
      this.setDraft(id, multiple ? (chosen.includes(optionId) ? chosen.filter((c) => c !== optionId) : [...chosen, optionId]) : [optionId]);
    },

    setDraft(id: string, draft: Draft): void {
      $drafts.set({ ...$drafts.get(), [id]: draft });
      if ($inputError.get()[id]) $inputError.set({ ...$inputError.get(), [id]: '' });
    },

    /** Commits the draft of a question: scored at once, the explanation opens, and the attempt is saved. */
    submit(id: string): void {
      const question = questions.find((q) => q.id === id);
      if (!question) return;
      const response = responseFromDraft(question, $drafts.get()[id]);
      if (typeof response === 'string') {
        $inputError.set({ ...$inputError.get(), [id]: response });
        focus(`input:${id}`);
        return;
      }
      const before = $attempt.get();
      const answered = attempt(() => answerQuizQuestion(questions, before, id, response));
      if (!answered.ok) {
        $inputError.set({ ...$inputError.get(), [id]: answered.message });
        return;
      }
      const time = now();
      const saved = before.startedAt ? answered.value : { ...answered.value, startedAt: time };
      saveQuizAttempt(key, saved);
      $linkSeed.set(null);
      recordWidgetUse(widget);
      const score = scoreQuiz(questions, saved.responses);
      const line = describeQuizAnswer(question, score.answers[id]!);
      if (score.complete) {
        recordQuizResult(key, { finishedAt: time, seed: saved.seed, points: score.points, total: score.total });
        $announcement.set(`${line}全部 ${score.total} 题已答完，总分 ${creditText(score.points)} / ${score.total}。`);
      } else {
        $announcement.set(line);
      }
      focus(`feedback:${id}`);
    },

    go(step: Step): void {
      $step.set(step === 'summary' ? 'summary' : clampStep(step));
      focus(step === 'summary' ? 'summary' : 'question');
    },

    /** A new attempt: every answer cleared, the options in a new order. */
    retry(): void {
      const seed = nextQuizSeed($attempt.get().seed);
      saveQuizAttempt(key, startQuizAttempt(seed, now()));
      $linkSeed.set(null);
      $drafts.set({});
      $inputError.set({});
      $step.set(0);
      $announcement.set(`已重新开始，共 ${count} 题，选项顺序已重新打乱。`);
      focus('question');
    },

    toggleKey(id: string): void {
      $keyShown.set({ ...$keyShown.get(), [id]: !$keyShown.get()[id] });
    },

    setMode(mode: Mode): void {
      if ($mode.get() === mode) return;
      $mode.set(mode);
      if (mode === 'class') {
        const step = $step.get();
        $class.set({ index: step === 'summary' ? 0 : step, revealed: false });
        $announcement.set(`已进入课堂模式：一次投影一题，全班作答后再揭晓答案。共 ${count} 题。`);
        focus('class-question');
      } else {
        $step.set(firstOpenStep($attempt.get()));
        $announcement.set('已回到学生练习。');
        focus('question');
      }
    },

    classStep(action: QuizClassAction): void {
      const before = $class.get();
      const after = quizClassStep(before, action, count);
      if (after === before) return;
      $class.set(after);
      if (action.type === 'reveal') {
        recordWidgetUse(widget);
        $announcement.set(`已揭晓第 ${after.index + 1} 题的答案。`);
        focus('class-answer');
      } else if (after.index !== before.index) {
        $announcement.set(`第 ${after.index + 1} / ${count} 题。`);
        focus('class-question');
      }
    },

    /** The link state for “复制链接”. */
    linkState(): QuizLinkState {
      const mode = $mode.get();
      const step = $step.get();
      return {
        seed: $attempt.get().seed,
        question: mode === 'class' ? $class.get().index + 1 : step === 'summary' ? null : step + 1,
        mode,
      };
    },
  };
}

export type SelfCheckModel = ReturnType<typeof createSelfCheck>;
