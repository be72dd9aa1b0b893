import { EngineError } from '../../core/errors';
import { PROFILE_CATEGORIES, PROFILE_FIELDS, profileField } from './field-catalogue';
import type { ProfileDesign, ProfileField, ProfileScenario } from './types';

export type FindingKind =
  | 'missing' // a must-have field is not on the sheet
  | 'unnecessary' // beyond the minimum necessary for this scenario
  | 'not-applicable' // a field of the other kind of customer
  | 'sensitive-unneeded' // sensitive personal information the scenario does not need
  | 'sensitive-consent' // sensitive information the scenario needs: separate consent / written authorisation
  | 'sensitive-required' // needed sensitive information marked required although it must stay optional
  | 'should-be-required'
  | 'should-be-optional' // not indispensable, so a customer may refuse it
  | 'unclear-purpose' // not needed by the scenario and no reason given
  | 'own-purpose' // not in the rubric, but the learner gave a reason
  | 'no-note' // no reason written for a chosen field
  | 'too-many'
  | 'good'; // a must-have or useful field, rightly marked

export type Severity = 'error' | 'warning' | 'info' | 'good';

export interface ProfileFinding {
  readonly kind: FindingKind;
  readonly severity: Severity;
  /** The field concerned (null for the sheet as a whole). */
  readonly field: string | null;
  /** Points taken off the score for this finding (0 for info and good). */
  readonly points: number;
  /** What to do, in Chinese. */
  readonly message: string;
}

export interface ProfileCheck {
  /** 0–100: 100 minus the points of the findings, not below 0. */
  readonly score: number;
  /** 优秀 ≥ 90, 良好 ≥ 75, 合格 ≥ 60, 需要修改 below. */
  readonly verdict: string;
  /** True when no finding is an error. */
  readonly passes: boolean;
  /** Must-have fields on the sheet / all must-have fields. */
  readonly coverage: { readonly included: number; readonly total: number };
  readonly findings: ProfileFinding[];
}

/** Points off per finding, and the most the missing reasons may cost in all. */
export const PROFILE_RUBRIC_POINTS = Object.freeze({
  missing: 8, unnecessary: 8, 'not-applicable': 8, 'sensitive-unneeded': 10, 'sensitive-required': 5, 'should-be-required': 3,
  'should-be-optional': 3, 'unclear-purpose': 3, 'no-note': 2, noteCap: 10, 'too-many': 5,
});

const NOTE_MIN = 4;
const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2, good: 3 };

/**
 * Checks a learner's customer record sheet against a scenario's rubric, after chapter 5 and 《个人信息保护法》:
 * every must-have field present and required; nothing beyond the minimum necessary (the scenario's
 * unnecessary fields, fields of the other kind of customer, sensitive information it does not need);
 * sensitive information it does need kept to separate consent (and optional unless indispensable); a field a
 * customer may refuse marked optional (a business may not refuse service for it, art. 16); a reason written
 * for every field; and not more fields than the scenario's limit (够用就好). Each finding costs fixed points
 * (`PROFILE_RUBRIC_POINTS`; reasons missing cost at most 10 in all); the score is 100 minus them.
 * Findings are listed errors first, then warnings, notes and what was done well, each group in sheet order.
 *
 * Source: content/chapters/05-customer-information.mdx (客户档案 principles, 依法收集和使用客户信息);
 * 《个人信息保护法》 arts. 6, 14, 16, 28, 29, 31.
 * @throws EngineError `unknown-field` for a field id the catalogue does not have; `duplicate-field` for a field listed twice.
 * @example checkProfileDesign(supermarket, { fields: [{ id: 'customer-id', required: true, note: '唯一识别' }, { id: 'id-number', required: true, note: '核实身份' }] })
 *   // missing mobile, purchase-history, contact-preference, consent (4 × 8) and the unnecessary, sensitive id-number (10):
 *   // score 100 − 32 − 10 = 58, verdict 需要修改, passes false
 */
export function checkProfileDesign(scenario: ProfileScenario, design: ProfileDesign): ProfileCheck {
  const chosen = new Map<string, { field: ProfileField; required: boolean; note: string }>();
  for (const d of design.fields) {
    const field = profileField(d.id);
    if (!field) throw new EngineError('unknown-field', `字段库里没有“${d.id}”(unknown field ${d.id})`, { field: d.id });
    if (chosen.has(d.id)) throw new EngineError('duplicate-field', `字段“${field.name}”重复出现(field ${d.id} is listed twice)`, { field: d.id });
    chosen.set(d.id, { field, required: d.required, note: d.note });
  }
  const P = PROFILE_RUBRIC_POINTS;
  const findings: ProfileFinding[] = [];
  const add = (kind: FindingKind, severity: Severity, field: string | null, points: number, message: string) => findings.push({ kind, severity, field, points, message });
  const must = new Map(scenario.mustHave.map((x) => [x.field, x.why]));
  const useful = new Map(scenario.recommended.map((x) => [x.field, x.why]));
  const sensitiveNeeded = new Map(scenario.sensitiveNeeded.map((x) => [x.field, x]));
  const unnecessary = new Map(scenario.unnecessary.map((x) => [x.field, x.why]));
  const kindName = scenario.kind === 'person' ? '个人客户' : '企业客户';

  for (const { field, why } of scenario.mustHave.map((x) => ({ field: profileField(x.field)!, why: x.why }))) {
    if (!chosen.has(field.id)) add('missing', 'error', field.id, P.missing, `缺少必备字段“${field.name}”：${why}。`);
  }

  let notePoints = 0;
  for (const { field, required, note } of chosen.values()) {
    const name = `“${field.name}”`;
    const needed = sensitiveNeeded.get(field.id);
    if (!field.kinds.includes(scenario.kind)) {
      add('not-applicable', 'error', field.id, P['not-applicable'], `${name}不适用于${kindName}，请移除。`);
      continue;
    }
    if (field.sensitive && !needed) {
      const reason = unnecessary.get(field.id);
      add('sensitive-unneeded', 'error', field.id, P['sensitive-unneeded'], `${name}属于敏感个人信息（${field.sensitive}），本情境不需要，不应收集${reason ? `：${reason}` : ''}。`);
      continue;
    }
    if (unnecessary.has(field.id)) {
      add('unnecessary', 'error', field.id, P.unnecessary, `${name}超出了“最小必要”的范围：${unnecessary.get(field.id)}。`);
      continue;
    }
    if (needed) {
      add('sensitive-consent', 'info', field.id, 0, `${name}属于敏感个人信息（${field.sensitive}）。${needed.why}。`);
      if (required && !needed.mayBeRequired) add('sensitive-required', 'warning', field.id, P['sensitive-required'], `${name}应设为选填：不提供也要照常服务。`);
    } else if (must.has(field.id)) {
      if (required) add('good', 'good', field.id, 0, `${name}：${must.get(field.id)}。`);
      else add('should-be-required', 'warning', field.id, P['should-be-required'], `${name}是必备字段，应设为必填：${must.get(field.id)}。`);
    } else if (useful.has(field.id)) {
      if (required) add('should-be-optional', 'warning', field.id, P['should-be-optional'], `${name}不是办理业务必不可少的，应设为选填：不能因为客户不提供它就拒绝服务。`);
      else add('good', 'good', field.id, 0, `${name}：${useful.get(field.id)}。`);
    } else if (note.trim().length >= NOTE_MIN) {
      add('own-purpose', 'info', field.id, 0, `${name}不在参考设计中，你写了用途“${note.trim()}”：有道理就保留，保持选填。`);
      if (required) add('should-be-optional', 'warning', field.id, P['should-be-optional'], `${name}不是办理业务必不可少的，应设为选填：不能因为客户不提供它就拒绝服务。`);
    } else {
      add('unclear-purpose', 'warning', field.id, P['unclear-purpose'], `${name}在本情境中用处不明：写清它用来做什么，用不上就不要收集。`);
    }
    if (note.trim().length < NOTE_MIN && notePoints < P.noteCap) {
      const points = Math.min(P['no-note'], P.noteCap - notePoints);
      notePoints += points;
      add('no-note', 'warning', field.id, points, `请为${name}写上用途说明（至少 ${NOTE_MIN} 个字）。`);
    }
  }
  if (chosen.size > scenario.maxFields) {
    add('too-many', 'warning', null, P['too-many'], `这张表有 ${chosen.size} 个字段，超过了 ${scenario.maxFields} 个：字段越多，填写越敷衍，只保留确实要用的。`);
  }

  const order = new Map(PROFILE_CATEGORIES.map((c, i) => [c.key, i]));
  const position = (f: ProfileFinding) => (f.field === null ? 1e6 : order.get(profileField(f.field)!.category)! * 1000 + FIELD_INDEX.get(f.field)!);
  findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || position(a) - position(b));
  const score = Math.max(0, 100 - findings.reduce((sum, f) => sum + f.points, 0));
  const included = scenario.mustHave.filter((x) => chosen.has(x.field)).length;
  return {
    score,
    verdict: score >= 90 ? '优秀' : score >= 75 ? '良好' : score >= 60 ? '合格' : '需要修改',
    passes: !findings.some((f) => f.severity === 'error'),
    coverage: { included, total: scenario.mustHave.length },
    findings,
  };
}

const FIELD_INDEX = new Map(PROFILE_FIELDS.map((f, i) => [f.id, i]));
