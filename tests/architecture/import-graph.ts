import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix, relative, sep } from 'node:path';
import ts from 'typescript';

/** One import as written, and what it names: a file of the tree (path from the root), a package, or a virtual module. */
export interface ImportEdge {
  readonly from: string;
  readonly specifier: string;
  /** `file` = a file of the tree (`target` is its path); `package` = a bare name (`target` = the package); `virtual` = `astro:…`, `node:…`. */
  readonly kind: 'file' | 'package' | 'virtual' | 'unresolved';
  readonly target: string;
}

const SOURCE = /\.(ts|tsx|mts|js|mjs|astro)$/;
const TRY_SUFFIXES = ['', '.ts', '.tsx', '.mts', '.js', '.mjs', '.astro', '/index.ts', '/index.tsx', '/index.js', '/index.mjs'];

/** Every source file under `dirs` (paths from `root`, with forward slashes), declaration files left out. */
export function sourceFiles(root: string, dirs: readonly string[]): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const path = posix.join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts')) found.push(path);
    }
  };
  for (const dir of dirs) if (existsSync(join(root, dir))) walk(dir);
  return found.sort();
}

/** The code of a file that can import: an .astro file's frontmatter and its <script> elements; any other file whole. */
export function importingCode(path: string, text: string): string {
  if (!path.endsWith('.astro')) return text;
  const frontmatter = /^\s*---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  return [frontmatter, ...scripts].join('\n');
}

/**
 * The module specifiers of a file, read with TypeScript's own pre-processor: static imports and `export … from`
 * (types included), `import()`, `require()`, plus `new URL('./x', import.meta.url)` (how a widget names its worker).
 */
export function specifiersOf(path: string, text: string): string[] {
  const code = importingCode(path, text);
  const info = ts.preProcessFile(code, true, true);
  return [...info.importedFiles.map((f) => f.fileName), ...moduleUrls(path, code)];
}

/** The relative file paths in `new URL('./x.ts', import.meta.url)` expressions (a worker; comments, other strings and folders left alone). */
function moduleUrls(path: string, code: string): string[] {
  const urls: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'URL') {
      const [first, base] = node.arguments ?? [];
      if (first && ts.isStringLiteralLike(first) && /^\.\.?\/.*\.[a-z]+$/.test(first.text) && base?.getText() === 'import.meta.url') urls.push(first.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile(path, code, ts.ScriptTarget.Latest, true, path.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS));
  return urls;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** What `specifier`, written in `from`, names (resolved as Vite and TypeScript do here: `~/` is `src/`, extensions optional). */
export function resolveSpecifier(root: string, from: string, specifier: string): ImportEdge {
  const bare = specifier.replace(/[?#].*$/, '');
  if (/^(astro|node):/.test(bare)) return { from, specifier, kind: 'virtual', target: bare };
  const local = bare.startsWith('~/') ? join(root, 'src', bare.slice(2)) : bare.startsWith('.') ? join(root, dirname(from), bare) : null;
  if (local === null) {
    const name = bare.startsWith('@') ? bare.split('/').slice(0, 2).join('/') : bare.split('/')[0]!;
    return { from, specifier, kind: 'package', target: name };
  }
  const candidates = TRY_SUFFIXES.map((suffix) => local + suffix);
  if (/\.m?js$/.test(local)) candidates.push(local.replace(/\.m?js$/, '.ts'), local.replace(/\.m?js$/, '.tsx'));
  const hit = candidates.find(isFile);
  if (!hit) return { from, specifier, kind: 'unresolved', target: relative(root, local).split(sep).join('/') };
  return { from, specifier, kind: 'file', target: relative(root, hit).split(sep).join('/') };
}

/** Every import of every source file under `dirs`. */
export function importGraph(root: string, dirs: readonly string[]): { files: string[]; edges: ImportEdge[] } {
  const files = sourceFiles(root, dirs);
  const edges = files.flatMap((file) => specifiersOf(file, readFileSync(join(root, file), 'utf8')).map((s) => resolveSpecifier(root, file, s)));
  return { files, edges };
}
