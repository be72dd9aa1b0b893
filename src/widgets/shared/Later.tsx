import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

interface Props<P> {
  /** Loads the component (a dynamic import), once. */
  load: () => Promise<ComponentType<P>>;
  props: P;
  /** The widget's class prefix: its `-loading` and `-error` styles are used. */
  prefix: string;
}

/**
 * A view whose code is fetched when it is first shown, so a page does not load before interaction what only one tab
 * needs (the CRM's import and backup, the exam papers' score-sheet reader and charts).
 */
export function Later<P extends object>({ load, props, prefix }: Props<P>) {
  const [View, setView] = useState<ComponentType<P> | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    load().then((view) => setView(() => view)).catch(() => setFailed(true));
  }, []);
  if (failed) return <p role="alert" class={`${prefix}-error`}>这一页的程序没有加载成功，请检查网络后刷新页面。</p>;
  return View ? <View {...props} /> : <p role="status" class={`${prefix}-loading`}>正在加载……</p>;
}
