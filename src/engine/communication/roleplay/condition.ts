import { EngineError } from '../../core/errors';
import type { VariableValue } from './types';

/** A parsed condition. */
export type Condition =
  | { readonly kind: 'value'; readonly value: number | boolean }
  | { readonly kind: 'variable'; readonly name: string }
  | { readonly kind: 'not'; readonly operand: Condition }
  | { readonly kind: 'and' | 'or'; readonly left: Condition; readonly right: Condition }
  | { readonly kind: 'compare'; readonly op: ComparisonOperator; readonly left: Condition; readonly right: Condition };

export type ComparisonOperator = '==' | '!=' | '>=' | '<=' | '>' | '<';

const TOKEN = /\s*(?:(\d+(?:\.\d+)?)|([A-Za-z_][A-Za-z0-9_]*)|(==|!=|>=|<=|>|<|\(|\)))/y;

function invalid(text: string, why: string, whyEn: string): never {
  throw new EngineError('invalid-condition', `条件“${text}”无法解析：${why}(condition cannot be parsed: ${whyEn})`, { condition: text });
}

function tokenize(text: string): string[] {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  let at = 0;
  while (at < text.length) {
    if (/^\s*$/.test(text.slice(at))) break;
    TOKEN.lastIndex = at;
    const match = TOKEN.exec(text);
    if (!match) invalid(text, `第 ${at + 1} 个字符附近有不认识的符号`, `unexpected character near position ${at + 1}`);
    tokens.push(match[1] ?? match[2] ?? match[3]!);
    at = TOKEN.lastIndex;
  }
  return tokens;
}

/**
 * Parses a condition written in a script: variables, numbers, `true`/`false`, the comparisons
 * `== != >= <= > <`, and `not`, `and`, `or` with parentheses (comparisons bind tightest, then `not`, `and`, `or`, as in Python).
 * A bare variable holds when it is `true` or a number above 0.
 *
 * Source: our own small grammar, so instructors can read and edit scripts without code.
 * @throws EngineError `invalid-condition` when the text is empty or not a well-formed condition.
 * @example parseCondition('apology == 0 and turn >= 2') // { kind: 'and', left: {…'=='…}, right: {…'>='…} }
 */
export function parseCondition(text: string): Condition {
  const tokens = tokenize(text);
  if (tokens.length === 0) invalid(text, '条件为空', 'empty');
  let at = 0;
  const peek = () => tokens[at];
  const take = () => tokens[at++];

  const atom = (): Condition => {
    const token = take();
    if (token === undefined) return invalid(text, '条件不完整', 'incomplete');
    if (token === '(') {
      const inner = or();
      if (take() !== ')') invalid(text, '缺少右括号', 'missing )');
      return inner;
    }
    if (/^\d/.test(token)) return { kind: 'value', value: Number(token) };
    if (token === 'true' || token === 'false') return { kind: 'value', value: token === 'true' };
    if (/^[A-Za-z_]/.test(token) && !['and', 'or', 'not'].includes(token)) return { kind: 'variable', name: token };
    return invalid(text, `“${token}”不能出现在这里`, `unexpected “${token}”`);
  };
  const comparison = (): Condition => {
    const left = atom();
    const op = peek();
    if (op === '==' || op === '!=' || op === '>=' || op === '<=' || op === '>' || op === '<') {
      take();
      return { kind: 'compare', op, left, right: atom() };
    }
    return left;
  };
  const negation = (): Condition => {
    if (peek() === 'not') {
      take();
      return { kind: 'not', operand: negation() };
    }
    return comparison();
  };
  const and = (): Condition => {
    let left = negation();
    while (peek() === 'and') {
      take();
      left = { kind: 'and', left, right: negation() };
    }
    return left;
  };
  const or = (): Condition => {
    let left = and();
    while (peek() === 'or') {
      take();
      left = { kind: 'or', left, right: and() };
    }
    return left;
  };

  const condition = or();
  if (at < tokens.length) invalid(text, `“${tokens[at]}”多余`, `unexpected “${tokens[at]}”`);
  return condition;
}

/** The variable names a condition reads, each once, in order of appearance. */
export function conditionVariables(condition: Condition): string[] {
  const names: string[] = [];
  const walk = (c: Condition): void => {
    if (c.kind === 'variable') {
      if (!names.includes(c.name)) names.push(c.name);
    } else if (c.kind === 'not') walk(c.operand);
    else if (c.kind !== 'value') {
      walk(c.left);
      walk(c.right);
    }
  };
  walk(condition);
  return names;
}

const asNumber = (value: VariableValue): number => (typeof value === 'boolean' ? (value ? 1 : 0) : value);
const truthy = (value: VariableValue): boolean => (typeof value === 'boolean' ? value : value > 0);

/**
 * Evaluates a parsed condition against the conversation's variables (booleans compare as 1 and 0).
 * @throws EngineError `unknown-variable` when the condition reads a variable `variables` does not have.
 * @example evaluateCondition(parseCondition('apology == 0 and turn >= 2'), { apology: 0, turn: 3 }) // true
 */
export function evaluateCondition(condition: Condition, variables: Readonly<Record<string, VariableValue>>): boolean {
  const value = (c: Condition): VariableValue => {
    switch (c.kind) {
      case 'value':
        return c.value;
      case 'variable': {
        const found = variables[c.name];
        if (found === undefined) throw new EngineError('unknown-variable', `条件用到了未知变量 ${c.name}(unknown variable ${c.name})`, { name: c.name });
        return found;
      }
      case 'not':
        return !truthy(value(c.operand));
      case 'and':
        return truthy(value(c.left)) && truthy(value(c.right));
      case 'or':
        return truthy(value(c.left)) || truthy(value(c.right));
      case 'compare': {
        const a = asNumber(value(c.left));
        const b = asNumber(value(c.right));
        switch (c.op) {
          case '==': return a === b;
          case '!=': return a !== b;
          case '>=': return a >= b;
          case '<=': return a <= b;
          case '>': return a > b;
          case '<': return a < b;
        }
      }
    }
  };
  return truthy(value(condition));
}
