import { SERVQUAL_DIMENSIONS } from './servqual';

/** What a manager should do first when a SERVQUAL dimension falls furthest below expectations, by dimension name. */
export const SERVQUAL_ADVICE: Readonly<Record<string, string>> = Object.freeze({
  有形性: '改善看得见的部分：整修网点和设备，统一员工着装，更新宣传和单据资料。但要先确认客户是否看重它，别把钱花在客户不在意的门面上。',
  可靠性: '兑现承诺：把承诺的时限、质量和准确率当作硬指标，查出出错最多的环节（延误、破损、信息不准）逐一整改；做不到的不要承诺。',
  响应性: '提高响应速度：增加高峰时段的人手，缩短电话接通和问题处理的时限，让一线员工有权当场解决常见问题。',
  保证性: '增强客户的信任：加强员工的业务培训和服务礼仪，讲清规则（如理赔、保价），让客户放心。',
  移情性: '更关心客户：了解不同客户的需要，提供方便的服务时间和个性化的安排，为重要客户指定专人对接。',
});

/**
 * The first thing to do about a dimension that falls short (chapter 8's strategies, per SERVQUAL dimension);
 * a dimension the model does not name gets a general next step.
 *
 * Source: Parasuraman, Zeithaml & Berry (1988) for the dimensions; course chapter 8 (实现客户满意的策略).
 * @example servqualAdvice('可靠性').startsWith('兑现承诺') // true
 */
export function servqualAdvice(dimension: string): string {
  const known = SERVQUAL_DIMENSIONS.find((d) => d.name === dimension || d.english.toLowerCase() === dimension.toLowerCase());
  return SERVQUAL_ADVICE[known?.name ?? dimension] ?? '先看这一维度里差距最大的题项，找出客户期望与实际感受相差最多的具体环节，再定改进措施和负责部门。';
}
