import type { ComponentChildren } from 'preact';
import text from './MODEL.md?raw';

/** `**bold**` and `code` inside one line of MODEL.md. */
function inline(line: string): ComponentChildren[] {
  return line.split(/(\*\*[^*]+\*\*|`[^`]+`)/).map((part, i) =>
    part.startsWith('**') ? <strong key={i}>{part.slice(2, -2)}</strong> : part.startsWith('`') ? <code key={i}>{part.slice(1, -1)}</code> : part,
  );
}

/**
 * MODEL.md shown inside the widget: headings (the first one is the disclosure's own title, so it is dropped),
 * paragraphs and lists, which is all the file uses.
 */
export function ModelText() {
  const blocks = text.trim().split(/\n\s*\n/);
  return (
    <div class="cs-model-text">
      {blocks.map((block, i) => {
        if (block.startsWith('# ')) return null;
        if (block.startsWith('## ')) return <h5 key={i}>{block.slice(3)}</h5>;
        const lines = block.split('\n');
        if (lines.every((l) => l.startsWith('- ')))
          return (
            <ul key={i}>
              {lines.map((l, k) => (
                <li key={k}>{inline(l.slice(2))}</li>
              ))}
            </ul>
          );
        return <p key={i}>{inline(lines.join(''))}</p>;
      })}
    </div>
  );
}
