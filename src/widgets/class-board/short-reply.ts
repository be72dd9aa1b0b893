// A role-play reply shortened for the board: what a class chose has to be read from the back row, and a script's
// replies run to two or three sentences.

/** Longest short form, in characters: one line of a bar label on a projector. */
export const SHORT_REPLY_LENGTH = 24;

/**
 * The reply's first sentence, cut to `max` characters with “…” when it is longer.
 * @example shortReply('女士，您先别激动。时效我们是不能百分之百保证的。') // '女士，您先别激动。'
 */
export function shortReply(text: string, max = SHORT_REPLY_LENGTH): string {
  const trimmed = text.trim();
  const end = trimmed.search(/[。！？；!?;]/);
  const sentence = end < 0 ? trimmed : trimmed.slice(0, end + 1);
  const chars = [...sentence];
  return chars.length <= max ? sentence : `${chars.slice(0, max - 1).join('')}…`;
}
