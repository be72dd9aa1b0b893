import type { Element, ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { List, ListItem, Paragraph, PhrasingContent, RootContent } from 'mdast';
import type {} from 'mdast-util-mdx-jsx';
import type {} from 'mdast-util-mdxjs-esm';
import { toHast } from 'mdast-util-to-hast';
import { firstSentence } from './slides-mdx';

/**
 * Inline content as a slide shows it: a glossary `<Term>` becomes its plain words (a slide has no pop-ups), other
 * inline JSX and expressions are dropped.
 */
export function plainInline(children: readonly PhrasingContent[]): PhrasingContent[] {
  return children.flatMap((child): PhrasingContent[] => {
    if (child.type === 'mdxJsxTextElement') return plainInline(child.children);
    if (child.type === 'mdxTextExpression') return [];
    if ('children' in child && Array.isArray(child.children)) {
      return [{ ...child, children: plainInline(child.children as PhrasingContent[]) } as PhrasingContent];
    }
    return [child];
  });
}

/** A Markdown block (with its inline JSX made plain, as `plainInline` does) as HTML. */
export function blockHtml(node: RootContent): string {
  return toHtml(toHast(plainBlock(node)) as Element);
}

function plainBlock(node: RootContent): RootContent {
  if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
    return { ...node, children: plainInline(node.children) } as RootContent;
  }
  if ('children' in node && Array.isArray(node.children)) {
    return { ...node, children: (node.children as RootContent[]).map(plainBlock) } as RootContent;
  }
  return node;
}

/** A paragraph cut to its first sentence (a knowledge point's key sentence). */
export function firstSentenceParagraph(paragraph: Paragraph): Paragraph {
  return { type: 'paragraph', children: firstSentence(plainInline(paragraph.children)) };
}

/** A list with each item cut to the first sentence of its first paragraph (a slide's bullet points). */
export function briefList(list: List): List {
  const items = list.children.map((item): ListItem => {
    const first = item.children.find((c): c is Paragraph => c.type === 'paragraph');
    return { type: 'listItem', spread: false, children: first ? [firstSentenceParagraph(first)] : [] };
  });
  return { ...list, spread: false, children: items };
}

/** An HTML element from plain text (escaped), for frontmatter strings on slides and in notes. */
export function textElement(tagName: string, text: string, properties: Element['properties'] = {}): string {
  return toHtml({ type: 'element', tagName, properties, children: [{ type: 'text', value: text }] });
}

/** A list from plain strings. */
export function textList(tagName: 'ol' | 'ul', items: readonly string[]): string {
  const children: ElementContent[] = items.map((text) => ({ type: 'element', tagName: 'li', properties: {}, children: [{ type: 'text', value: text }] }));
  return toHtml({ type: 'element', tagName, properties: {}, children });
}
