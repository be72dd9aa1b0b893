import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

// Folders a test file writes its inputs and outputs to, removed when the file's tests are done: the command-line and
// upload tests write files of 50–100 MB, and a run that left them behind filled /tmp by a few hundred MB each time.
const made = new Set<string>();

/** A new empty folder under the system's temporary folder, removed after this test file. */
export function scratchDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.add(dir);
  return dir;
}

/** Removes every folder `scratchDir` made so far. */
export function removeScratchDirs(): void {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
  made.clear();
}

// Registered while the importing test file is collected, so it runs after that file's tests.
afterAll(removeScratchDirs);
