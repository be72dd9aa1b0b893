import { useEffect, useRef, useState } from 'preact/hooks';

export type FileStatus = 'idle' | 'loading' | 'ready' | 'failed';

/**
 * A file the island needs only for some learners: loaded once `needed` is true. `settled()` resolves with it once it has
 * loaded, or with null when it is not needed or could not be loaded (for export and print, which must not go without it).
 */
export function usePageJson<T>(needed: boolean, load: () => Promise<T>) {
  const [file, setFile] = useState<T | null>(null);
  const [status, setStatus] = useState<FileStatus>('idle');
  const live = useRef(true);

  const fetchFile = (): Promise<T | null> => {
    setStatus('loading');
    return load().then(
      (loaded) => {
        if (live.current) {
          setFile(loaded);
          setStatus('ready');
        }
        return loaded;
      },
      () => {
        if (live.current) setStatus('failed');
        return null;
      },
    );
  };

  useEffect(() => {
    live.current = true;
    if (needed && file === null) void fetchFile();
    return () => {
      live.current = false;
    };
  }, [needed]);

  const settled = async (): Promise<T | null> => file ?? (needed ? fetchFile() : null);
  return { file, status: needed ? (status === 'idle' ? 'loading' : status) : ('idle' as FileStatus), settled };
}
