import { describe, expect, it } from 'vitest';
import { EngineError } from '~/engine/core/errors';
import { attempt, failureOf } from '~/widgets/shared/outcome';

describe('failureOf', () => {
  it.each([
    ['a worker failure keeps its code and message', { code: 'no-rows', message: '没有可用的行。' }, { ok: false, code: 'no-rows', message: '没有可用的行。' }],
    ['an engine message loses its English in brackets', { code: 'no-rows', message: '没有可用的行(no usable rows)' }, { ok: false, code: 'no-rows', message: '没有可用的行' }],
    ['an Error is internal, with what it said', new Error('boom'), { ok: false, code: 'internal', message: '出了意外的问题（boom）' }],
    ['anything else is internal, as text', 42, { ok: false, code: 'internal', message: '出了意外的问题（42）' }],
  ])('%s', (_, caught, expected) => {
    expect(failureOf(caught)).toEqual(expected);
  });
});

describe('attempt', () => {
  it('hands over the value', () => {
    expect(attempt(() => 2 + 3)).toEqual({ ok: true, value: 5 });
  });

  it("turns the engine's error into a failure with its code and the Chinese part of its message", () => {
    const result = attempt(() => {
      throw new EngineError('too-few-customers', '至少需要 2 位客户(at least 2 customers are needed)');
    });
    expect(result).toEqual({ ok: false, code: 'too-few-customers', message: '至少需要 2 位客户' });
  });

  it("uses the widget's own words for a code when it has them", () => {
    const result = attempt(() => {
      throw new EngineError('invalid-years', 'years 必须是整数(years must be whole)');
    }, { 'invalid-years': '年数要是 1 到 1000 之间的整数。' });
    expect(result).toEqual({ ok: false, code: 'invalid-years', message: '年数要是 1 到 1000 之间的整数。' });
  });

  it('throws any other error on (a bug is not a message for the learner)', () => {
    expect(() => attempt(() => {
      throw new TypeError('x is undefined');
    })).toThrow(TypeError);
  });
});
