import type { PersonaKey } from './types';

export interface Mood {
  /** 0 (worst) to 4 (best): satisfaction 0–19, 20–39, 40–59, 60–79, 80–100. */
  readonly level: 0 | 1 | 2 | 3 | 4;
  /** How this kind of customer sounds at that level, e.g. 怒气冲冲. */
  readonly word: string;
}

/** The mood words per temperament, from level 0 to 4. */
export const MOOD_WORDS: Readonly<Record<PersonaKey, readonly [string, string, string, string, string]>> = Object.freeze({
  angry: ['怒气冲冲', '很生气', '余怒未消', '平静下来', '满意'],
  anxious: ['惊慌失措', '非常焦虑', '将信将疑', '放心了一些', '安心满意'],
  sarcastic: ['冷嘲热讽', '话里带刺', '半信半疑', '语气缓和', '满意认可'],
  quiet: ['心灰意冷', '失望沉默', '犹豫观望', '愿意再给机会', '满意'],
  assertive: ['强硬对抗', '步步紧逼', '保持警惕', '态度松动', '满意接受'],
});

/** Chinese names of the temperaments. */
export const PERSONA_LABELS: Readonly<Record<PersonaKey, string>> = Object.freeze({
  angry: '急躁愤怒',
  anxious: '焦虑不安',
  sarcastic: '冷嘲热讽',
  quiet: '沉默将走',
  assertive: '强硬维权',
});

/**
 * The customer's mood as words for the mood meter: satisfaction cut into five bands of 20 points
 * (80 and above is the top band), named in the way this kind of customer sounds.
 *
 * Source: our mood meter (MODEL.md).
 * @example moodOf(35, 'angry') // { level: 1, word: '很生气' }
 * @example moodOf(80, 'quiet') // { level: 4, word: '满意' }
 */
export function moodOf(satisfaction: number, persona: PersonaKey): Mood {
  const level = Math.min(4, Math.max(0, Math.floor(satisfaction / 20))) as Mood['level'];
  return { level, word: MOOD_WORDS[persona][level] };
}

/**
 * The risk of losing the customer in words: 低 below 30, 中 from 30 to 59, 高 from 60.
 * @example riskLevel(59) // '中'
 */
export function riskLevel(risk: number): '低' | '中' | '高' {
  return risk >= 60 ? '高' : risk >= 30 ? '中' : '低';
}
