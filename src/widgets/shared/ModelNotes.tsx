import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import './model-notes.css';

interface Props {
  /**
   * Loads the widget's MODEL.md (`() => import('./MODEL.md?raw')`): paragraphs, `- ` lists, `## ` headings, **bold**
   * and `code`. Loaded when the notes are first opened, so the widget's own script does not carry them.
   */
  load: () => Promise<{ default: string }>;
}

function inline(text: string): ComponentChildren[] {
  return text.split(/(\*\*[^*]+\*\*|`[^`]+`)/).map((part, i) =>
    part.startsWith('**') ? <strong key={i}>{part.slice(2, -2)}</strong> : part.startsWith('`') ? <code key={i}>{part.slice(1, -1)}</code> : part,
  );
}

function Blocks({ text }: { text: string }) {
  const blocks = text.replace(/\r/g, '').trim().split(/\n{2,}/).filter((b) => !b.startsWith('# '));
  return (
    <>
      {blocks.map((block, i) => {
        const lines = block.split('\n');
        if (lines.every((l) => l.startsWith('- '))) return <ul key={i}>{lines.map((l, j) => <li key={j}>{inline(l.slice(2))}</li>)}</ul>;
        if (block.startsWith('## ')) return <h4 key={i}>{block.slice(3)}</h4>;
        return <p key={i}>{inline(lines.join(''))}</p>;
      })}
    </>
  );
}

/**
 * “模型说明”: the widget's plain-words model description for instructors (PhET's model.md), kept in MODEL.md
 * beside the code and shown behind a disclosure. Understands the small subset of Markdown those files use.
 */
export function ModelNotes({ load }: Props) {
  const [text, setText] = useState<string | null>(null);
  const [phase, setPhase] = useState<'closed' | 'loading' | 'failed'>('closed');
  const loading = useRef(false);
  const opened = (details: HTMLDetailsElement) => {
    if (!details.open || text !== null || loading.current) return;
    loading.current = true;
    setPhase('loading');
    load()
      .then((m) => setText(m.default), () => setPhase('failed'))
      .finally(() => (loading.current = false));
  };
  // Nothing but the summary until opened: a status line in a closed disclosure would read as the widget still at work.
  return (
    <details class="model-notes" onToggle={(e) => opened(e.currentTarget)}>
      <summary>模型说明</summary>
      {text !== null ? <Blocks text={text} /> : phase === 'failed' ? <p role="alert">模型说明没有加载成功，请检查网络后重新打开。</p> : phase === 'loading' ? <p role="status">正在加载……</p> : null}
    </details>
  );
}
