import type { ComponentChildren } from 'preact';
import './model-notes.css';

interface Props {
  /** The widget's MODEL.md (imported with `?raw`): paragraphs, `- ` lists, `## ` headings, **bold** and `code`. */
  text: string;
}

function inline(text: string): ComponentChildren[] {
  return text.split(/(\*\*[^*]+\*\*|`[^`]+`)/).map((part, i) =>
    part.startsWith('**') ? <strong key={i}>{part.slice(2, -2)}</strong> : part.startsWith('`') ? <code key={i}>{part.slice(1, -1)}</code> : part,
  );
}

/**
 * “模型说明”: the widget's plain-words model description for instructors (PhET's model.md), kept in MODEL.md
 * beside the code and shown behind a disclosure. Understands the small subset of Markdown those files use.
 */
export function ModelNotes({ text }: Props) {
  const blocks = text.replace(/\r/g, '').trim().split(/\n{2,}/).filter((b) => !b.startsWith('# '));
  return (
    <details class="model-notes">
      <summary>模型说明</summary>
      {blocks.map((block, i) => {
        const lines = block.split('\n');
        if (lines.every((l) => l.startsWith('- '))) return <ul key={i}>{lines.map((l, j) => <li key={j}>{inline(l.slice(2))}</li>)}</ul>;
        if (block.startsWith('## ')) return <h4 key={i}>{block.slice(3)}</h4>;
        return <p key={i}>{inline(lines.join(''))}</p>;
      })}
    </details>
  );
}
