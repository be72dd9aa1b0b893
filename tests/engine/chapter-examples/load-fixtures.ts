import { readFileSync, readdirSync } from 'node:fs';

/** One worked example a chapter shows, as its writer recorded it (tests/fixtures/chapter-examples/<slug>.json). */
export interface ChapterExample {
  readonly id: string;
  readonly kind: string;
  readonly input: unknown;
  readonly expected: Readonly<Record<string, unknown>>;
  /** How the numbers were checked by hand, and the tolerance to compare with. */
  readonly note: string;
}

const FIXTURES = new URL('../../fixtures/chapter-examples/', import.meta.url);
const CHAPTERS = new URL('../../../content/chapters/', import.meta.url);

/** Every fixture file, in file-name (= syllabus) order: [chapter slug, its examples]. */
export function loadChapterExamples(): [string, ChapterExample[]][] {
  return readdirSync(FIXTURES)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => [file.replace(/\.json$/, ''), JSON.parse(readFileSync(new URL(file, FIXTURES), 'utf8')) as ChapterExample[]]);
}

/** The chapter slugs, from the MDX file names in content/chapters. */
export function chapterSlugs(): string[] {
  return readdirSync(CHAPTERS)
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => file.replace(/\.mdx$/, ''))
    .sort();
}
