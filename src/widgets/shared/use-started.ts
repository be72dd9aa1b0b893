import { useEffect } from 'preact/hooks';

/** A widget's state that does work while the widget is on the page (a dataset picker, a Web Worker). */
export interface Startable {
  start(): void;
  dispose(): void;
}

/** Starts `state` once the widget has mounted and disposes of it (workers ended, listeners removed) when it unmounts. */
export function useStarted(state: Startable): void {
  useEffect(() => {
    state.start();
    return () => state.dispose();
  }, [state]);
}
