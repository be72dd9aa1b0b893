/** Points a 参考要点 list is cut into at most: enough to mark against, few enough to read on a phone. */
export const MAX_KEY_POINTS = 8;
/** A piece shorter than this (characters) joins the next one (a label such as 相同点： or a short clause). */
const MIN_POINT = 16;

/**
 * A 思考与实践 answer key (prose) as the points a learner marks their own answer against: cut after each 。；！？ (a
 * list written （1）…；（2）… gives one point per item), short pieces joined to the next, then the two shortest
 * neighbours joined until at most `MAX_KEY_POINTS` remain. Each point keeps its words; its closing 。 or ； goes.
 * @example keyPointsOf('相同点：都以客户为中心。不同点：前者重关系深度；后者重触达准度。')
 *   // ['相同点：都以客户为中心', '不同点：前者重关系深度；后者重触达准度']
 */
export function keyPointsOf(answerKey: string): string[] {
  const pieces = answerKey
    .trim()
    .split(/(?<=[。；！？])/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const joined: string[] = [];
  let carry = '';
  for (const piece of pieces) {
    const text = carry + piece;
    if ([...text].length < MIN_POINT) carry = text;
    else {
      joined.push(text);
      carry = '';
    }
  }
  if (carry) {
    if (joined.length > 0) joined[joined.length - 1] += carry;
    else joined.push(carry);
  }
  while (joined.length > MAX_KEY_POINTS) {
    let at = 0;
    for (let i = 1; i < joined.length - 1; i++) if (joined[i]!.length + joined[i + 1]!.length < joined[at]!.length + joined[at + 1]!.length) at = i;
    joined.splice(at, 2, joined[at]! + joined[at + 1]!);
  }
  return joined.map((p) => p.replace(/[。；]$/, ''));
}
