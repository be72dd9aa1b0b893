import { describe, expect, it } from 'vitest';
import { validateScenario, type Scenario } from '~/engine/communication/roleplay';
import { tinyScenario, withNodes } from './fixtures';

const tiny = tinyScenario();
const open = tiny.nodes.open!;
const fix = tiny.nodes.fix!;
const firstOption = (node: typeof open, change: object) => ({ ...node, options: [{ ...node.options![0]!, ...change }, ...node.options!.slice(1)] });

describe('validateScenario', () => {
  it('passes a sound script', () => {
    expect(validateScenario(tiny)).toEqual([]);
  });

  it.each<[string, Scenario, (string | number)[], RegExp]>([
    ['a next to a missing node', withNodes(tiny, { open: firstOption(open, { next: 'nowhere' }) }), ['nodes', 'open', 'options', 0, 'next'], /不存在的节点 nowhere/],
    ['a missing start', { ...tiny, start: 'begin' }, ['start'], /起始节点 begin 不存在/],
    ['an unreachable node', withNodes(tiny, { orphan: { label: '孤岛', stage: 'record', line: '没人来。', ending: { kind: 'lost', title: '孤岛', text: '到不了这里。' } } }), ['nodes', 'orphan'], /到不了节点 orphan/],
    ['a cycle', withNodes(tiny, { close: firstOption(tiny.nodes.close!, { next: 'fix' }) }), ['nodes', 'close'], /循环 fix → close → fix|循环 close → fix → close/],
    ['a dead end', withNodes(tiny, { fix: { label: '方案', stage: 'solve', line: '那怎么办?' } }), ['nodes', 'fix'], /死胡同/],
    ['only conditional options', withNodes(tiny, { fix: { ...fix, options: fix.options!.map((o) => ({ ...o, if: 'turn > 0' })) } }), ['nodes', 'fix', 'options'], /至少要有一个不带条件的选项/],
    ['a conditional next without a default', withNodes(tiny, { open: firstOption(open, { next: [{ if: 'turn > 5', to: 'fix' }] }) }), ['nodes', 'open', 'options', 0, 'next'], /最后一项不能带条件/],
    ['a line list without a default', withNodes(tiny, { fix: { ...fix, line: [{ if: 'promised', text: '你说的马上呢?' }] } }), ['nodes', 'fix', 'line'], /最后一句台词不能带条件/],
    ['an unknown variable in a condition', withNodes(tiny, { open: firstOption(open, { if: 'anger > 2' }) }), ['nodes', 'open', 'options', 0, 'if'], /未定义的变量 anger/],
    ['a condition that does not parse', withNodes(tiny, { open: firstOption(open, { next: [{ if: 'turn >', to: 'fix' }, { to: 'fix' }] }) }), ['nodes', 'open', 'options', 0, 'next', 0, 'if'], /无法解析/],
    ['setting an undeclared variable', withNodes(tiny, { open: firstOption(open, { set: { vip: true } }) }), ['nodes', 'open', 'options', 0, 'set', 'vip'], /未声明的变量 vip/],
    ['setting a variable to the wrong type', withNodes(tiny, { open: firstOption(open, { set: { promised: 1 } }) }), ['nodes', 'open', 'options', 0, 'set', 'promised'], /类型与声明不符/],
    ['a duplicate option id', withNodes(tiny, { open: { ...open, options: [open.options![0]!, { ...open.options![1]!, id: 'sorry' }] } }), ['nodes', 'open', 'options', 1, 'id'], /重复/],
    ['a variable named like a built-in', { ...tiny, variables: { apology: { initial: 0, meaning: '重名' } } }, ['variables', 'apology'], /内置变量重名/],
    ['an ending with options', withNodes(tiny, { kept: { ...tiny.nodes.kept!, options: open.options } }), ['nodes', 'kept'], /结局节点不能再有选项/],
  ])('reports %s', (_, scenario, path, message) => {
    const issues = validateScenario(scenario);
    const found = issues.find((i) => JSON.stringify(i.path) === JSON.stringify(path));
    expect(found, JSON.stringify(issues)).toBeDefined();
    expect(found!.message).toMatch(message);
    expect(found!.message).toMatch(/\(.*[a-z].*\)/); // the English in brackets
  });
});
