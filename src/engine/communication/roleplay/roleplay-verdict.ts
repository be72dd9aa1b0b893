import { PASS_MARK } from '../../core/pass-mark';
import type { RoleplayDebrief } from './debrief-roleplay';

/**
 * Whether a role-play passed, in one sentence a learner can act on: a handling passes when the process score reaches
 * `PASS_MARK` and the customer was neither lost nor driven to a public complaint, whatever the points.
 *
 * Source: our scoring rules (src/widgets/complaint-roleplay/MODEL.md).
 * @throws never.
 * @example roleplayVerdict({ ended: true, passed: false, failingEnding: 'lost', processScore: 67, … })
 *   // '不及格：客户流失了。不论流程得了多少分，丢掉客户的处理都不算及格。'
 */
export function roleplayVerdict(debrief: Pick<RoleplayDebrief, 'ended' | 'passed' | 'failingEnding' | 'processScore'>): string {
  if (!debrief.ended) return '对话还没有结束，暂不评定是否及格。';
  if (debrief.failingEnding === 'lost') return '不及格：客户流失了。不论流程得了多少分，丢掉客户的处理都不算及格。';
  if (debrief.failingEnding === 'escalated') return '不及格：投诉升级了，闹到了公开渠道或监管部门。不论流程得了多少分，这样的处理都不算及格。';
  if (!debrief.passed) return `不及格：流程总分 ${debrief.processScore}，低于及格线 ${PASS_MARK} 分。`;
  return `及格：流程总分达到及格线 ${PASS_MARK} 分，客户没有流失，投诉也没有升级。`;
}
