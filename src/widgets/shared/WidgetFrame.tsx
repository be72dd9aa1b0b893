import type { ComponentChildren } from 'preact';
import { useEffect, useErrorBoundary, useRef, useState } from 'preact/hooks';
import { IdScope, useDomId } from './use-dom-id';

interface Props {
  /** The `data-widget` name (docs/contracts.md §7). */
  name: string;
  title: string;
  children: ComponentChildren;
  /** Extra buttons for the widget's header bar (reset, share link…). */
  tools?: ComponentChildren;
}

/**
 * The box every widget lives in: its `data-widget` root, a title, a full-screen button, and an error boundary
 * that keeps a failure inside the box (role="alert") while the rest of the page goes on working.
 */
export function WidgetFrame({ name, title, children, tools }: Props) {
  const root = useRef<HTMLElement>(null);
  const titleId = useDomId(name);
  const [error, resetError] = useErrorBoundary((caught) => console.warn(`[${name}]`, caught));
  const [fullScreen, setFullScreen] = useState(false);

  useEffect(() => {
    const onChange = () => setFullScreen(document.fullscreenElement === root.current);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  const toggleFullScreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void root.current?.requestFullscreen?.().catch(() => undefined);
  };

  return (
    <section data-widget={name} class="widget" ref={root} aria-labelledby={titleId}>
      <div class="widget-head">
        <h3 id={titleId}>{title}</h3>
        {tools}
        <button type="button" class="btn" onClick={toggleFullScreen} aria-pressed={fullScreen}>
          {fullScreen ? '退出全屏' : '全屏'}
        </button>
      </div>
      {error ? (
        <div class="widget-error" role="alert">
          <p>
            <strong>这个练习出了问题，暂时无法显示。</strong>页面的其余部分不受影响。
          </p>
          <p>{error instanceof Error ? error.message : String(error)}</p>
          <button type="button" class="btn" onClick={resetError}>
            重试
          </button>
        </div>
      ) : (
        <div class="widget-body">
          <IdScope.Provider value={name}>{children}</IdScope.Provider>
        </div>
      )}
    </section>
  );
}
