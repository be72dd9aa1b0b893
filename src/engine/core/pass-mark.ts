/**
 * The pass mark (及格线) of every scored activity, out of 100: a self-check's share of points and a complaint
 * role-play's process score both pass from 60.
 *
 * Source: the usual 及格 60 of Chinese coursework (src/widgets/self-check/MODEL.md, complaint-roleplay/MODEL.md).
 * @example 67 >= PASS_MARK // true: 及格
 */
export const PASS_MARK = 60;
