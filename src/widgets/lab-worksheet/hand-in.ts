// One worksheet as a JSON file to hand in (实训报告 JSON): the lab, the student, every field's value, and a checksum.
// The teacher's marking sheet opens it with `parseHandIn`: a file for another lab, a damaged file or one edited after
// export is refused with a message saying so. (The checksum is not a signature: it tells a file changed by hand.)
import { hashText } from '../../engine/generate/hash-text';
import type { Worksheet } from '../../content-schema/worksheet-schema';
import type { Identity } from '../../stores/identity';
import type { Student } from '../../stores/lab-marks';
import { prototypeKeyPath, z } from '../../stores/storage/schema';
import { fieldValueSchema, type FieldEntry, type FieldValue } from '../../stores/worksheets';
import { allFields, valueOf } from './values';

export const HAND_IN_VERSION = 1;

export interface HandIn {
  readonly app: 'crm-lab';
  readonly kind: 'lab-worksheet';
  readonly v: number;
  readonly lab: string;
  readonly labTitle: string;
  readonly exportedAt: string;
  readonly student: Student;
  readonly fields: Readonly<Record<string, FieldValue>>;
  readonly checksum: string;
}

export interface LabRef {
  readonly slug: string;
  readonly title: string;
}

type Body = Omit<HandIn, 'checksum'>;

/** The checksum of everything but itself, in a fixed order of keys. */
function checksumOf(body: Body): string {
  const { app, kind, v, lab, labTitle, exportedAt, student, fields } = body;
  const text = JSON.stringify([app, kind, v, lab, labTitle, exportedAt, [student.name, student.studentId, student.className], fields]);
  return hashText(text).toString(16).padStart(8, '0');
}

/** The worksheet's hand-in file (every field of the definition, untouched ones as they start). */
export function toHandIn(lab: LabRef, sheet: Worksheet, stored: Readonly<Record<string, FieldEntry>>, identity: Identity, now: Date = new Date()): string {
  const body: Body = {
    app: 'crm-lab',
    kind: 'lab-worksheet',
    v: HAND_IN_VERSION,
    lab: lab.slug,
    labTitle: lab.title,
    exportedAt: now.toISOString(),
    student: { name: identity.name.trim(), studentId: identity.studentId.trim(), className: identity.className.trim() },
    fields: Object.fromEntries(allFields(sheet).map(({ field }) => [field.id, valueOf(field, stored)])),
  };
  return JSON.stringify({ ...body, checksum: checksumOf(body) }, null, 2);
}

const handInSchema = z.strictObject({
  app: z.literal('crm-lab'),
  kind: z.literal('lab-worksheet'),
  v: z.number(),
  lab: z.string(),
  labTitle: z.string(),
  exportedAt: z.string(),
  student: z.strictObject({ name: z.string(), studentId: z.string(), className: z.string() }),
  fields: z.record(z.string(), fieldValueSchema),
  checksum: z.string(),
});

export type HandInResult = { ok: true; handIn: HandIn } | { ok: false; message: string };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads a student's hand-in file for the lab `expected`; never throws. */
export function parseHandIn(text: string, expected: LabRef, sheet: Worksheet): HandInResult {
  const fail = (message: string): HandInResult => ({ ok: false, message });
  let file: unknown;
  try {
    file = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return fail('文件不是有效的 JSON，无法打开。请让学生在实训页面上“导出 JSON（交作业）”。');
  }
  if (!isObject(file) || file.app !== 'crm-lab' || file.kind !== 'lab-worksheet') return fail('这个文件不是 CRM Lab 导出的实训报告。');
  if (typeof file.v === 'number' && file.v > HAND_IN_VERSION) return fail('这份实训报告来自更新的版本，请先更新本站再打开。');
  const forbidden = prototypeKeyPath(file);
  if (forbidden) return fail(`文件含有不允许的键（${forbidden.join(' › ')}），无法打开。`);
  const parsed = handInSchema.safeParse(file);
  if (!parsed.success) return fail(`文件的格式不对（${parsed.error.issues[0]?.path.join(' › ') || '整体'}），无法打开。`);
  const handIn = parsed.data as HandIn;
  if (handIn.lab !== expected.slug) return fail(`这是“${handIn.labTitle}”的实训报告，不是本实训（${expected.title}）的，请在对应的实训页面打开。`);
  if (checksumOf(handIn) !== handIn.checksum) return fail('文件在导出之后被改动过（校验码不符），无法打开。请让学生重新导出。');
  const known = new Map(allFields(sheet).map(({ field }) => [field.id, field]));
  const unknown = Object.keys(handIn.fields).find((id) => !known.has(id));
  if (unknown) return fail(`文件中有本实训报告没有的栏目（${unknown}），可能来自旧版本，无法打开。`);
  return { ok: true, handIn };
}
