// The share link of a paper: `/exam/papers/?paper.plan=…&paper.seed=…&paper.s=名词解释*4*3,…` carries the plan,
// the blueprint, the seed, the overlap limit and the header, so a colleague draws the same A and B papers.
import { EXAM_DIFFICULTIES, EXAM_ITEM_TYPES, type ExamItemType } from '../../engine/exam/types';
import type { Blueprint } from '../../engine/exam/blueprint';
import { isPaperSeed } from '../../engine/exam/paper-pair';

export const LINK_PREFIX = 'paper';

/** What the papers widget draws from (and a link carries). */
export interface PaperSettings {
  readonly plan: string;
  readonly blueprint: Blueprint;
  readonly seed: number;
  /** 重复率上限, percent. */
  readonly overlap: number;
  readonly school: string;
  readonly term: string;
  readonly college: string;
  readonly major: string;
  readonly form: string;
}

/** The link's keys and values (before the prefix is added). */
export function settingsToLink(settings: PaperSettings, bank: string): Record<string, string> {
  const { blueprint } = settings;
  const link: Record<string, string> = {
    plan: settings.plan,
    seed: String(settings.seed),
    overlap: String(settings.overlap),
    t: String(blueprint.duration),
    d: EXAM_DIFFICULTIES.map((d) => blueprint.difficulty[d]).join('-'),
    s: blueprint.sections.map((s) => `${s.type}*${s.count}*${s.points}`).join(','),
    c: Object.entries(blueprint.chapters).map(([c, w]) => `${c}:${w}`).join(','),
    bank,
  };
  if (blueprint.objectives && Object.keys(blueprint.objectives).length > 0) link.o = Object.entries(blueprint.objectives).map(([k, v]) => `${k}:${v}`).join(',');
  for (const key of ['school', 'term', 'college', 'major', 'form'] as const) if (settings[key]) link[key] = settings[key];
  return link;
}

const number = (text: string | undefined) => (text !== undefined && /^\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN);

function pairs(text: string | undefined, key: RegExp): [string, number][] | null {
  if (!text) return [];
  const out: [string, number][] = [];
  for (const part of text.split(',')) {
    const [name, value] = part.split(':');
    if (!name || !key.test(name) || !Number.isFinite(number(value))) return null;
    out.push([name, number(value)]);
  }
  return out;
}

/**
 * The settings a link carries over `base` (the plan's defaults), and the bank fingerprint it was made with; null when
 * the link carries none. A part that cannot be read keeps the default and is named in `problems`.
 * @example settingsFromLink({ plan: 'x', seed: '12', s: '单选*10*10' }, defaults).settings.seed // 12
 */
export function settingsFromLink(link: Readonly<Record<string, string>>, base: PaperSettings): { settings: PaperSettings; bank: string | null; problems: string[] } | null {
  if (Object.keys(link).length === 0) return null;
  const problems: string[] = [];
  let blueprint = base.blueprint;
  const seed = number(link.seed);
  const overlap = number(link.overlap);
  const duration = number(link.t);
  if (link.t !== undefined) Number.isFinite(duration) && duration > 0 ? (blueprint = { ...blueprint, duration }) : problems.push('考试时长');
  if (link.d !== undefined) {
    const shares = link.d.split('-').map(number);
    if (shares.length === 3 && shares.every(Number.isFinite)) blueprint = { ...blueprint, difficulty: { 易: shares[0]!, 中: shares[1]!, 难: shares[2]! } };
    else problems.push('难度比例');
  }
  if (link.s !== undefined) {
    const sections = link.s.split(',').map((part) => {
      const [type, count, points] = part.split('*');
      return EXAM_ITEM_TYPES.includes(type as ExamItemType) && Number.isInteger(number(count)) && number(points) > 0 ? { type: type as ExamItemType, count: number(count), points: number(points) } : null;
    });
    if (sections.every((s) => s !== null)) blueprint = { ...blueprint, sections: sections as NonNullable<(typeof sections)[number]>[] };
    else problems.push('题型与分值');
  }
  const chapters = pairs(link.c, /^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  if (link.c !== undefined) chapters ? (blueprint = { ...blueprint, chapters: Object.fromEntries(chapters) }) : problems.push('章节比重');
  const objectives = pairs(link.o, /^\d+$/);
  if (link.o !== undefined) objectives ? (blueprint = { ...blueprint, objectives: Object.fromEntries(objectives) }) : problems.push('课程目标比例');
  if (link.seed !== undefined && !isPaperSeed(seed)) problems.push('试卷编号');
  if (link.overlap !== undefined && !(overlap >= 0 && overlap <= 100)) problems.push('重复率上限');
  return {
    settings: {
      ...base,
      plan: link.plan ?? base.plan,
      blueprint,
      seed: isPaperSeed(seed) ? seed : base.seed,
      overlap: overlap >= 0 && overlap <= 100 ? overlap : base.overlap,
      school: link.school ?? base.school,
      term: link.term ?? base.term,
      college: link.college ?? base.college,
      major: link.major ?? base.major,
      form: link.form === '开卷' || link.form === '闭卷' ? link.form : base.form,
    },
    bank: link.bank ?? null,
    problems,
  };
}
