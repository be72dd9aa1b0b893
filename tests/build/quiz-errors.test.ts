import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createScratchProject } from './scratch-project';
import { PROCESS_TIMEOUT } from '../helpers/timeouts';

vi.setConfig({ testTimeout: PROCESS_TIMEOUT, hookTimeout: PROCESS_TIMEOUT });

// A broken quiz must fail the build, naming the file and the field (the zod schema in src/content-schema/quiz-schema.ts runs the
// engine's validateQuizSet). Each case runs `astro sync` in a scratch copy.
let syncWith: ReturnType<typeof createScratchProject>['syncWith'];
let remove: () => void;

beforeAll(() => {
  ({ syncWith, remove } = createScratchProject('crm-quizzes-'));
});
afterAll(() => remove());

describe('a broken quiz fails the build, naming the file and the field', () => {
  it.each([
    ['an answer that is not one of the options', (t: string) => t.replace('        answer: d\n', '        answer: x\n'), 'sets.0.questions.0.answer', '答案 x 不是本题的选项'],
    ['a misspelt field', (t: string) => t.replace('        explanation: 没有 CRM 的企业里', '        explanation_: 没有 CRM 的企业里'), 'sets.0.questions.0', 'explanation'],
    ['a typical mistake that is the right answer', (t: string) => t.replace('          - value: 429\n', '          - value: 329\n'), 'sets.0.questions.6.mistakes.0.value', '落在正确答案 329 的误差范围内'],
    ['an unknown kind of question', (t: string) => t.replace('        kind: true-false\n', '        kind: essay\n'), 'sets.0.questions.2.kind', 'Invalid discriminator value'],
  ])('%s', (_, edit, field, message) => {
    const { status, output } = syncWith('quizzes/01-crm-philosophy.yaml', edit);
    expect(status).not.toBe(0);
    expect(output).toContain('01-crm-philosophy');
    expect(output).toContain(field);
    expect(output).toContain(message);
  });
});
