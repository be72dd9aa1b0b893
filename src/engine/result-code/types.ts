/** A score as a code carries it: points to the hundredth (½ and ⅔ credits), out of a whole-number maximum. */
export interface ResultScore {
  /** 0 or more, kept to two decimals. */
  readonly points: number;
  /** A whole number from 1 to 65,535. */
  readonly max: number;
}

/** What one result code holds: who, which activity, their answers, the score, and when. */
export interface ResultRecord {
  /** 学号: 1–20 characters (digits are stored most compactly). */
  readonly studentId: string;
  /** 姓名: 1–20 characters. */
  readonly name: string;
  /** The activity: kebab-case segments joined by `/` (see README: `06-customer-tiering/self-check`, `customer-sorter/intro` …). */
  readonly activity: string;
  /** A whole number that completes the activity's name when it has many forms (a 随机 deck's seed), else null. */
  readonly variant: number | null;
  /** One whole number (0 or more) per question, card or step, in the activity's own order; 0 usually means “no answer”. */
  readonly answers: readonly number[];
  readonly score: ResultScore | null;
  /** When the result was made, to the minute (ISO, UTC, seconds 0). */
  readonly takenAt: string;
}

/** Why a code was refused. */
export type ResultCodeProblem =
  /** Not one of our codes at all (no `CRM<n>-` prefix). */
  | 'not-a-code'
  /** Made by a newer release of the site (a higher format number, or a part this release does not know). */
  | 'newer-version'
  /** A character that no code uses. */
  | 'bad-character'
  /** The check digits do not match: a character mistyped, lost or changed. */
  | 'checksum'
  /** Intact, but made with another class code. */
  | 'other-class';
