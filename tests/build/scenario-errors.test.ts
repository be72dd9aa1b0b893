import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createScratchProject } from './scratch-project';
import { PROCESS_TIMEOUT } from '../helpers/timeouts';

vi.setConfig({ testTimeout: PROCESS_TIMEOUT, hookTimeout: PROCESS_TIMEOUT });

// A broken role-play script must fail the build, naming the file and the field (the zod schema in
// src/content-schema/scenario-schema.ts runs the engine's graph checks). Each case runs `astro sync` in a scratch copy.
let syncWith: ReturnType<typeof createScratchProject>['syncWith'];
let remove: () => void;

beforeAll(() => {
  ({ syncWith, remove } = createScratchProject('crm-scenarios-'));
});
afterAll(() => remove());

describe('a broken role-play script fails the build, naming the file and the field', () => {
  it.each([
    ['a reply leading to a node that does not exist', (t: string) => t.replace('        next: angrier\n', '        next: angrer\n'), 'nodes.open.options.', '指向不存在的节点 angrer'],
    ['a misspelt field', (t: string) => t.replace('        next: details\n', '        nxet: details\n'), 'nxet', 'Unrecognized key'],
    ['a condition on a variable nobody declared', (t: string) => t.replace('      - if: apology == 0\n', '      - if: apologized == 0\n'), 'nodes.details.line.0.if', '未定义的变量 apologized'],
  ])('%s', (_, edit, field, message) => {
    const { status, output } = syncWith('scenarios/parcel-delay.yaml', edit);
    expect(status).not.toBe(0);
    expect(output).toContain('parcel-delay');
    expect(output).toContain(field);
    expect(output).toContain(message);
  });
});
