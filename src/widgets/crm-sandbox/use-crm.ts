import { useEffect, useRef, useState } from 'preact/hooks';
import { openCrmDatabase, type CrmDatabase } from '../../crm/database';
import { loadWorkspace, replaceWorkspace, type LoadedWorkspace } from '../../crm/repository';
import type { WorkspaceId } from '../../engine/crm/workspaces';
import { messageOf } from './messages';

export type CrmState =
  | { readonly status: 'opening'; readonly blocked: string }
  | { readonly status: 'failed'; readonly message: string }
  | { readonly status: 'ready'; readonly db: CrmDatabase; readonly data: LoadedWorkspace };

export interface Crm {
  readonly state: CrmState;
  /** The last action's result (role="status"), or its failure (role="alert"). */
  readonly notice: { readonly text: string; readonly error: boolean } | null;
  /** Runs a change against the database, reloads, and shows its message or its failure. Resolves true on success. */
  run(change: (db: CrmDatabase) => Promise<string | void>): Promise<boolean>;
  say(text: string, error?: boolean): void;
}

/**
 * Opens the database (a first visit gets the workspace the task asks for, or 鲜邻超市), keeps the loaded workspace,
 * and runs changes one at a time.
 */
export function useCrm(firstWorkspace: WorkspaceId): Crm {
  const [state, setState] = useState<CrmState>({ status: 'opening', blocked: '' });
  const [notice, setNotice] = useState<Crm['notice']>(null);
  const busy = useRef(Promise.resolve(true));

  useEffect(() => {
    let alive = true;
    void (async () => {
      const opened = await openCrmDatabase({ onBlocked: (blocked) => alive && setState({ status: 'opening', blocked }) });
      if (!alive) return;
      if (!opened.ok) return setState({ status: 'failed', message: opened.message });
      try {
        let data = await loadWorkspace(opened.db);
        if (data.workspace === null && data.customers.length === 0) {
          const { seedWorkspace } = await import('../../engine/crm/seed-workspace'); // only a first visit needs the generator
          await replaceWorkspace(opened.db, seedWorkspace(firstWorkspace, { now: Date.now() }), firstWorkspace, new Date().toISOString());
          data = await loadWorkspace(opened.db);
        }
        if (alive) setState({ status: 'ready', db: opened.db, data });
      } catch (error) {
        if (alive) setState({ status: 'failed', message: messageOf(error) });
      }
    })();
    return () => {
      alive = false;
    };
  }, []);

  const run: Crm['run'] = (change) => {
    const next = busy.current.then(async () => {
      if (state.status !== 'ready') return false;
      try {
        const message = await change(state.db);
        setState({ status: 'ready', db: state.db, data: await loadWorkspace(state.db) });
        if (message) setNotice({ text: message, error: false });
        return true;
      } catch (error) {
        setNotice({ text: messageOf(error), error: true });
        return false;
      }
    });
    busy.current = next;
    return next;
  };

  return { state, notice, run, say: (text, error = false) => setNotice({ text, error }) };
}
