import type { ImportEdge } from './import-graph';

/** The parts of the code and the arrows that must never be (docs/architecture.json). */
export interface Board {
  readonly parts: Record<string, { readonly is: readonly string[]; readonly says?: string }>;
  readonly never: readonly (readonly [string, string, string])[];
}

export interface Graph {
  readonly files: readonly string[];
  readonly edges: readonly ImportEdge[];
}

/** The part a file is on: the longest `is` path that names it (a file, or a folder ending in /), or null. */
export function partOf(board: Board, file: string): string | null {
  let best: { part: string; length: number } | null = null;
  for (const [part, { is }] of Object.entries(board.parts)) {
    for (const path of is) {
      const hit = path.endsWith('/') ? file.startsWith(path) : file === path;
      if (hit && (!best || path.length > best.length)) best = { part, length: path.length };
    }
  }
  return best?.part ?? null;
}

const fileEdgesFrom = (graph: Graph) => {
  const out = new Map<string, ImportEdge[]>();
  for (const edge of graph.edges) if (edge.kind === 'file') out.set(edge.from, [...(out.get(edge.from) ?? []), edge]);
  return out;
};

/** One forbidden arrow: the chain of files from the first to the one that breaks the rule. */
export interface Breach {
  readonly rule: string;
  readonly chain: readonly string[];
}

const show = (breach: Breach) => `${breach.rule}: ${breach.chain.join(' → ')}`;
export const describeBreaches = (breaches: readonly Breach[]) => breaches.map(show).join('\n');

/**
 * Files of part `from` that import a file of part `to`, straight or through files on no part (as the
 * whiteboard reads a never: other parts are not followed).
 */
export function breachesOfNever(board: Board, graph: Graph, [from, to, why]: readonly [string, string, string]): Breach[] {
  const edges = fileEdgesFrom(graph);
  const breaches: Breach[] = [];
  for (const start of graph.files.filter((f) => partOf(board, f) === from)) {
    const seen = new Set([start]);
    const queue: string[][] = [[start]];
    while (queue.length > 0) {
      const chain = queue.shift()!;
      for (const edge of edges.get(chain.at(-1)!) ?? []) {
        if (seen.has(edge.target)) continue;
        seen.add(edge.target);
        const part = partOf(board, edge.target);
        if (part === to) breaches.push({ rule: `${from} → ${to} (${why})`, chain: [...chain, edge.target] });
        else if (part === null) queue.push([...chain, edge.target]);
      }
    }
  }
  return breaches;
}

/** Imports from `folder` of anything but its own files and the packages allowed. */
export function importsLeaving(graph: Graph, folder: string, packages: readonly string[]): Breach[] {
  return graph.edges
    .filter((e) => e.from.startsWith(folder))
    .filter((e) => !(e.kind === 'file' && e.target.startsWith(folder)) && !(e.kind === 'package' && packages.includes(e.target)))
    .map((e) => ({ rule: `${folder} imports only itself and ${packages.join(', ')}`, chain: [e.from, `${e.specifier} (${e.kind})`] }));
}

/** Imports, type imports too, from a file under `from` of a file under `to`: folder to folder, whatever the parts. */
export function importsInto(graph: Graph, from: string, to: string): Breach[] {
  return graph.edges
    .filter((e) => e.kind === 'file' && e.from.startsWith(from) && e.target.startsWith(to))
    .map((e) => ({ rule: `${from} imports nothing from ${to}`, chain: [e.from, e.target] }));
}

/**
 * Island code (every file under `folder` but the .astro wrappers, which run at build time) that reaches, through any
 * chain of imports, a module importing `loader` (astro:content): an island must get its content as props.
 */
export function islandsReaching(graph: Graph, folder: string, loader: string): Breach[] {
  const edges = fileEdgesFrom(graph);
  const loaders = new Set(graph.edges.filter((e) => e.kind === 'virtual' && e.target === loader).map((e) => e.from));
  const breaches: Breach[] = [];
  for (const start of graph.files.filter((f) => f.startsWith(folder) && !f.endsWith('.astro'))) {
    const seen = new Set([start]);
    const queue: string[][] = [[start]];
    while (queue.length > 0) {
      const chain = queue.shift()!;
      const last = chain.at(-1)!;
      if (loaders.has(last)) {
        breaches.push({ rule: `an island imports a module that imports ${loader}`, chain: [...chain, loader] });
        break;
      }
      for (const edge of edges.get(last) ?? []) {
        if (seen.has(edge.target)) continue;
        seen.add(edge.target);
        queue.push([...chain, edge.target]);
      }
    }
  }
  return breaches;
}

/** Relative or `~/` imports that name no file. */
export const unresolved = (graph: Graph): Breach[] =>
  graph.edges.filter((e) => e.kind === 'unresolved').map((e) => ({ rule: 'an import names no file', chain: [e.from, e.specifier] }));
