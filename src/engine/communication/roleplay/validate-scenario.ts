import { isEngineError } from '../../core/errors';
import { conditionVariables, parseCondition } from './condition';
import { nextTargets, scenarioEdges } from './scenario-edges';
import type { ConditionalText, Scenario, ScenarioNode } from './types';
import { BUILTIN_VARIABLES, knownVariables } from './variables';

export interface ScenarioIssue {
  /** Where in the script, e.g. ['nodes', 'open', 'options', 1, 'next']. */
  readonly path: readonly (string | number)[];
  /** Chinese, with the English in brackets. */
  readonly message: string;
}

type Path = (string | number)[];

/**
 * Checks that a script can be played: every `next` exists, every node is reachable from `start`, the graph has no
 * cycle (so every path ends after finitely many replies), no node is a dead end (each has an option offered
 * unconditionally, each conditional `next` and line list ends with an unconditional entry), and every condition
 * parses and reads only known variables (`BUILTIN_VARIABLES` and the script's own). Returns the problems found; an
 * empty list means the script is sound. The content schema runs it, so a broken script fails the build.
 *
 * Source: our own rules for the complaint role-play scripts (MODEL.md).
 * @example validateScenario({ …, start: 'a', nodes: { a: { options: [{ id: 'x', next: 'zz' }] } } })
 *   // [{ path: ['nodes', 'a', 'options', 0, 'next'], message: '指向不存在的节点 zz(…)' }]
 */
export function validateScenario(scenario: Scenario): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  const add = (path: Path, message: string) => issues.push({ path, message });
  const known = knownVariables(scenario);
  const declared = scenario.variables ?? {};
  const nodes = scenario.nodes;

  const checkCondition = (text: string, path: Path) => {
    try {
      for (const name of conditionVariables(parseCondition(text))) {
        if (!known.has(name)) add(path, `条件“${text}”用到了未定义的变量 ${name}(condition uses unknown variable ${name})`);
      }
    } catch (error) {
      add(path, isEngineError(error) ? error.message : String(error));
    }
  };
  const checkLine = (line: ConditionalText, path: Path) => {
    if (typeof line === 'string') return;
    line.forEach((variant, i) => {
      if (variant.if !== undefined) checkCondition(variant.if, [...path, i, 'if']);
    });
    if (line.length === 0 || line[line.length - 1]!.if !== undefined) add(path, '最后一句台词不能带条件，否则可能无话可说(the last variant must have no condition)');
  };

  if (!(scenario.start in nodes)) add(['start'], `起始节点 ${scenario.start} 不存在(start node does not exist)`);
  for (const name of Object.keys(declared)) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) add(['variables', name], `变量名 ${name} 只能用英文字母、数字和下划线(variable names are identifiers)`);
    if (BUILTIN_VARIABLES.includes(name)) add(['variables', name], `变量名 ${name} 与内置变量重名(clashes with a built-in variable)`);
  }

  for (const [id, node] of Object.entries(nodes)) {
    const at: Path = ['nodes', id];
    checkLine(node.line, [...at, 'line']);
    const options = node.options ?? [];
    if (node.ending && options.length > 0) add(at, '结局节点不能再有选项(an ending has no options)');
    if (!node.ending && options.length === 0) add(at, '节点既没有选项也不是结局，是死胡同(a node needs options or an ending)');
    if (!node.ending && options.length > 0 && options.every((o) => o.if !== undefined)) {
      add([...at, 'options'], '至少要有一个不带条件的选项，否则可能无路可走(at least one option must have no condition)');
    }
    const seen = new Set<string>();
    options.forEach((option, i) => {
      const op: Path = [...at, 'options', i];
      if (seen.has(option.id)) add([...op, 'id'], `选项 id ${option.id} 重复(duplicate option id)`);
      seen.add(option.id);
      if (option.if !== undefined) checkCondition(option.if, [...op, 'if']);
      const targets = nextTargets(option.next);
      targets.forEach((target, t) => {
        const tp: Path = typeof option.next === 'string' ? [...op, 'next'] : [...op, 'next', t, 'to'];
        if (!(target.to in nodes)) add(tp, `指向不存在的节点 ${target.to}(next points to a missing node)`);
        if (target.if !== undefined) checkCondition(target.if, [...op, 'next', t, 'if']);
      });
      if (targets.length === 0 || targets[targets.length - 1]!.if !== undefined) {
        add([...op, 'next'], '条件去向的最后一项不能带条件，否则可能无路可走(the last branch of next must have no condition)');
      }
      for (const [name, value] of Object.entries(option.set ?? {})) {
        const variable = declared[name];
        if (!variable) add([...op, 'set', name], `设置了未声明的变量 ${name}(sets an undeclared variable)`);
        else if (typeof variable.initial !== typeof value) add([...op, 'set', name], `变量 ${name} 的类型与声明不符(type differs from the declared one)`);
      }
    });
  }

  const edges = scenarioEdges(scenario).filter((e) => e.to in nodes);
  const out = new Map<string, string[]>();
  for (const e of edges) out.set(e.from, [...(out.get(e.from) ?? []), e.to]);

  if (scenario.start in nodes) {
    const reached = new Set<string>([scenario.start]);
    const queue = [scenario.start];
    while (queue.length) for (const to of out.get(queue.shift()!) ?? []) if (!reached.has(to)) reached.add(to), queue.push(to);
    for (const id of Object.keys(nodes)) if (!reached.has(id)) add(['nodes', id], `从起点到不了节点 ${id}(node is unreachable from the start)`);
  }

  // Depth-first search for a cycle: grey = on the current path.
  const colour = new Map<string, 'grey' | 'black'>();
  const stack: string[] = [];
  const visit = (id: string): boolean => {
    colour.set(id, 'grey');
    stack.push(id);
    for (const to of out.get(id) ?? []) {
      if (colour.get(to) === 'grey') {
        const loop = [...stack.slice(stack.indexOf(to)), to].join(' → ');
        add(['nodes', id], `对话形成了循环 ${loop}，可能永远走不完(the script has a cycle)`);
        return true;
      }
      if (!colour.has(to) && visit(to)) return true;
    }
    stack.pop();
    colour.set(id, 'black');
    return false;
  };
  for (const id of Object.keys(nodes)) if (!colour.has(id) && visit(id)) break;

  if (!Object.values(nodes).some((n: ScenarioNode) => n.ending)) add(['nodes'], '剧本没有任何结局(the script has no ending)');
  return issues;
}
