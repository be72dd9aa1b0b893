// A role-play reply shortened for the board: what a class chose has to be read from the back row, and a script's
// replies run to two or three sentences.

/** Longest short form, in characters: one line of a bar label on a projector. */
export const SHORT_REPLY_LENGTH = 24;

/**
 * The reply's first sentence; when that is longer than `max` characters, cut after its last whole clause that fits
 * (at ，、：) with “…”, or at `max` when no clause ends in its second half.
 * @example shortReply('女士，您先别激动。时效我们是不能百分之百保证的。') // '女士，您先别激动。'
 * @example shortReply('这两天件多，中转场可能压件了，您再等等吧，一般今天会动的。') // '这两天件多，中转场可能压件了，您再等等吧…'
 */
export function shortReply(text: string, max = SHORT_REPLY_LENGTH): string {
  const trimmed = text.trim();
  const end = trimmed.search(/[。！？；!?;]/);
  const chars = [...(end < 0 ? trimmed : trimmed.slice(0, end + 1))];
  if (chars.length <= max) return chars.join('');
  let cut = max - 1;
  for (let k = max - 1; k >= max / 2; k--) {
    if ('，、：,:'.includes(chars[k]!)) {
      cut = k;
      break;
    }
  }
  return `${chars.slice(0, cut).join('').trimEnd()}…`;
}
