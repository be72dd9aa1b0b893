import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

interface Props<P> {
  /** Loads the component (a dynamic import), once. */
  load: () => Promise<ComponentType<P>>;
  props: P;
}

/** A view whose code is fetched when it is first shown (the import, export and backup code is not needed to browse). */
export function Later<P extends object>({ load, props }: Props<P>) {
  const [View, setView] = useState<ComponentType<P> | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    load().then((view) => setView(() => view)).catch(() => setFailed(true));
  }, []);
  if (failed) return <p role="alert" class="crm-error">这一页的程序没有加载成功，请检查网络后刷新页面。</p>;
  return View ? <View {...props} /> : <p role="status" class="crm-loading">正在加载……</p>;
}
