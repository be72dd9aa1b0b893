/** How one answer in a code compares with the key, for the board's tallies. */
export type AnswerVerdict = 'correct' | 'partial' | 'wrong' | 'none';

/** One answer in a code read back: what the student chose, in words, and how it compares with the key. */
export interface AnswerReading {
  readonly label: string;
  readonly verdict: AnswerVerdict;
}

/** The reading of a value no release of the activity writes (an edited script, a forged code). */
export const UNREADABLE_ANSWER: AnswerReading = Object.freeze({ label: '无法识别的答案', verdict: 'none' });
export const NO_ANSWER: AnswerReading = Object.freeze({ label: '未作答', verdict: 'none' });
