import { useEffect, useRef, useState } from 'preact/hooks';
import type { WorksheetsData } from '../../stores/worksheets';
import { loadWorksheetFile } from '../lab-worksheet/load-worksheet-file';
import { labsWithEntries, notebookLabs, type LabTitle, type WorksheetFile } from '../lab-worksheet/notebook-sheets';

export type SheetsStatus = 'idle' | 'loading' | 'ready' | 'failed';

/**
 * The notebook's labs: the worksheet file is loaded only once the learner has written in a worksheet. `settled()`
 * resolves when it has loaded or failed (for export and print), with the labs as they then stand.
 */
export function useLabSheets(labs: readonly LabTitle[], data: WorksheetsData) {
  const [file, setFile] = useState<WorksheetFile | null>(null);
  const [status, setStatus] = useState<SheetsStatus>('idle');
  const live = useRef(true);
  const needed = labsWithEntries(labs, data).length > 0;

  const load = (): Promise<WorksheetFile | null> => {
    setStatus('loading');
    return loadWorksheetFile().then(
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
    if (needed && file === null) void load();
    return () => {
      live.current = false;
    };
  }, [needed]);

  const settled = async () => notebookLabs(labs, data, file ?? (needed ? await load() : null));
  return { ...notebookLabs(labs, data, file), status: needed ? (status === 'idle' ? 'loading' : status) : 'idle', settled };
}
