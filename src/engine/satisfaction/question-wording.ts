/** The wording faults a questionnaire check looks for. */
export type WordingProblem = 'double-barrelled' | 'leading' | 'vague';

export interface WordingRule {
  readonly key: WordingProblem;
  readonly name: string;
  /** Why the fault spoils the answers. */
  readonly why: string;
  /** How to rewrite the question. */
  readonly fix: string;
}

/** The rubric: three faults of satisfaction questions, as chapter 8 teaches them (好题目与坏题目). */
export const WORDING_RULES: readonly WordingRule[] = Object.freeze([
  {
    key: 'double-barrelled',
    name: '一题两问',
    why: '一道题同时问了两件事，客户对两件事的看法可能不同，不知道该怎么打分，打出的分数也说不清是在评哪一件。',
    fix: '拆成两道题，每道题只问一件事。',
  },
  {
    key: 'leading',
    name: '诱导性提问',
    why: '题目里已经带着答案（如“非常周到”“难道不……”“一定”），把客户往“满意”上引，测出来的满意度偏高。',
    fix: '用中性的说法，让客户自己评价，如“请为……打分”。',
  },
  {
    key: 'vague',
    name: '用词含糊',
    why: '“经常”“最近”“一般”这类词，各人理解不同，答案无法比较。',
    fix: '写明时间范围和次数等具体标准，如“过去三个月里，您大约寄过几次快递？”。',
  },
].map((r) => Object.freeze(r as WordingRule)));

export interface WordingFinding {
  readonly problem: WordingProblem;
  /** The words that raised it (Chinese), e.g. 用“和”连接了两件事. */
  readonly reason: string;
}

// A connector joins two things being rated; words that merely contain one (和蔼, 与否, 或许) are not counted.
const CONNECTORS = ['以及', '并且', '还有', '或者', '和', '与', '及', '或', '、', '又'];
const NOT_CONNECTORS = ['和蔼', '与否', '或许', '及时', '总和', '和谐', '参与', '给予', '又一'];
const LEADING = ['难道', '不觉得', '不认为', '一定', '肯定', '众所周知', '大家都', '非常周到', '非常好', '很好', '优质', '一流', '贴心', '热情周到', '是否同意', '是不是很', '多么', '吧？', '吧?'];
const VAGUE = ['经常', '偶尔', '最近', '近期', '一般来说', '通常', '很多', '大概', '有时'];

/** Connectors left after words such as 和蔼 and 及时 are blanked out. */
function connectorsIn(text: string): string[] {
  let rest = text;
  for (const word of NOT_CONNECTORS) rest = rest.split(word).join(' '.repeat(word.length));
  const found: string[] = [];
  for (const c of CONNECTORS) {
    if (!rest.includes(c)) continue;
    found.push(c);
    rest = rest.split(c).join(' ');
  }
  return found;
}

/**
 * A first automatic check of a satisfaction question's wording against `WORDING_RULES`: a connector joining two
 * things (和, 与, 及, 或, 、, 又…又…) suggests two questions in one; words that carry the answer (难道, 一定,
 * 非常周到, 是否同意…) a leading question; words without a yardstick (经常, 最近, 一般来说…) vague wording.
 * Text in brackets is taken as the answer scale and not checked. It only finds words, so it can miss faults and
 * may flag a sound question: a pilot with real respondents
 * (chapter 8's 预调查) is still needed.
 *
 * Source: course chapter 8 (满意度问卷的设计: 好题目与坏题目); the 001 course standard's skill 为某企业设计客户满意度测试问卷.
 * @example checkQuestionWording('您对我们的商品价格和质量是否满意？') // [{ problem: 'double-barrelled', reason: '用“和”把两件事连在一起问' }]
 * @example checkQuestionWording('请为员工的服务态度打分。') // []
 */
export function checkQuestionWording(question: string): WordingFinding[] {
  // What is in brackets is the answer scale (1 = 非常不满意，5 = 非常满意), not the question.
  const text = question.replace(/（[^）]*）|\([^)]*\)/g, ' ').trim();
  const quote = (words: readonly string[]) => words.map((w) => `“${w}”`).join('');
  const findings: WordingFinding[] = [];
  const connectors = connectorsIn(text);
  if (connectors.length > 0) findings.push({ problem: 'double-barrelled', reason: `用${quote(connectors)}把两件事连在一起问` });
  const leading = LEADING.filter((w) => text.includes(w)).map((w) => (/[？?]$/.test(w) ? `……${w.slice(0, -1)}？` : w));
  if (leading.length > 0) findings.push({ problem: 'leading', reason: `用了${quote(leading)}，题目带着倾向` });
  const vague = VAGUE.filter((w) => text.includes(w));
  if (vague.length > 0) findings.push({ problem: 'vague', reason: `${quote(vague)}没有明确的标准` });
  return findings;
}
