import type { ReplyQuality } from './types';

/** Rank of each quality (higher is better) and its Chinese name. */
export const REPLY_QUALITIES: Readonly<Record<ReplyQuality, { readonly rank: number; readonly label: string }>> = Object.freeze({
  best: { rank: 3, label: '最佳' },
  good: { rank: 2, label: '可以' },
  weak: { rank: 1, label: '欠妥' },
  bad: { rank: 0, label: '错误' },
});
