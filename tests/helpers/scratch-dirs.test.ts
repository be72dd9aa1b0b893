import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeScratchDirs, scratchDir } from './scratch-dirs';

describe('scratchDir', () => {
  it('makes a new empty folder each time, under the given prefix', () => {
    const a = scratchDir('scratch-test-');
    const b = scratchDir('scratch-test-');
    expect(a).not.toBe(b);
    expect(a).toMatch(/scratch-test-[^/]+$/);
    expect(existsSync(a)).toBe(true);
  });

  it('removes the folders it made, with what was written in them', () => {
    const dir = scratchDir('scratch-test-');
    writeFileSync(join(dir, 'big.csv'), 'a,b\n1,2\n');
    removeScratchDirs();
    expect(existsSync(dir)).toBe(false);
  });
});
