// The dataset picker's state (nanostores): which dataset is chosen, how reading it goes, and the actions the
// picker's controls call. One controller per widget; the widget listens to `$version` to run its analysis
// whenever a dataset has been read.
import { atom, type ReadableAtom } from 'nanostores';
import type { ColumnSpec } from '../../../engine/ingest';
import { $columnMappings, findColumnMapping, updateColumnMappings, withColumnMapping, withoutColumnMapping } from '../../../stores/column-mappings';
import { chineseOnly } from '../learner-message';
import { DatasetWorkerClient, type WorkerLike } from './client';
import { datasetUrl, loadManifest, type DatasetEntry } from './manifest';
import { isWorkerFailure, type ColumnChoice, type LoadMode, type LoadReport, type LoadRequest, type MappingField, type WorkerFailure } from './protocol';
import { fileTooLarge } from './upload-limit';

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

/** Field key → header chosen for it (null: none). */
export type ColumnMapping = Readonly<Record<string, string | null>>;

export type LoadState =
  | { readonly phase: 'idle' }
  | { readonly phase: 'loading'; readonly name: string; readonly fraction: number }
  /** `remembered`: read with the columns the learner chose earlier for a file with the same headers. */
  | { readonly phase: 'ready'; readonly report: LoadReport; readonly notice?: string; readonly remembered?: boolean }
  /** `message` is Chinese only; `columns`: the file lacks required columns and the learner can name them. */
  | { readonly phase: 'error'; readonly code: string; readonly message: string; readonly name: string; readonly columns?: ColumnChoice };

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
  /** How files are read (and so how large a file may be). */
  readonly mode: LoadMode;
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
  /** Reads the current dataset again with the columns the learner chose (remembered for the learner's own files). */
  remap(mapping: ColumnMapping): Promise<void>;
  /** Forgets the columns remembered for the current file's headers and reads it again as guessed from them. */
  forgetMapping(): Promise<void>;
  /** Stops reading (or any analysis running): the worker is terminated. */
  cancel(): void;
  dispose(): void;
}

const CANCEL_NOTICE = '已取消读取，仍在显示之前的数据。';

/** The key a remembered column choice is kept under for these fields. */
const fieldsKey = (fields: readonly MappingField[]) => fields.map((f) => f.key).join(',');
const sameMapping = (a: ColumnMapping, b: ColumnMapping) => Object.keys({ ...a, ...b }).every((k) => (a[k] ?? null) === (b[k] ?? null));

/** Where the columns of a reading come from: guessed (or a dataset's preset), chosen now, or remembered. */
type MappingOrigin = 'guess' | 'learner' | 'remembered';

export function createDatasetController(options: DatasetControllerOptions): DatasetController {
  const client = new DatasetWorkerClient(options.spawn);
  const examples = options.examples ?? [];
  const $entries = atom<readonly DatasetEntry[]>([]);
  const $choice = atom<DatasetChoice | null>(null);
  const $load = atom<LoadState>({ phase: 'idle' });
  const $version = atom(0);
  let file: File | null = null;
  let sequence = 0;
  /** True while the worker is reading a file for `run`. */
  let reading = false;
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
      if (!example) throw { code: 'unknown-dataset', message: `没有这个例题数据：${choice.id}` };
      return { ...base, source: { type: 'text', text: example.csv(), name: example.title }, mapping };
    }
    if (choice.type === 'file') {
      if (!file) throw { code: 'unknown-dataset', message: '请重新选择文件。' };
      return { ...base, source: { type: 'file', file, name: file.name }, mapping };
    }
    const entries = await listDatasets();
    const entry = entries.find((e) => e.id === choice.id);
    if (!entry) throw { code: 'unknown-dataset', message: `没有这个数据集：${choice.id}` };
    return { ...base, source: { type: 'url', url: datasetUrl(entry), name: entry.title, bytes: entry.bytes }, mapping: mapping ?? options.presets?.[entry.id] };
  };

  /** The columns remembered for a file read with these fields and headers (only the learner's own files). */
  const recall = (choice: DatasetChoice, fields: readonly MappingField[], headers: readonly string[]): ColumnMapping | null =>
    choice.type === 'file' && fields.length > 0 ? findColumnMapping($columnMappings.get(), fieldsKey(fields), headers) : null;

  const settle = (state: LoadState) => {
    $load.set(state);
    if (state.phase === 'ready') $version.set($version.get() + 1);
  };

  const fail = (failure: WorkerFailure, name: string) =>
    settle({ phase: 'error', code: failure.code, message: chineseOnly(failure.message), name, ...(failure.columns ? { columns: failure.columns } : {}) });

  const run = async (choice: DatasetChoice, mapping?: ColumnMapping, origin: MappingOrigin = 'guess') => {
    // A new choice while another file is still being read replaces it: that worker is stopped first, so an
    // older file can never finish last and become the dataset behind the page's back.
    if (reading) client.cancel();
    const mine = ++sequence;
    $choice.set(choice);
    const name = choice.type === 'file' ? choice.name : choice.id;
    $load.set({ phase: 'loading', name, fraction: 0 });
    try {
      reading = true;
      const request = await requestFor(choice, mapping);
      const report = await client.load(request, (fraction) => {
        if (mine === sequence) $load.set({ phase: 'loading', name: request.source.name, fraction });
      });
      if (mine !== sequence) return;
      reading = false;
      // The guess read the file, but the learner chose other columns for these headers before: read it their way.
      const remembered = origin === 'guess' && mapping === undefined ? recall(choice, report.fields, report.headers) : null;
      if (remembered && !sameMapping(remembered, report.mapping)) return void (await run(choice, remembered, 'remembered'));
      if (origin === 'learner' && choice.type === 'file') {
        updateColumnMappings((data) => withColumnMapping(data, fieldsKey(report.fields), report.headers, report.mapping));
      }
      const state: LoadState = { phase: 'ready', report, ...(origin === 'remembered' || remembered ? { remembered: true } : {}) };
      settled = { choice, state };
      settle(state);
    } catch (caught) {
      if (mine !== sequence) return;
      reading = false;
      const failure: WorkerFailure = isWorkerFailure(caught) ? caught : { code: 'internal', message: `读取数据时出了问题（${String(caught)}）` };
      if (failure.code === 'aborted' && settled) {
        $choice.set(settled.choice);
        $load.set(settled.state.phase === 'ready' ? { ...settled.state, notice: CANCEL_NOTICE } : settled.state);
        return;
      }
      if (failure.code === 'aborted') return settle({ phase: 'error', code: 'aborted', message: '已取消读取。', name });
      // Required columns not found by their names: the learner may have named them for these headers before.
      const remembered = failure.columns && origin === 'guess' ? recall(choice, failure.columns.fields, failure.columns.headers) : null;
      if (remembered) return void (await run(choice, remembered, 'remembered'));
      fail(failure, name);
    }
  };

  return {
    client,
    mode: options.mode,
    examples,
    $entries,
    $choice,
    $load,
    $version,
    listDatasets,
    choose: (choice) => run(choice),
    chooseFile: (chosen) => {
      // Too large to read here: refused before a byte is read (the limit depends on how the widget reads).
      const tooLarge = fileTooLarge(chosen.size, options.mode);
      if (tooLarge) {
        if (reading) client.cancel();
        reading = false;
        sequence++;
        $choice.set({ type: 'file', name: chosen.name });
        fail(tooLarge, chosen.name);
        return Promise.resolve();
      }
      file = chosen;
      return run({ type: 'file', name: chosen.name });
    },
    remap: (mapping) => {
      const choice = $choice.get();
      return choice ? run(choice, mapping, 'learner') : Promise.resolve();
    },
    forgetMapping: () => {
      const choice = $choice.get();
      const load = $load.get();
      if (!choice || load.phase !== 'ready') return Promise.resolve();
      updateColumnMappings((data) => withoutColumnMapping(data, fieldsKey(load.report.fields), load.report.headers));
      return run(choice);
    },
    cancel: () => {
      sequence++;
      reading = false;
      client.cancel();
      if (settled) {
        $choice.set(settled.choice);
        $load.set(settled.state.phase === 'ready' ? { ...settled.state, notice: CANCEL_NOTICE } : settled.state);
      } else {
        settle({ phase: 'error', code: 'aborted', message: '已取消读取。', name: '' });
      }
    },
    dispose: () => client.dispose(),
  };
}
