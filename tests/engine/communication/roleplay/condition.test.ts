import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { conditionVariables, evaluateCondition, parseCondition, type Condition } from '~/engine/communication/roleplay';
import { expectEngineError } from '../../expect-engine-error';

const vars = Object.freeze({ apology: 0, turn: 3, satisfaction: 65, risk: 40, promised: true, waived: false });

describe('parseCondition and evaluateCondition, checked by hand', () => {
  it.each([
    // apology is 0 and turn 3 ≥ 3
    ['apology == 0 and turn >= 3', true],
    ['apology == 0 and turn >= 4', false],
    ['apology > 0 or satisfaction >= 60', true],
    // a bare variable: true, or a number above 0
    ['promised', true],
    ['waived', false],
    ['apology', false],
    ['turn', true],
    // not binds looser than a comparison (as in Python): not (apology == 0)
    ['not apology == 0', false],
    ['not waived and promised', true],
    // and binds tighter than or: false or (true and true)
    ['waived or promised and turn == 3', true],
    ['(waived or promised) and turn == 2', false],
    // booleans compare as 1 and 0
    ['promised == 1', true],
    ['waived != false', false],
    ['risk < 40', false],
    ['risk <= 40', true],
    ['satisfaction > 64.5', true],
    ['true', true],
  ])('%s → %s', (text, expected) => {
    expect(evaluateCondition(parseCondition(text), vars)).toBe(expected);
  });

  it('lists the variables a condition reads, each once', () => {
    expect(conditionVariables(parseCondition('apology == 0 and (turn >= 3 or not apology)'))).toEqual(['apology', 'turn']);
    expect(conditionVariables(parseCondition('true'))).toEqual([]);
  });

  it.each(['', '   ', 'apology ==', 'apology = 0', '(turn > 1', 'turn > 1)', 'and turn', 'turn >= 3 turn', '满意 > 3', 'a && b'])(
    'rejects %j',
    (text) => {
      expectEngineError(() => parseCondition(text), 'invalid-condition');
    },
  );

  it('names the problem in Chinese with the English in brackets', () => {
    expect(() => parseCondition('(turn > 1')).toThrowErrorMatchingInlineSnapshot(`[EngineError: 条件“(turn > 1”无法解析：缺少右括号(condition cannot be parsed: missing ))]`);
  });

  it('refuses to evaluate an unknown variable', () => {
    expectEngineError(() => evaluateCondition(parseCondition('anger > 3'), vars), 'unknown-variable');
  });
});

describe('properties', () => {
  // Random expression trees over two numeric variables; printed fully parenthesised, parsed back, evaluated,
  // and compared with a direct evaluation of the tree.
  type Tree = { op: 'and' | 'or'; l: Tree; r: Tree } | { op: 'not'; x: Tree } | { op: 'cmp'; v: 'a' | 'b'; c: '==' | '!=' | '>=' | '<=' | '>' | '<'; n: number };
  const tree = fc.letrec<{ t: Tree }>((tie) => ({
    t: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.record({ op: fc.constant('cmp' as const), v: fc.constantFrom('a' as const, 'b' as const), c: fc.constantFrom('==' as const, '!=' as const, '>=' as const, '<=' as const, '>' as const, '<' as const), n: fc.integer({ min: 0, max: 5 }) }),
      fc.record({ op: fc.constant('not' as const), x: tie('t') }),
      fc.record({ op: fc.constantFrom('and' as const, 'or' as const), l: tie('t'), r: tie('t') }),
    ),
  })).t;
  const print = (t: Tree): string => (t.op === 'cmp' ? `${t.v} ${t.c} ${t.n}` : t.op === 'not' ? `not (${print(t.x)})` : `(${print(t.l)}) ${t.op} (${print(t.r)})`);
  const direct = (t: Tree, env: { a: number; b: number }): boolean => {
    if (t.op === 'cmp') {
      const x = env[t.v];
      return { '==': x === t.n, '!=': x !== t.n, '>=': x >= t.n, '<=': x <= t.n, '>': x > t.n, '<': x < t.n }[t.c];
    }
    if (t.op === 'not') return !direct(t.x, env);
    return t.op === 'and' ? direct(t.l, env) && direct(t.r, env) : direct(t.l, env) || direct(t.r, env);
  };

  it('a printed condition parses back to the same truth value', () => {
    fc.assert(
      fc.property(tree, fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 5 }), (t, a, b) => {
        const parsed: Condition = parseCondition(print(t));
        expect(evaluateCondition(parsed, { a, b })).toBe(direct(t, { a, b }));
      }),
    );
  });
});
