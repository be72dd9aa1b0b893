import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chineseCharacters, loadChapters } from './load';

const SLUGS = [
  '01-crm-philosophy', '02-crm-technology', '03-customer-selection', '04-customer-acquisition', '05-customer-information',
  '06-customer-tiering', '07-customer-communication', '08-customer-satisfaction', '09-customer-loyalty', '10-customer-winback',
];
const syllabus: { chapters: { slug: string; title: string; sections: string[]; questions: string[]; notQuestions?: string[] }[] } = JSON.parse(
  readFileSync('tests/fixtures/syllabus.json', 'utf8'),
);
const chapters = loadChapters();
const squash = (s: string) => s.replace(/\s+/g, '');

describe('the ten chapters', () => {
  it('exist with the slugs of docs/contracts.md §2, numbered in syllabus order', () => {
    expect(chapters.map((c) => c.slug)).toEqual(SLUGS);
    expect(chapters.map((c) => c.data.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it.each(syllabus.chapters)('$slug carries the syllabus title, sections and questions', ({ slug, title, sections, questions, notQuestions }) => {
    const chapter = chapters.find((c) => c.slug === slug);
    expect(chapter, slug).toBeDefined();
    expect(chapter!.data.title).toBe(title);
    const headings = chapter!.data.sections.map((s) => squash(s.heading));
    for (const section of sections) expect(headings).toContain(squash(section));
    const asked = squash(chapter!.data.questions.map((q) => q.text).join('|'));
    for (const question of questions) expect(asked).toContain(squash(question));
    for (const question of notQuestions ?? []) expect(asked).not.toContain(squash(question));
  });

  it.each(SLUGS)('%s: its body’s section headings are the frontmatter’s, in order', (slug) => {
    const chapter = chapters.find((c) => c.slug === slug)!;
    const bodyHeadings = [...chapter.body.matchAll(/^## (.+)$/gm)].map((m) => m[1]!.trim());
    if (chapter.data.status === 'draft' && bodyHeadings.length === 0) return; // drafts list the sections from the frontmatter
    expect(bodyHeadings).toEqual(chapter.data.sections.map((s) => s.heading));
  });

  it.each(SLUGS)('%s: a complete chapter has at least 3,000 characters of our own explanation', (slug) => {
    const chapter = chapters.find((c) => c.slug === slug)!;
    if (chapter.data.status !== 'complete') return;
    expect(chineseCharacters(chapter.body)).toBeGreaterThanOrEqual(3000);
  });

  it('every chapter has four distinct questions, and chapter 8 does not repeat chapter 1’s', () => {
    for (const chapter of chapters) expect(new Set(chapter.data.questions.map((q) => q.text)).size, chapter.slug).toBe(4);
    const first = chapters[0]!.data.questions.map((q) => squash(q.text));
    for (const q of chapters[7]!.data.questions) expect(first).not.toContain(squash(q.text));
  });

  it('every widget island a chapter imports is listed in its frontmatter (progress counts them)', () => {
    for (const chapter of chapters) {
      const listed = new Set(chapter.data.widgets);
      expect(listed.has('think-practice'), chapter.slug).toBe(true);
      const imported = [...chapter.body.matchAll(/^import \w+ from '[^']*\/widgets\/([a-z-]+)\//gm)].map((m) => m[1]!);
      for (const name of imported) expect([...listed], `${chapter.slug}: widget ${name} missing from frontmatter widgets`).toContain(name);
    }
  });
});
