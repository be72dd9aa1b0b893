import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createScratchProject } from './scratch-project';
import { PROCESS_TIMEOUT } from '../helpers/timeouts';

vi.setConfig({ testTimeout: PROCESS_TIMEOUT, hookTimeout: PROCESS_TIMEOUT });

// A malformed content file must fail the build with a message naming the file and the field.
// Each case runs `astro sync` in a scratch copy of the project (tests/build/scratch-project.ts).
let syncWith: ReturnType<typeof createScratchProject>['syncWith'];
let remove: () => void;

beforeAll(() => {
  ({ syncWith, remove } = createScratchProject('crm-content-'));
});
afterAll(() => remove());

describe('a malformed content file fails the build, naming the file and the field', () => {
  it.each([
    ['a negative number of hours', 'chapters/01-crm-philosophy.mdx', (t: string) => t.replace(/^hours: .*$/m, 'hours: -4'), 'hours'],
    ['a section heading without 第X节', 'chapters/02-crm-technology.mdx', (t: string) => t.replace('heading: 第一节 ', 'heading: '), 'heading'],
    ['a glossary term without a definition', 'glossary/terms.yaml', (t: string) => t.replace(/^(\s+)definition: .*$/m, '$1definition: 短'), 'definition'],
    ['a case-bible figure whose pattern has no {n}', 'cases.yaml', (t: string) => t.replace("patterns: ['{n}个城市']", "patterns: ['个城市']"), 'patterns'],
    ['an exam item whose 评分要点 do not add up to its points', 'exam/01-crm-philosophy.yaml', (t: string) => t.replace('    points: 4\n    knowledge: 对客户关系管理的再认识', '    points: 3\n    knowledge: 对客户关系管理的再认识'), 'items.0.rubric'],
  ])('%s', (_, file, edit, field) => {
    const { status, output } = syncWith(file, edit);
    expect(status).not.toBe(0);
    expect(output).toContain(file.split('/').pop()!.replace(/\.(mdx|yaml)$/, ''));
    expect(output).toContain(field);
  });

  it('the real content passes', () => {
    const { status, output } = syncWith('chapters/01-crm-philosophy.mdx', (t) => t);
    expect(status, output).toBe(0);
  });
});
