import { blueprintTotal, EXAM_DIFFICULTIES, EXAM_ITEM_TYPES, MAX_PAPER_SEED, type Blueprint, type ExamItemType } from '../../engine/exam';
import type { ExamPlan } from '../../content-schema/exam-plans';
import type { BankChapterInfo } from '../shared/exam-bank';
import { ScrollBox } from '../shared/ScrollBox';
import type { PaperSettings } from './link';

interface Props {
  settings: PaperSettings;
  plans: readonly ExamPlan[];
  chapters: readonly BankChapterInfo[];
  /** A chapter's or supplement's name by slug (第一章 客户关系管理的理念, 渠道客户的关系管理), banked or not. */
  chapterName: (slug: string) => string;
  onChange: (settings: PaperSettings) => void;
  /** A fresh seed (换一套). */
  onNewSeed: () => void;
  onPlan: (slug: string) => void;
}

const num = (value: string) => (value.trim() === '' ? Number.NaN : Number(value));

function NumberField({ label, value, onInput, min = 0, step = 1, unit = '', id }: { label: string; value: number; onInput: (n: number) => void; min?: number; step?: number; unit?: string; id: string }) {
  return (
    <label class="xp-field" for={id}>
      {label}
      <span>
        <input id={id} type="number" inputMode="decimal" min={min} step={step} value={Number.isFinite(value) ? value : ''} onInput={(e) => onInput(num(e.currentTarget.value))} />
        {unit}
      </span>
    </label>
  );
}

/** 组卷蓝图: the plan, the header, types × count × points, difficulty mix, chapter weights, objective shares, seed and overlap. */
export function BlueprintForm({ settings, plans, chapters, chapterName, onChange, onNewSeed, onPlan }: Props) {
  const { blueprint } = settings;
  const plan = plans.find((p) => p.slug === settings.plan) ?? plans[0]!;
  const setBlueprint = (change: Partial<Blueprint>) => onChange({ ...settings, blueprint: { ...blueprint, ...change } });
  const section = (type: ExamItemType) => blueprint.sections.find((s) => s.type === type);
  const setSection = (type: ExamItemType, count: number, points: number) => {
    const others = blueprint.sections.filter((s) => s.type !== type);
    const next = count > 0 || !Number.isFinite(count) ? [...others, { type, count, points }] : others;
    setBlueprint({ sections: next.sort((a, b) => EXAM_ITEM_TYPES.indexOf(a.type) - EXAM_ITEM_TYPES.indexOf(b.type)) });
  };
  const total = blueprintTotal(blueprint);
  const banked = new Map(chapters.map((c) => [c.slug, c]));
  const header = (key: 'school' | 'term' | 'college' | 'major', label: string) => (
    <label class="xp-field">
      {label}
      <input type="text" value={settings[key]} onInput={(e) => onChange({ ...settings, [key]: e.currentTarget.value })} />
    </label>
  );

  return (
    <form class="xp-blueprint" onSubmit={(e) => e.preventDefault()}>
      <label class="xp-field xp-plan">
        课程计划
        <select value={settings.plan} onChange={(e) => onPlan(e.currentTarget.value)}>
          {plans.map((p) => (
            <option key={p.slug} value={p.slug}>
              {p.title}
            </option>
          ))}
        </select>
      </label>
      <fieldset class="xp-group">
        <legend>试卷抬头</legend>
        <div class="xp-row">
          {header('school', '学校')}
          {header('term', '学年学期')}
          {header('college', '学院')}
          {header('major', '专业')}
          <label class="xp-field">
            考试形式
            <select value={settings.form} onChange={(e) => onChange({ ...settings, form: e.currentTarget.value })}>
              <option value="闭卷">闭卷</option>
              <option value="开卷">开卷</option>
            </select>
          </label>
          <NumberField id="xp-duration" label="考试时长" unit=" 分钟" value={blueprint.duration} onInput={(duration) => setBlueprint({ duration })} />
        </div>
      </fieldset>
      <fieldset class="xp-group">
        <legend>题型、题量和分值（合计 {Math.round(total * 100) / 100} 分）</legend>
        <ScrollBox label="题型、题量和分值">
          <table class="xp-sections">
            <thead>
              <tr>
                <th scope="col">题型</th>
                <th scope="col">题量（填空为空数）</th>
                <th scope="col">每题分值</th>
                <th scope="col">小计</th>
              </tr>
            </thead>
            <tbody>
              {EXAM_ITEM_TYPES.map((type) => {
                const s = section(type);
                const count = s?.count ?? 0;
                const points = s?.points ?? (type === '填空' ? 1 : 0);
                return (
                  <tr key={type}>
                    <th scope="row">{type}</th>
                    <td>
                      <input type="number" min={0} step={1} aria-label={`${type}题量`} value={Number.isFinite(count) ? count : ''} onInput={(e) => setSection(type, num(e.currentTarget.value), points || 1)} />
                    </td>
                    <td>
                      <input type="number" min={0} step={0.5} aria-label={`${type}每题分值`} value={points || ''} disabled={count === 0} onInput={(e) => setSection(type, count, num(e.currentTarget.value))} />
                    </td>
                    <td>{count > 0 && Number.isFinite(count * points) ? count * points : ''}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollBox>
      </fieldset>
      <fieldset class="xp-group">
        <legend>难度比例（按分值，合计 100%）</legend>
        <div class="xp-row">
          {EXAM_DIFFICULTIES.map((d) => (
            <NumberField key={d} id={`xp-difficulty-${d}`} label={d} unit="%" value={blueprint.difficulty[d]} onInput={(n) => setBlueprint({ difficulty: { ...blueprint.difficulty, [d]: n } })} />
          ))}
        </div>
      </fieldset>
      <fieldset class="xp-group">
        <legend>章节比重（默认按课程计划的学时；0 表示不考）</legend>
        <div class="xp-row">
          {plan.chapters.map((slug) => {
            const name = chapterName(slug);
            return <NumberField key={slug} id={`xp-chapter-${slug}`} label={banked.has(slug) ? name : `${name}（题库尚未编写）`} value={blueprint.chapters[slug] ?? 0} step={0.5} onInput={(n) => setBlueprint({ chapters: { ...blueprint.chapters, [slug]: n } })} />;
          })}
        </div>
      </fieldset>
      <fieldset class="xp-group">
        <legend>课程目标比例（可不填；填写时合计 100%）</legend>
        <ol class="xp-objectives">
          {plan.objectives.map((text, i) => {
            const key = String(i + 1);
            const value = blueprint.objectives?.[key];
            return (
              <li key={key}>
                <label>
                  <span>课程目标{i + 1}：{text}</span>
                  <span>
                    <input
                      type="number"
                      min={0}
                      step={1}
                      value={value ?? ''}
                      onInput={(e) => {
                        const objectives = { ...(blueprint.objectives ?? {}) };
                        const n = num(e.currentTarget.value);
                        if (Number.isFinite(n)) objectives[key] = n;
                        else delete objectives[key];
                        setBlueprint({ objectives: Object.keys(objectives).length ? objectives : undefined });
                      }}
                    />
                    %
                  </span>
                </label>
              </li>
            );
          })}
        </ol>
      </fieldset>
      <fieldset class="xp-group">
        <legend>A、B 卷</legend>
        <div class="xp-row">
          <NumberField id="xp-seed" label="试卷编号（随机种子）" value={settings.seed} min={1} onInput={(seed) => onChange({ ...settings, seed: Number.isInteger(seed) && seed >= 1 && seed <= MAX_PAPER_SEED ? seed : settings.seed })} />
          <button type="button" class="btn" onClick={onNewSeed}>
            换一套
          </button>
          <NumberField id="xp-overlap" label="A、B 卷重复率上限（按分值）" unit="%" value={settings.overlap} onInput={(overlap) => onChange({ ...settings, overlap })} />
        </div>
        <p class="xp-hint">同一试卷编号和蓝图总是抽出同样的 A、B 卷；“复制链接”把编号和蓝图发给同事，对方打开即得同一套试卷。</p>
      </fieldset>
    </form>
  );
}
