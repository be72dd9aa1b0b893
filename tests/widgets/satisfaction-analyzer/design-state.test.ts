import { describe, expect, it } from 'vitest';
import { QUESTION_SAMPLES } from '~/engine/satisfaction';
import { designCheckStateOf } from '~/widgets/satisfaction-analyzer/design-state';

describe('the questionnaire design check, loaded with its tab', () => {
  it('keeps one analyzer’s verdicts while the learner switches tabs (the tab made again finds them)', () => {
    const analyzer = {};
    const first = designCheckStateOf(analyzer);
    first.choose(QUESTION_SAMPLES[0]!.id, 'ok');
    expect(designCheckStateOf(analyzer)).toBe(first);
    expect(designCheckStateOf(analyzer).$answers.get()).toEqual({ [QUESTION_SAMPLES[0]!.id]: 'ok' });
  });

  it('gives another analyzer on the page a check of its own', () => {
    const a = designCheckStateOf({});
    const b = designCheckStateOf({});
    a.choose(QUESTION_SAMPLES[1]!.id, 'ok');
    expect(b).not.toBe(a);
    expect(b.$answers.get()).toEqual({});
  });
});
