// Timeouts sized for a busy two-core machine (CI runs on one, beside other work), not for a quiet laptop.
// Measured with two `npm test` runs at once on two cores beside other work (each run about 36 minutes):
// one `astro sync` case up to 59 s and a scratch project's set-up over 10 s, a command-line test up to 20 s,
// other tests up to 17 s (every role-play conversation), a component test's first render of a dataset 9 s.

/** Any test or hook: Vitest's own 5 s fails under load. */
export const TEST_TIMEOUT = 60_000;

/** A test or hook that starts a process (`astro sync`, the command line, a build) and waits for it. */
export const PROCESS_TIMEOUT = 300_000;

/** How long findBy…/waitFor wait for the page to show something (Testing Library's own 1 s fails under load). */
export const DOM_WAIT_TIMEOUT = 15_000;
