import type { StepKey } from './types';

export interface ProcessStep {
  readonly key: StepKey;
  /** The front-line step, e.g. 认同与致歉. */
  readonly label: string;
  /** The step of the management process 接收→分类→调查核实→处理→反馈→归档 it belongs to. */
  readonly stage: string;
  /** What doing it well looks like, in a sentence. */
  readonly description: string;
  /** Points a complete handling earns on this step (100 % on the debrief). */
  readonly target: number;
}

/**
 * The six front-line steps of complaint handling, in order, as chapter 7 (第四节 三、处理客户投诉的过程) pairs
 * them with the management process. A reply earns (or loses) points on a step through the behaviours it shows
 * (`BEHAVIOURS`); the debrief scores each step as (min(gained, target) − lost) ÷ target, kept within 0–100 %.
 *
 * Source: the course's complaint work guide (投诉接收、分类、调查与核实、处理、反馈、归档; 倾听与沟通、同理心、
 * 跟进与落实) and chapter 7's table 管理流程 / 一线做法.
 */
export const PROCESS_STEPS: readonly ProcessStep[] = Object.freeze([
  { key: 'listen', label: '倾听', stage: '接收', description: '让客户把话说完，不打断、不争辩，复述确认问题。', target: 1 },
  { key: 'acknowledge', label: '认同与致歉', stage: '接收', description: '认同客户的感受，为带来的不便真诚致歉，不指责客户、不说服务禁语。', target: 2 },
  { key: 'facts', label: '查明事实', stage: '分类 · 调查核实', description: '问清单号和经过，判断性质和紧急程度，调取记录核实，不偏听也不袒护。', target: 2 },
  { key: 'solve', label: '解决', stage: '处理', description: '提出具体方案（做什么、谁来做、何时完成），最好给客户选择，不推诿、不敷衍、不乱承诺。', target: 2 },
  { key: 'follow-up', label: '跟进', stage: '反馈', description: '在承诺的时间内告知结果，处理后回访，确认问题真正解决。', target: 1 },
  { key: 'record', label: '记录', stage: '归档', description: '登记编号，把经过、结果和根本原因录入系统，推动流程改进。', target: 1 },
] satisfies ProcessStep[]);

export const STEP_KEYS: readonly StepKey[] = Object.freeze(PROCESS_STEPS.map((s) => s.key));
