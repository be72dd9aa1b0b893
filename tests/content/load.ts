import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';

export interface ChapterFile {
  slug: string;
  data: {
    number: number;
    title: string;
    status: string;
    sections: { heading: string; points: string[] }[];
    questions: { id: string; text: string; answerKey?: string }[];
    widgets: string[];
  };
  body: string;
}

/** One MDX file of a collection: its slug, frontmatter parsed, body as written. */
export interface MdxFile<Data> {
  slug: string;
  data: Data;
  body: string;
}

/** Every MDX file in a content folder, by file name. */
export function loadMdx<Data>(root: string): MdxFile<Data>[] {
  return readdirSync(root)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => {
      const text = readFileSync(join(root, name), 'utf8');
      const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
      if (!match) throw new Error(`${name}: no frontmatter`);
      return { slug: name.replace(/\.mdx$/, ''), data: yaml.load(match[1]!) as Data, body: match[2]! };
    });
}

/** Every chapter MDX file: frontmatter parsed, body as written. */
export function loadChapters(root = 'content/chapters'): ChapterFile[] {
  return loadMdx<ChapterFile['data']>(root);
}

export interface LabFile {
  slug: string;
  data: { title: string; hours: number; chapters: string[]; tasks: { title: string; deliverable: string }[] };
  body: string;
}

/** Every lab MDX file. */
export function loadLabs(root = 'content/labs'): LabFile[] {
  return loadMdx<LabFile['data']>(root);
}

/** Chinese characters of our own explanation: the body without imports, component tags and Markdown syntax. */
export function chineseCharacters(body: string): number {
  return (body.match(/[\u4e00-\u9fff]/g) ?? []).length;
}
