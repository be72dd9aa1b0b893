// Compiles every MDX file under content/ on its own, so a syntax slip names its file and line
// without a full site build. (`astro sync` checks the frontmatter against the schemas.)
import { compile } from '@mdx-js/mdx';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const roots = ['content/chapters', 'content/supplements', 'content/labs'];
let failures = 0;
for (const root of roots) {
  for (const name of readdirSync(root).filter((n) => n.endsWith('.mdx'))) {
    const path = join(root, name);
    const source = readFileSync(path, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, (fm) => '\n'.repeat(fm.split('\n').length - 1));
    try {
      await compile(source);
    } catch (error) {
      failures += 1;
      const { line, column } = (error as { line?: number; column?: number }) ?? {};
      console.error(`${path}:${line ?? '?'}:${column ?? '?'} ${(error as Error).message}`);
    }
  }
}
if (failures) process.exit(1);
console.log('MDX OK');
