import type { ExamVerdict } from '../../engine/exam/responses';

export const LETTERS = ['A', 'B', 'C', 'D'] as const;

/** The verdict in words with a mark, never colour alone. */
export const VERDICT_TEXT: Readonly<Record<ExamVerdict, string>> = { right: '✓ 回答正确', partial: '◐ 部分正确', wrong: '✗ 回答错误' };
/** The mark alone, before a sentence that names the verdict itself. */
export const VERDICT_MARK: Readonly<Record<ExamVerdict, string>> = { right: '✓', partial: '◐', wrong: '✗' };

/** 2.5 → “2.5”, 3 → “3”. */
export function pointsText(points: number): string {
  return String(Math.round(points * 100) / 100);
}

/** A stem or case text as paragraphs (blank lines separate them). */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/** The first characters of a stem, for lists. */
export function excerpt(text: string, length = 40): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  return chars.length > length ? `${chars.slice(0, length).join('')}…` : chars.join('');
}
