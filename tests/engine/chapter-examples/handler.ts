/**
 * How one kind of chapter example is computed: `run` maps the fixture's input onto the engine and returns
 * the figures under the names the fixture's `expected` uses; `keyTolerance` loosens the tolerance for
 * named fields where the example's note says so.
 */
export interface ExampleHandler {
  readonly run: (input: never) => unknown;
  readonly keyTolerance?: Readonly<Record<string, number>>;
}

/** A handler whose input is typed (fixtures are JSON: the type documents what the handler reads). */
export function handler<I>(run: (input: I) => unknown, keyTolerance?: Readonly<Record<string, number>>): ExampleHandler {
  return { run: run as (input: never) => unknown, keyTolerance };
}
