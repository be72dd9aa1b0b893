import { readdirSync, readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { chineseCharacters, loadMdx, type ChapterFile } from './load';

/*
 * Supplements (补充讲义) are lessons in a chapter's structure: sections with knowledge points in the frontmatter
 * (an exam bank is written from them), the same sections in the body, four 思考与实践 questions with answer keys.
 */

type SupplementData = Omit<ChapterFile['data'], 'number'> & { hours: number; source: string; chapters: string[]; objectives: string[]; keyPoints: string[] };
const supplements = loadMdx<SupplementData>('content/supplements');
const squash = (s: string) => s.replace(/\s+/g, '');
const plans = readdirSync('content/courses')
  .filter((n) => n.endsWith('.yaml'))
  .map((n) => yaml.load(readFileSync(`content/courses/${n}`, 'utf8')) as { schedule: { kind: string; supplement?: string; hours: number }[] });

describe('supplements', () => {
  it('exist: the logistics supplement and the channel-customer supplement', () => {
    expect(supplements.map((s) => s.slug)).toEqual(['channel-customers', 'logistics-customer-service']);
  });

  it.each(supplements.map((s) => [s.slug, s] as const))('%s: its body’s ## headings are the frontmatter’s sections, each with its ### knowledge points', (_, supplement) => {
    const body = supplement.body;
    expect([...body.matchAll(/^## (.+)$/gm)].map((m) => m[1]!.trim())).toEqual(supplement.data.sections.map((s) => s.heading));
    for (const [index, section] of supplement.data.sections.entries()) {
      const start = body.indexOf(`## ${section.heading}`);
      const next = supplement.data.sections[index + 1];
      const text = body.slice(start, next ? body.indexOf(`## ${next.heading}`) : undefined);
      const subheadings = [...text.matchAll(/^### [一二三四五六七八九十]+、(.+)$/gm)].map((m) => squash(m[1]!));
      expect(subheadings, section.heading).toEqual(section.points.map(squash));
    }
  });

  it.each(supplements.map((s) => [s.slug, s] as const))('%s: at least 3,000 characters of explanation, four distinct questions with answer keys', (_, supplement) => {
    expect(chineseCharacters(supplement.body)).toBeGreaterThanOrEqual(3000);
    const questions = supplement.data.questions;
    expect(questions.map((q) => q.id)).toEqual(['q1', 'q2', 'q3', 'q4']);
    expect(new Set(questions.map((q) => q.text)).size).toBe(4);
    for (const q of questions) expect((q.answerKey ?? '').length, q.id).toBeGreaterThanOrEqual(60);
    expect(supplement.data.objectives.length).toBeGreaterThan(0);
    expect(supplement.data.keyPoints.length).toBeGreaterThan(0);
  });

  it.each(supplements.map((s) => [s.slug, s] as const))('%s: the hours the plans give it are its hours', (slug, supplement) => {
    for (const plan of plans) {
      const hours = plan.schedule.filter((i) => i.kind === 'supplement' && i.supplement === slug).reduce((sum, i) => sum + i.hours, 0);
      if (hours > 0) expect(hours).toBe(supplement.data.hours);
    }
  });

  it.each(supplements.map((s) => [s.slug, s] as const))('%s: Chinese with full-width punctuation', (_, supplement) => {
    const prose = supplement.body.replace(/^import .*$/gm, '').replace(/<[^>]+>/g, '').replace(/\]\([^)]*\)/g, ']');
    expect(prose).not.toMatch(/[\u4e00-\u9fff][,?:;!]|[,?:;!][\u4e00-\u9fff]/);
  });
});
