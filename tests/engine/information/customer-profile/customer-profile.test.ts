import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  checkProfileDesign, PROFILE_CATEGORIES, PROFILE_FIELDS, PROFILE_RUBRIC_POINTS, PROFILE_SCENARIOS, profileField, profileScenario,
  profileSheetCsv, profileSheetMarkdown, profileSheetRows, type DesignedField, type ProfileScenario,
} from '~/engine/information/customer-profile';
import { expectEngineError } from '../../expect-engine-error';

const supermarket = profileScenario('supermarket-member')!;
const babyShop = profileScenario('baby-shop-member')!;
const f = (id: string, required: boolean, note = '用途说明写在这里'): DesignedField => Object.freeze({ id, required, note });
const design = (...fields: DesignedField[]) => Object.freeze({ fields: Object.freeze(fields) });

/** The rubric's own answer: must-haves required, useful fields optional, needed sensitive fields as allowed, all with a reason. */
function referenceDesign(s: ProfileScenario) {
  return design(
    ...s.mustHave.map((x) => f(x.field, true)),
    ...s.recommended.slice(0, Math.max(0, s.maxFields - s.mustHave.length - s.sensitiveNeeded.length)).map((x) => f(x.field, false)),
    ...s.sensitiveNeeded.map((x) => f(x.field, x.mayBeRequired)),
  );
}

describe('the catalogue and the scenario cards hang together', () => {
  it('has unique field ids in the six categories, and the sensitive kinds of PIPL art. 28 / GB/T 35273', () => {
    expect(new Set(PROFILE_FIELDS.map((x) => x.id)).size).toBe(PROFILE_FIELDS.length);
    const categories = new Set(PROFILE_CATEGORIES.map((c) => c.key));
    for (const field of PROFILE_FIELDS) expect(categories.has(field.category), field.id).toBe(true);
    expect(PROFILE_FIELDS.filter((x) => x.sensitive).map((x) => x.id).sort()).toEqual(
      ['bank-card', 'child-birth-month', 'face-photo', 'health', 'id-number', 'legal-rep-id', 'location', 'owner-credit-report', 'personal-credit-report', 'religion'].sort(),
    );
  });

  it.each(PROFILE_SCENARIOS.map((s) => [s.id, s] as const))('%s: every field it names exists, applies to its kind, and is named once', (_, s) => {
    const named = [...s.mustHave, ...s.recommended, ...s.sensitiveNeeded, ...s.unnecessary].map((x) => x.field);
    expect(new Set(named).size).toBe(named.length);
    for (const id of named) {
      expect(profileField(id), id).toBeDefined();
      expect(profileField(id)!.kinds, id).toContain(s.kind);
    }
    for (const x of s.sensitiveNeeded) expect(profileField(x.field)!.sensitive, x.field).not.toBeNull();
    for (const x of [...s.mustHave, ...s.recommended]) expect(profileField(x.field)!.sensitive, x.field).toBeNull();
    expect(s.mustHave.length + s.sensitiveNeeded.length).toBeLessThanOrEqual(s.maxFields);
  });

  it.each(PROFILE_SCENARIOS.map((s) => [s.id, s] as const))('%s: its reference design scores 100 and passes', (_, s) => {
    const check = checkProfileDesign(s, referenceDesign(s));
    expect(check.findings.filter((x) => x.points > 0)).toEqual([]);
    expect(check).toMatchObject({ score: 100, verdict: '优秀', passes: true, coverage: { included: s.mustHave.length, total: s.mustHave.length } });
  });
});

describe('checkProfileDesign, by hand', () => {
  it('a sheet with only an id and an ID-card number: 4 must-haves missing and an unneeded sensitive field → 58', () => {
    const check = checkProfileDesign(supermarket, design(f('customer-id', true, '唯一识别'), f('id-number', true, '核实身份')));
    // 100 − 4 × 8 (mobile, purchase-history, contact-preference, consent) − 10 (id-number) = 58.
    expect(check).toMatchObject({ score: 58, verdict: '需要修改', passes: false, coverage: { included: 1, total: 5 } });
    // Errors first, in sheet order (基本信息 … 关系信息, catalogue order within), then what was done well.
    expect(check.findings.map((x) => [x.kind, x.field, x.points])).toEqual([
      ['missing', 'mobile', 8],
      ['sensitive-unneeded', 'id-number', 10],
      ['missing', 'contact-preference', 8],
      ['missing', 'purchase-history', 8],
      ['missing', 'consent', 8],
      ['good', 'customer-id', 0],
    ]);
    expect(check.findings[1]!.message).toBe('“身份证号”属于敏感个人信息（身份证件号码），本情境不需要，不应收集：办会员卡只需要手机号，没有必要要求身份证号（第五章原文）。');
  });

  it('required and optional: a must-have left optional, a useful field required, a minor’s data required', () => {
    const base = supermarket.mustHave.map((x) => f(x.field, x.field !== 'mobile'));
    const check = checkProfileDesign(supermarket, design(...base, f('birthday', true)));
    // 100 − 3 (mobile should be required) − 3 (birthday should be optional) = 94 → 优秀, passes (no error).
    expect(check).toMatchObject({ score: 94, verdict: '优秀', passes: true });
    expect(check.findings.filter((x) => x.points > 0).map((x) => [x.kind, x.field])).toEqual([['should-be-optional', 'birthday'], ['should-be-required', 'mobile']]);
    const baby = checkProfileDesign(babyShop, design(...babyShop.mustHave.map((x) => f(x.field, true)), f('child-birth-month', true)));
    // 100 − 5: the child's birth month is needed but must stay optional (guardian's separate consent).
    expect(baby.score).toBe(95);
    expect(baby.findings.map((x) => x.kind)).toEqual(['sensitive-required', 'sensitive-consent', ...babyShop.mustHave.map(() => 'good')]);
  });

  it('flags unnecessary fields, fields of the other kind, unclear purposes and missing reasons', () => {
    const must = supermarket.mustHave.map((x) => f(x.field, true));
    const check = checkProfileDesign(supermarket, design(...must, f('income-band', false), f('credit-code', false), f('gender', false, ''), f('family', false, '推荐儿童用品')));
    // income-band unnecessary 8, credit-code not for persons 8, gender: no purpose 3 + no reason 2; family: own purpose (info, 0).
    expect(check.score).toBe(100 - 8 - 8 - 3 - 2);
    expect(check.findings.filter((x) => x.severity !== 'good').map((x) => [x.kind, x.field])).toEqual([
      ['unnecessary', 'income-band'], ['not-applicable', 'credit-code'], ['unclear-purpose', 'gender'], ['no-note', 'gender'], ['own-purpose', 'family'],
    ]);
  });

  it('caps the points for missing reasons at 10, and warns about too many fields', () => {
    const s = profileScenario('logistics-b2b')!;
    const many = [...s.mustHave, ...s.recommended].map((x) => f(x.field, false, ''));
    const check = checkProfileDesign(s, design(...many));
    expect(many.length).toBe(24); // 10 must-haves + 14 useful fields, above the limit of 22
    const points = (kind: string) => check.findings.filter((x) => x.kind === kind).reduce((sum, x) => sum + x.points, 0);
    expect(points('no-note')).toBe(PROFILE_RUBRIC_POINTS.noteCap);
    expect(points('too-many')).toBe(5);
    expect(points('should-be-required')).toBe(10 * 3);
    expect(check.score).toBe(100 - 10 - 5 - 30);
  });

  it('rejects ids it does not know and fields listed twice', () => {
    expectEngineError(() => checkProfileDesign(supermarket, design(f('shoe-size', false))), 'unknown-field');
    expectEngineError(() => checkProfileDesign(supermarket, design(f('mobile', true), f('mobile', false))), 'duplicate-field');
  });
});

describe('checkProfileDesign, properties', () => {
  const ids = PROFILE_FIELDS.map((x) => x.id);
  const arbDesign = fc.uniqueArray(fc.constantFrom(...ids), { maxLength: 30 }).chain((chosen) =>
    fc.tuple(...chosen.map((id) => fc.record({ id: fc.constant(id), required: fc.boolean(), note: fc.constantFrom('', '这个字段有用途') }))).map((fields) => ({ fields })),
  );

  it('scores 0–100, passes exactly when nothing is an error, and never changes its input', () => {
    fc.assert(fc.property(fc.constantFrom(...PROFILE_SCENARIOS), arbDesign, (s, d) => {
      const frozen = Object.freeze({ fields: Object.freeze(d.fields.map((x) => Object.freeze({ ...x }))) });
      const check = checkProfileDesign(s, frozen);
      expect(check.score).toBeGreaterThanOrEqual(0);
      expect(check.score).toBeLessThanOrEqual(100);
      expect(check.passes).toBe(!check.findings.some((x) => x.severity === 'error'));
      expect(check.score).toBe(Math.max(0, 100 - check.findings.reduce((sum, x) => sum + x.points, 0)));
    }));
  });

  it('removing a field flagged as an error never lowers the score', () => {
    fc.assert(fc.property(fc.constantFrom(...PROFILE_SCENARIOS), arbDesign, (s, d) => {
      const check = checkProfileDesign(s, d);
      const bad = check.findings.find((x) => x.severity === 'error' && x.kind !== 'missing');
      if (!bad) return;
      const without = checkProfileDesign(s, { fields: d.fields.filter((x) => x.id !== bad.field) });
      expect(without.score).toBeGreaterThanOrEqual(check.score);
    }));
  });
});

describe('the sheet', () => {
  const d = design(f('mobile', true, '积分和通知'), f('complaints', false, '投诉 | 处理'), f('customer-id', true, '唯一识别'), f('face-photo', false, '刷脸'));

  it('lists the fields by category in catalogue order, with a caution for sensitive ones', () => {
    expect(profileSheetRows(d)).toEqual([
      { category: '基本信息', field: '客户编号', required: '必填', note: '唯一识别', caution: '' },
      { category: '基本信息', field: '手机号', required: '必填', note: '积分和通知', caution: '' },
      { category: '基本信息', field: '人脸照片', required: '选填', note: '刷脸', caution: '敏感个人信息（生物识别信息），须单独同意' },
      { category: '关系信息', field: '投诉及处理结果', required: '选填', note: '投诉 | 处理', caution: '' },
    ]);
  });

  it('writes an Excel CSV template with an empty column to fill in', () => {
    expect(profileSheetCsv(design(f('customer-id', true, '=识别')))).toBe('\uFEFF栏目,字段,必填/选填,用途说明,提示,填写内容\r\n基本信息,客户编号,必填,\'=识别,,\r\n');
  });

  it('writes Markdown with the purposes, an escaped table and the consent note', () => {
    const md = profileSheetMarkdown(supermarket, d);
    expect(md.startsWith('# 鲜邻超市的会员档案：客户档案信息表\n\n客户类型：个人客户\n\n用途：\n- 识别会员、积分和会员价\n')).toBe(true);
    expect(md).toContain('| 关系信息 | 投诉及处理结果 | 选填 | 投诉 \\| 处理 |  |');
    expect(md).toContain('| 基本信息 | 人脸照片（敏感） | 选填 | 刷脸 |  |');
    expect(md).toContain('敏感个人信息：人脸照片。收集前须取得客户的单独同意');
  });

  it('rejects an unknown field', () => {
    expectEngineError(() => profileSheetRows(design(f('nope', true))), 'unknown-field');
  });
});
