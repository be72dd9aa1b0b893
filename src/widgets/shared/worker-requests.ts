// How a widget's state asks its worker when the learner may change the inputs faster than the worker answers.
import type { WritableAtom } from 'nanostores';
import type { DatasetController } from './dataset-picker/controller';
import { isWorkerFailure } from './dataset-picker/protocol';
import { failureOf, type Failure, type Outcome } from './outcome';

const cancelled = (caught: unknown) => isWorkerFailure(caught) && caught.code === 'aborted';

export interface AnalysisRunnerOptions<V> {
  /** True while a run is going on. */
  readonly $busy: WritableAtom<boolean>;
  /** Whether there is anything to analyse yet (a dataset read); if not, a run does nothing. */
  readonly ready: () => boolean;
  /** Reads the current inputs and asks the worker. */
  readonly request: () => Promise<V>;
  /** Takes the answer to the latest inputs (awaited: a follow-up request belongs to the same run). */
  readonly done: (value: V) => void | Promise<void>;
  /** Takes a failure for the latest inputs. */
  readonly failed: (failure: Failure) => void;
}

/**
 * An analysis that runs one at a time: a run asked for while one is going on is folded into one more run
 * afterwards, so the latest inputs win and answers to older inputs are dropped. A cancel (the worker's
 * `aborted`) ends the runs without a failure. The returned function resolves to true when this call ran the
 * analysis to its end (false when it was not ready, was folded into the running one, or was cancelled).
 */
export function createAnalysisRunner<V>(options: AnalysisRunnerOptions<V>): () => Promise<boolean> {
  let running = false;
  let again = false;
  return async () => {
    if (!options.ready()) return false;
    if (running) {
      again = true;
      return false;
    }
    running = true;
    options.$busy.set(true);
    try {
      do {
        again = false;
        try {
          const value = await options.request();
          if (!again) await options.done(value);
        } catch (caught) {
          if (cancelled(caught)) return false;
          if (!again) options.failed(failureOf(caught));
        }
      } while (again);
    } finally {
      running = false;
      options.$busy.set(false);
    }
    return true;
  };
}

/**
 * Requests whose answers go into one atom, where only the latest request counts: an answer (or failure) to a
 * request overtaken by a newer one is dropped, and a cancelled request leaves the atom as it is.
 */
export function latestAnswer<V>(target: WritableAtom<Outcome<V> | null>, failure: (caught: unknown) => Failure = failureOf): (request: () => Promise<V>) => Promise<void> {
  let sequence = 0;
  return async (request) => {
    const mine = ++sequence;
    try {
      const value = await request();
      if (mine === sequence) target.set({ ok: true, value });
    } catch (caught) {
      if (cancelled(caught)) return;
      if (mine === sequence) target.set(failure(caught));
    }
  };
}

/**
 * Clears a widget's results (`clear`) whenever its dataset could not be read, so a failed upload never leaves
 * the previous file's results on screen under the error. Returns the unsubscribe.
 */
export function clearWhenLoadFails(dataset: DatasetController, clear: () => void): () => void {
  return dataset.$load.listen((load) => {
    if (load.phase === 'error') clear();
  });
}

/** A table exported as CSV: the text, its data rows and the file name to save it under. */
export interface CsvFile {
  readonly csv: string;
  readonly rows: number;
  readonly filename: string;
}

/**
 * Asks the worker for its analysed table as CSV (the handler `method`, answering `{ csv, rows }`) and names the
 * file with `name(stem)`, the stem being the dataset's file name without its extension ('data' if none is read).
 */
export async function csvFromWorker(dataset: DatasetController, method: string, name: (stem: string) => string): Promise<Outcome<CsvFile>> {
  try {
    const { csv, rows } = await dataset.client.call<{ csv: string; rows: number }>(method);
    const load = dataset.$load.get();
    const stem = load.phase === 'ready' ? load.report.name.replace(/\.[a-z]+$/i, '') : 'data';
    return { ok: true, value: { csv, rows, filename: name(stem) } };
  } catch (caught) {
    return failureOf(caught);
  }
}
