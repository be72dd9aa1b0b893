import type { Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** A chapter's MDX body (no frontmatter) as a Markdown syntax tree with its JSX elements and GFM tables. */
export function parseMdxBody(body: string): Root {
  return unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(body);
}

/**
 * The components the body imports from src/, by name and path under src/:
 * `import RfmCalculator from '../widgets/rfm-calculator/RfmCalculator.tsx'` gives RfmCalculator →
 * `widgets/rfm-calculator/RfmCalculator.tsx`.
 */
export function widgetImports(root: Root): Map<string, string> {
  const imports = new Map<string, string>();
  for (const node of root.children) {
    if (node.type !== 'mdxjsEsm') continue;
    for (const match of node.value.matchAll(/import\s+(\w+)\s+from\s+['"]([^'"]+)['"]/g)) {
      const path = /(?:^|\/)src\/(.+)$/.exec(match[2]!);
      if (path) imports.set(match[1]!, path[1]!);
    }
  }
  return imports;
}

export function isJsx(node: RootContent, name?: string): node is MdxJsxFlowElement {
  return node.type === 'mdxJsxFlowElement' && (name === undefined || node.name === name);
}

/** A JSX element's string attribute (`title="…"`), or undefined. */
export function attribute(node: MdxJsxFlowElement, name: string): string | undefined {
  for (const attr of node.attributes) {
    if (attr.type === 'mdxJsxAttribute' && attr.name === name && typeof attr.value === 'string') return attr.value;
  }
  return undefined;
}

/** Every string attribute of a JSX element (client directives and expressions left out). */
export function stringAttributes(node: MdxJsxFlowElement): Record<string, string> {
  const props: Record<string, string> = {};
  for (const attr of node.attributes) {
    if (attr.type === 'mdxJsxAttribute' && typeof attr.value === 'string' && !attr.name.includes(':')) props[attr.name] = attr.value;
  }
  return props;
}

/** The bold text a paragraph starts with (`**练一练**：…` gives 练一练), or null. */
export function leadingBold(node: RootContent): string | null {
  if (node.type !== 'paragraph') return null;
  const first = node.children[0];
  return first?.type === 'strong' ? toString(first).trim() : null;
}

/** True for a paragraph that is nothing but bold text, used as a small heading (`**讨论题**`). */
export function isBoldHeading(node: RootContent): node is Paragraph {
  return node.type === 'paragraph' && node.children.length === 1 && node.children[0]!.type === 'strong';
}

const SENTENCE_END = /[。！？!?]/;

/**
 * The first sentence of a run of inline content: everything up to and including the first 。！？ outside
 * brackets. A sentence end inside bold or a link keeps that whole element. The run itself when it has no end.
 */
export function firstSentence(children: readonly PhrasingContent[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let depth = 0;
  for (const child of children) {
    if (child.type !== 'text') {
      out.push(child);
      const text = toString(child);
      depth += bracketDelta(text);
      if (depth <= 0 && SENTENCE_END.test(text.slice(-1))) return out;
      continue;
    }
    for (let i = 0; i < child.value.length; i++) {
      const ch = child.value[i]!;
      depth += bracketDelta(ch);
      if (depth <= 0 && SENTENCE_END.test(ch)) {
        out.push({ type: 'text', value: child.value.slice(0, i + 1) });
        return out;
      }
    }
    out.push(child);
  }
  return out;
}

function bracketDelta(text: string): number {
  let delta = 0;
  for (const ch of text) {
    if ('（(“「'.includes(ch)) delta += 1;
    else if ('）)”」'.includes(ch)) delta -= 1;
  }
  return delta;
}
