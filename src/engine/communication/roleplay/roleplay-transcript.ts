import { currentTurn } from './current-turn';
import { debriefRoleplay, GRADE_LABELS } from './debrief-roleplay';
import { moodOf, PERSONA_LABELS, riskLevel } from './mood';
import { REPLY_QUALITIES } from './reply-quality';
import { roleplayVerdict } from './roleplay-verdict';
import type { ReplyMode, RoleplayState, Scenario } from './types';

export interface TranscriptOptions {
  /** Printed under the title, e.g. 2024-05-06. */
  readonly date?: string;
}

const VIA: Readonly<Record<ReplyMode, string>> = { choice: '选择', free: '自由输入', vote: '全班投票' };

/** Escapes Markdown syntax in text a learner typed, so it shows as written. */
function plain(text: string): string {
  return text.replace(/[\\`*_[\]<>#|]/g, (c) => `\\${c}`).replace(/\s*\n\s*/g, ' ');
}

/**
 * The conversation and its debrief as a Markdown document to hand in: the transcript (with the learner's own
 * words in free mode and the class's votes in class mode), the ending, the four outcomes at the start and the end,
 * the six process steps, and the better replies at each turn where one existed.
 *
 * Source: our debrief (MODEL.md).
 * @throws EngineError `invalid-scenario` (see `startRoleplay`).
 * @example roleplayTranscript(scenario, state).split('\n')[0] // '# 客户投诉处理角色扮演：包裹延误：差点误了投标的标书'
 */
export function roleplayTranscript(scenario: Scenario, state: RoleplayState, options: TranscriptOptions = {}): string {
  const debrief = debriefRoleplay(scenario, state);
  const name = scenario.customer.name;
  const persona = scenario.customer.persona;
  const lines: string[] = [`# 客户投诉处理角色扮演：${scenario.title}`, ''];
  lines.push(`- 情境：${scenario.company}（${scenario.industry}），${scenario.channel}`);
  lines.push(`- 你扮演：${scenario.role}`);
  lines.push(`- 客户：${name}（${PERSONA_LABELS[persona]}）`);
  if (options.date) lines.push(`- 日期：${options.date}`);
  lines.push('', '## 对话记录', '');

  state.history.forEach((record, index) => {
    const node = scenario.nodes[record.node]!;
    const option = node.options!.find((o) => o.id === record.option)!;
    lines.push(node.speaker === 'narrator' ? `*${record.line}*` : `**${name}：** ${record.line}`, '');
    lines.push(`**你（第 ${index + 1} 轮，${VIA[record.via]}）：** ${option.text}`, '');
    if (record.typed !== undefined) lines.push(`> 你输入的原话：${plain(record.typed)}`, '');
    if (record.votes) {
      const tally = node.options!.map((o, i) => `${String.fromCharCode(65 + i)} ${record.votes![o.id] ?? 0} 票`).join('，');
      lines.push(`> 全班投票：${tally}`, '');
    }
    if (option.reaction) lines.push(`**${name}：** ${option.reaction}`, '');
  });
  const last = currentTurn(scenario, state);
  if (debrief.ending) {
    lines.push(last.speaker === 'narrator' ? `*${last.line}*` : `**${name}：** ${last.line}`, '');
    lines.push(`**结局：${debrief.ending.title}**。${debrief.ending.text}`, '');
  } else {
    lines.push('*（对话尚未结束）*', '');
  }

  const { start, end } = debrief.outcomes;
  lines.push('## 结果', '', '| 指标 | 开始 | 结束 |', '| --- | --- | --- |');
  lines.push(`| 客户满意度（0–100） | ${start.satisfaction}（${moodOf(start.satisfaction, persona).word}） | ${end.satisfaction}（${moodOf(end.satisfaction, persona).word}） |`);
  lines.push(`| 流失风险（0–100） | ${start.risk}（${riskLevel(start.risk)}） | ${end.risk}（${riskLevel(end.risk)}） |`);
  lines.push(`| 补救成本 | ${start.cost} 元 | ${end.cost} 元${debrief.overAuthority ? `（超出一线授权 ${scenario.authority} 元）` : ''} |`);
  lines.push(`| 用时 | ${start.minutes} 分钟 | ${end.minutes} 分钟 |`, '');

  lines.push('## 六步流程得分', '', '| 步骤 | 对应环节 | 得分 | 评价 |', '| --- | --- | --- | --- |');
  const verdicts = { done: '做到了', partial: '部分做到', missed: '没有做', wrong: '做错了' };
  for (const step of debrief.steps) lines.push(`| ${step.label} | ${step.stage} | ${step.score} | ${verdicts[step.verdict]} |`);
  lines.push('', `流程总分 ${debrief.processScore}（${GRADE_LABELS[debrief.grade]}）。${roleplayVerdict(debrief)}`, '');

  if (debrief.betterReplies.length > 0) {
    lines.push('## 可以做得更好的地方', '');
    for (const b of debrief.betterReplies) {
      lines.push(`### 第 ${b.turn} 轮：${b.label}`, '', `> ${b.line}`, '');
      lines.push(`- 你的回答（${REPLY_QUALITIES[b.chosen.quality].label}）：${b.chosen.text} —— ${b.chosen.why}`);
      for (const o of b.better) lines.push(`- 更好的回答（${REPLY_QUALITIES[o.quality].label}）：${o.text} —— ${o.why}`);
      lines.push('');
    }
  }
  if (scenario.lessons && scenario.lessons.length > 0) {
    lines.push('## 本情境要点', '', ...scenario.lessons.map((l) => `- ${l}`), '');
  }
  return lines.join('\n');
}
