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

/** Every chapter MDX file: frontmatter parsed, body as written. */
export function loadChapters(root = 'content/chapters'): ChapterFile[] {
  return readdirSync(root)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => {
      const text = readFileSync(join(root, name), 'utf8');
      const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
      if (!match) throw new Error(`${name}: no frontmatter`);
      return { slug: name.replace(/\.mdx$/, ''), data: yaml.load(match[1]!) as ChapterFile['data'], body: match[2]! };
    });
}

/** Chinese characters of our own explanation: the body without imports, component tags and Markdown syntax. */
export function chineseCharacters(body: string): number {
  return (body.match(/[\u4e00-\u9fff]/g) ?? []).length;
}
