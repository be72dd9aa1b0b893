// The dataset picker's state (nanostores): which dataset is chosen, how reading it goes, and the actions the
// picker's controls call. One controller per widget; the widget listens to `$version` to run its analysis
// whenever a dataset has been read.
import { atom, type ReadableAtom } from 'nanostores';
import type { ColumnSpec } from '../../../engine/ingest';
import { DatasetWorkerClient, type WorkerLike } from './client';
import { datasetUrl, loadManifest, type DatasetEntry } from './manifest';
import { isWorkerFailure, type LoadMode, type LoadReport, type LoadRequest } from './protocol';

/** A small dataset made in the page (a chapter's worked example), offered before the bundled files. */
export interface ExampleDataset {
  readonly id: string;
  readonly title: string;
  /** The example as CSV text (read by the same ingest as any file). */
  readonly csv: () => string;
}

export type DatasetChoice =
  | { readonly type: 'bundled'; readonly id: string }
  | { readonly type: 'example'; readonly id: string }
  | { readonly type: 'file'; readonly name: string };

export type LoadState =
  | { readonly phase: 'idle' }
  | { readonly phase: 'loading'; readonly name: string; readonly fraction: number }
  | { readonly phase: 'ready'; readonly report: LoadReport; readonly notice?: string }
  | { readonly phase: 'error'; readonly code: string; readonly message: string; readonly name: string };

export interface DatasetControllerOptions {
  readonly spawn: () => WorkerLike;
  /** Bundled datasets to offer: these manifest kinds (e.g. `transactions`), optionally only these ids, in this order. */
  readonly kinds: readonly string[];
  readonly include?: readonly string[];
  readonly mode: LoadMode;
  /** Columns for `table` / `auto` mode. */
  readonly table?: readonly ColumnSpec[];
  /** Column mappings to use for some bundled datasets (e.g. which column holds the value). */
  readonly presets?: Readonly<Record<string, Readonly<Record<string, string | null>>>>;
  readonly examples?: readonly ExampleDataset[];
  /** Where the manifest comes from (tests pass a list). */
  readonly manifest?: () => Promise<readonly DatasetEntry[]>;
}

export interface DatasetController {
  readonly client: DatasetWorkerClient;
  readonly examples: readonly ExampleDataset[];
  readonly $entries: ReadableAtom<readonly DatasetEntry[]>;
  readonly $choice: ReadableAtom<DatasetChoice | null>;
  readonly $load: ReadableAtom<LoadState>;
  /** Goes up by one each time a dataset has been read: analyses rerun on it. */
  readonly $version: ReadableAtom<number>;
  /** Fetches the manifest (once); resolves to the datasets offered. */
  listDatasets(): Promise<readonly DatasetEntry[]>;
  choose(choice: DatasetChoice): Promise<void>;
  chooseFile(file: File): Promise<void>;
  /** Reads the current dataset again with other columns. */
  remap(mapping: Readonly<Record<string, string | null>>): Promise<void>;
  /** Stops reading (or any analysis running): the worker is terminated. */
  cancel(): void;
  dispose(): void;
}

const CANCEL_NOTICE = '已取消读取，仍在显示之前的数据。';

export function createDatasetController(options: DatasetControllerOptions): DatasetController {
  const client = new DatasetWorkerClient(options.spawn);
  const examples = options.examples ?? [];
  const $entries = atom<readonly DatasetEntry[]>([]);
  const $choice = atom<DatasetChoice | null>(null);
  const $load = atom<LoadState>({ phase: 'idle' });
  const $version = atom(0);
  let file: File | null = null;
  let sequence = 0;
  let settled: { choice: DatasetChoice; state: LoadState } | null = null;
  let listing: Promise<readonly DatasetEntry[]> | null = null;

  const listDatasets = () => {
    listing ??= (options.manifest ?? loadManifest)().then((all) => {
      const wanted = all.filter((e) => options.kinds.includes(e.kind) && (!options.include || options.include.includes(e.id)));
      if (options.include) wanted.sort((a, b) => options.include!.indexOf(a.id) - options.include!.indexOf(b.id));
      $entries.set(wanted);
      return wanted;
    });
    return listing;
  };

  const requestFor = async (choice: DatasetChoice, mapping?: Readonly<Record<string, string | null>>): Promise<LoadRequest> => {
    const base = { mode: options.mode, table: options.table };
    if (choice.type === 'example') {
      const example = examples.find((e) => e.id === choice.id);
      if (!example) throw { code: 'unknown-dataset', message: `没有这个例题数据：${choice.id}(unknown example)` };
      return { ...base, source: { type: 'text', text: example.csv(), name: example.title }, mapping };
    }
    if (choice.type === 'file') {
      if (!file) throw { code: 'unknown-dataset', message: '请重新选择文件(choose the file again)' };
      return { ...base, source: { type: 'file', file, name: file.name }, mapping };
    }
    const entries = await listDatasets();
    const entry = entries.find((e) => e.id === choice.id);
    if (!entry) throw { code: 'unknown-dataset', message: `没有这个数据集：${choice.id}(unknown dataset)` };
    return { ...base, source: { type: 'url', url: datasetUrl(entry), name: entry.title, bytes: entry.bytes }, mapping: mapping ?? options.presets?.[entry.id] };
  };

  const run = async (choice: DatasetChoice, mapping?: Readonly<Record<string, string | null>>) => {
    // A new choice while another file is still being read replaces it: that worker is stopped first, so an
    // older file can never finish last and become the dataset behind the page's back.
    if ($load.get().phase === 'loading') client.cancel();
    const mine = ++sequence;
    $choice.set(choice);
    const name = choice.type === 'file' ? choice.name : choice.id;
    $load.set({ phase: 'loading', name, fraction: 0 });
    try {
      const request = await requestFor(choice, mapping);
      const report = await client.load(request, (fraction) => {
        if (mine === sequence) $load.set({ phase: 'loading', name: request.source.name, fraction });
      });
      if (mine !== sequence) return;
      const state: LoadState = { phase: 'ready', report };
      settled = { choice, state };
      $load.set(state);
      $version.set($version.get() + 1);
    } catch (caught) {
      if (mine !== sequence) return;
      const failure = isWorkerFailure(caught) ? caught : { code: 'internal', message: `读取数据时出了问题（${String(caught)}）` };
      if (failure.code === 'aborted' && settled) {
        $choice.set(settled.choice);
        $load.set(settled.state.phase === 'ready' ? { ...settled.state, notice: CANCEL_NOTICE } : settled.state);
        return;
      }
      $load.set({ phase: 'error', code: failure.code, message: failure.code === 'aborted' ? '已取消读取。' : failure.message, name });
    }
  };

  return {
    client,
    examples,
    $entries,
    $choice,
    $load,
    $version,
    listDatasets,
    choose: (choice) => run(choice),
    chooseFile: (chosen) => {
      file = chosen;
      return run({ type: 'file', name: chosen.name });
    },
    remap: (mapping) => {
      const choice = $choice.get();
      return choice ? run(choice, mapping) : Promise.resolve();
    },
    cancel: () => {
      sequence++;
      client.cancel();
      if (settled) {
        $choice.set(settled.choice);
        $load.set(settled.state.phase === 'ready' ? { ...settled.state, notice: CANCEL_NOTICE } : settled.state);
      } else {
        $load.set({ phase: 'error', code: 'aborted', message: '已取消读取。', name: '' });
      }
    },
    dispose: () => client.dispose(),
  };
}
