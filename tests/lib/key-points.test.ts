import { describe, expect, it } from 'vitest';
import { keyPointsOf, MAX_KEY_POINTS } from '~/lib/key-points';
import { loadChapters, loadMdx } from '../content/load';

const lessons = [...loadChapters(), ...loadMdx<{ questions: { id: string; answerKey?: string }[] }>('content/supplements')];
const keys = lessons.flatMap((l) => (l.data.questions as { id: string; answerKey?: string }[]).filter((q) => q.answerKey).map((q) => [`${l.slug} ${q.id}`, q.answerKey!] as const));

describe('keyPointsOf', () => {
  it('cuts after 。 and ；, joins a short piece (a label) to the next, drops the closing mark', () => {
    expect(keyPointsOf('相同点：都以客户为中心，都以客户数据为基础。不同点：前者重关系深度；后者重触达准度和效果可衡量。')).toEqual(['相同点：都以客户为中心，都以客户数据为基础', '不同点：前者重关系深度；后者重触达准度和效果可衡量']);
    expect(keyPointsOf('常见误区：（1）CRM 就是一套软件，买了系统就等于做了；（2）CRM 就是拉关系、送礼、走人情关系。')).toEqual(['常见误区：（1）CRM 就是一套软件，买了系统就等于做了', '（2）CRM 就是拉关系、送礼、走人情关系']);
  });

  it.each(keys)('%s: 2–8 points that keep every word of the key', (_, key) => {
    const points = keyPointsOf(key);
    expect(points.length).toBeGreaterThanOrEqual(2);
    expect(points.length).toBeLessThanOrEqual(MAX_KEY_POINTS);
    expect(points.join('').replace(/[。；\s]/g, '')).toBe(key.replace(/[。；\s]/g, ''));
  });
});
