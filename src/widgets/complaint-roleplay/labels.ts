import type { EndingKind, ReplyMode } from '../../engine/communication/roleplay';
import type { Mode } from './state';

export const ENDING_LABELS: Readonly<Record<EndingKind, string>> = { resolved: '圆满解决', partial: '勉强接受', escalated: '投诉升级', lost: '客户流失' };
export const MODE_LABELS: Readonly<Record<Mode, string>> = { choose: '选择回答', free: '自由输入', class: '全班投票' };
export const VIA_LABELS: Readonly<Record<ReplyMode, string>> = { choice: '选择', free: '自由输入', vote: '全班投票' };
export const LETTERS = ['A', 'B', 'C', 'D'] as const;

/** “↑ +15”, “↓ −10” or “不变”: a change in words and signs, not colour. */
export function changeText(delta: number): string {
  if (delta > 0) return `↑ +${delta}`;
  if (delta < 0) return `↓ −${-delta}`;
  return '不变';
}
