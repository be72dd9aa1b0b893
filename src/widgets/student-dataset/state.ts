// The student-dataset widget's state: the 学号 and the dataset as atoms, the number's check as a computed
// value, and the two jobs the worker runs (the student's file, the instructor's answer key). The view only
// renders; the data and every number come from the engine in the worker.
import { atom, computed, type ReadableAtom, type WritableAtom } from 'nanostores';
import { validateStudentNumber } from '../../engine/answer-key/student-number';
import { DatasetWorkerClient, type WorkerLike } from '../shared/dataset-picker/client';
import { isWorkerFailure } from '../shared/dataset-picker/protocol';
import type { Outcome } from '../shared/outcome';
import { chineseOnly } from '../shared/learner-message';
import type { AnswerKeyView, VariantArgs, VariantView } from './handlers';

/** A job the worker runs: nothing yet, running, done, or failed (with a Chinese message). */
export type Job<T> =
  | { readonly phase: 'idle' }
  | { readonly phase: 'working'; readonly args: VariantArgs }
  | { readonly phase: 'ready'; readonly args: VariantArgs; readonly value: T }
  | { readonly phase: 'failed'; readonly args: VariantArgs; readonly code: string; readonly message: string };

/** A dataset the widget offers: its id, the short name used in links and on the command line, its title. */
export interface StudentDatasetChoice {
  readonly id: string;
  readonly alias: string;
  readonly title: string;
}

export interface StudentDatasetState {
  readonly $number: ReadableAtom<string>;
  readonly $dataset: ReadableAtom<string>;
  /** The typed number, checked (4–20 digits). */
  readonly $check: ReadableAtom<Outcome<string>>;
  readonly $variant: ReadableAtom<Job<VariantView>>;
  readonly $key: ReadableAtom<Job<AnswerKeyView>>;
  setNumber(text: string): void;
  setDataset(id: string): void;
  /** Makes the student's file; false (and nothing runs) when the number is not valid. */
  generate(): boolean;
  /** Computes the answer key for the number typed (instructors). */
  showKey(): boolean;
  cancel(): void;
  dispose(): void;
  /** What a share link carries: the dataset (by its short name), never a student's number. */
  shareState(): Record<string, string>;
}

export interface StudentDatasetOptions {
  readonly spawn: () => WorkerLike;
  readonly datasets: readonly StudentDatasetChoice[];
  /** From a share link: `dataset` (id or short name) and, when an instructor sends it, `student`. */
  readonly initial?: Readonly<Record<string, string>>;
}

function failed(args: VariantArgs, caught: unknown): Job<never> {
  return isWorkerFailure(caught)
    ? { phase: 'failed', args, code: caught.code, message: chineseOnly(caught.message) }
    : { phase: 'failed', args, code: 'internal', message: `出了意外的问题（${caught instanceof Error ? caught.message : String(caught)}）` };
}

export function createStudentDatasetState(options: StudentDatasetOptions): StudentDatasetState {
  const { datasets } = options;
  const initial = options.initial ?? {};
  const shared = datasets.find((d) => d.id === initial.dataset || d.alias === initial.dataset);
  const $number = atom(initial.student ?? '');
  const $dataset = atom(shared?.id ?? datasets[0]?.id ?? '');
  const $check = computed($number, (text): Outcome<string> => {
    const checked = validateStudentNumber(text);
    return checked.ok ? { ok: true, value: checked.value } : { ok: false, code: checked.code, message: `${chineseOnly(checked.message)}。` };
  });
  const $variant = atom<Job<VariantView>>({ phase: 'idle' });
  const $key = atom<Job<AnswerKeyView>>({ phase: 'idle' });
  const client = new DatasetWorkerClient(options.spawn);

  const args = (): VariantArgs | null => {
    const check = $check.get();
    return check.ok ? { dataset: $dataset.get(), studentNumber: check.value } : null;
  };
  const same = (a: VariantArgs, b: VariantArgs) => a.dataset === b.dataset && a.studentNumber === b.studentNumber;

  /** Runs one job; a result that arrives after the inputs changed (or after a cancel) is dropped. */
  async function run<T>(store: WritableAtom<Job<T>>, method: 'variant' | 'answerKey', a: VariantArgs): Promise<void> {
    store.set({ phase: 'working', args: a });
    try {
      const value = await client.call<T>(method, a);
      const now = store.get();
      if (now.phase === 'working' && same(now.args, a)) store.set({ phase: 'ready', args: a, value });
    } catch (caught) {
      const now = store.get();
      if (now.phase === 'working' && same(now.args, a)) store.set(isWorkerFailure(caught) && caught.code === 'aborted' ? { phase: 'idle' } : failed(a, caught));
    }
  }

  /** A result for other inputs is out of date: it goes, so no one downloads another number's file. */
  const clearStale = () => {
    const a = args();
    const stale = (job: Job<unknown>) => job.phase !== 'idle' && (a === null || !same(job.args, a));
    if (stale($variant.get())) $variant.set({ phase: 'idle' });
    if (stale($key.get())) $key.set({ phase: 'idle' });
  };

  return {
    $number,
    $dataset,
    $check,
    $variant,
    $key,
    setNumber(text) {
      $number.set(text);
      clearStale();
    },
    setDataset(id) {
      if (datasets.some((d) => d.id === id)) $dataset.set(id);
      clearStale();
    },
    generate() {
      const a = args();
      if (!a) return false;
      void run<VariantView>($variant, 'variant', a);
      return true;
    },
    showKey() {
      const a = args();
      if (!a) return false;
      void run<AnswerKeyView>($key, 'answerKey', a);
      return true;
    },
    cancel() {
      client.cancel();
    },
    dispose() {
      client.dispose();
    },
    shareState(): Record<string, string> {
      const chosen = datasets.find((d) => d.id === $dataset.get());
      return chosen ? { dataset: chosen.alias } : {};
    },
  };
}

/** A file size for people: 2.0 MB, 42 KB. */
export function fileSize(bytes: number): string {
  return bytes >= 1_000_000 ? `${(bytes / 1_000_000).toFixed(1)} MB` : `${Math.max(1, Math.ceil(bytes / 1000))} KB`;
}
