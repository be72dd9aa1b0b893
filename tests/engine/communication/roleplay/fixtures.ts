import type { Scenario } from '~/engine/communication/roleplay';

/** Freezes an object and everything inside it, so a test proves the engine never changes its input. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value as Record<string, unknown>)) deepFreeze(inner);
  }
  return value;
}

/**
 * A small script whose numbers can be followed by hand (MODEL.md's rules):
 * open → (sorry | calm | promise) → [angry] → fix → close → kept | lost.
 */
export function tinyScenario(): Scenario {
  return deepFreeze<Scenario>({
    id: 'tiny',
    order: 1,
    title: '小剧本:包裹没到',
    company: '测试快递',
    industry: '快递',
    channel: '电话',
    role: '客服',
    summary: '一位客户打电话来,包裹三天没到,他很生气。',
    customer: { name: '王先生', persona: 'angry', profile: '老客户,包裹三天没到。' },
    authority: 50,
    initial: { satisfaction: 20, risk: 60 },
    start: 'open',
    variables: { promised: { initial: false, meaning: '是否随口承诺' } },
    nodes: {
      open: {
        label: '开场',
        stage: 'listen',
        line: '你们怎么回事?',
        options: [
          { id: 'sorry', text: '您是说包裹三天没到,对吗?非常抱歉。', tags: ['listen', 'apology'], quality: 'best', why: '复述并致歉。', effects: { satisfaction: 15, risk: -10, minutes: 2 }, next: 'fix' },
          {
            id: 'calm',
            text: '你冷静一点。',
            tags: ['taboo'],
            quality: 'bad',
            why: '服务禁语。',
            reaction: '冷静?!',
            effects: { satisfaction: -30, risk: 50, minutes: 1 },
            next: [{ if: 'apology == 0', to: 'angry' }, { to: 'fix' }],
          },
          { id: 'promise', text: '保证马上到!', tags: ['overpromise'], quality: 'weak', why: '随口承诺。', effects: { satisfaction: 5 }, set: { promised: true }, next: 'fix' },
        ],
      },
      angry: {
        label: '升级',
        stage: 'acknowledge',
        line: '叫你们领导来!',
        effects: { risk: 10 },
        options: [
          { id: 'recover', text: '对不起,换作是我也会生气。', tags: ['apology', 'empathy'], quality: 'best', why: '道歉并认同。', effects: { satisfaction: 20 }, next: 'fix' },
          { id: 'quit', text: '那你找别人吧。', tags: ['shirk'], quality: 'bad', why: '推诿。', next: 'lost' },
        ],
      },
      fix: {
        label: '方案',
        stage: 'solve',
        line: [{ if: 'promised', text: '你说的马上呢?' }, { text: '那怎么办?' }],
        options: [
          { id: 'plan', text: '我查到了,标为加急,今天下午五点前送到。', tags: ['facts', 'classify', 'remedy', 'promise'], quality: 'best', why: '具体。', effects: { satisfaction: 30, risk: -30, cost: 40, minutes: 5 }, next: 'close' },
          { id: 'vague', text: '尽快吧。', tags: ['vague'], quality: 'weak', why: '敷衍。', effects: { satisfaction: -5 }, next: 'close' },
          { id: 'secret', text: '只有很满意时才出现。', if: 'satisfaction >= 90', tags: [], quality: 'good', why: '测试条件选项。', next: 'close' },
        ],
      },
      close: {
        label: '收尾',
        stage: 'follow-up',
        line: '好吧。',
        options: [
          { id: 'follow', text: '我登记了工单,明天回电。', tags: ['followup', 'record'], quality: 'best', why: '跟进并记录。', effects: { satisfaction: 10, risk: -10, minutes: 1 }, next: [{ if: 'satisfaction >= 70', to: 'kept' }, { to: 'lost' }] },
          { id: 'bye', text: '再见。', tags: [], quality: 'weak', why: '没有跟进。', next: [{ if: 'satisfaction >= 70', to: 'kept' }, { to: 'lost' }] },
        ],
      },
      kept: { label: '留下', stage: 'record', line: '谢谢。', ending: { kind: 'resolved', title: '客户留下', text: '客户留下了。' } },
      lost: { label: '流失', stage: 'record', line: '再见。', effects: { risk: 20 }, ending: { kind: 'lost', title: '客户流失', text: '客户走了。' } },
    },
    lessons: ['先道歉,再解决。'],
  });
}

/** A copy of a script with some nodes replaced (for validator cases). */
export function withNodes(base: Scenario, nodes: Record<string, unknown>, extra: Partial<Scenario> = {}): Scenario {
  return { ...base, ...extra, nodes: { ...base.nodes, ...nodes } } as Scenario;
}
