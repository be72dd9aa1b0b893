import { EngineError } from '../core/errors';
import { ACTIVITY_MAX_LENGTH, ACTIVITY_PATTERN, writeActivity } from './activity-names';
import { ByteWriter } from './bytes';
import { classTag, validateClassCode } from './class-code';
import { crc16 } from './crc16';
import { encodeBase32 } from './crockford-base32';
import type { ResultRecord } from './types';

/** The text every code of this format starts with; the digit is the format's version. */
export const RESULT_CODE_PREFIX = 'CRM1-';
export const RESULT_CODE_FORMAT = 1;
/** Minutes are counted from 2024-01-01 00:00 UTC in three bytes: codes can be made until 2055. */
export const EPOCH_MS = Date.UTC(2024, 0, 1);
export const MAX_MINUTE = 0xffffff;
/** Most answers one code holds. */
export const MAX_ANSWERS = 255;
/** Longest 学号 and 姓名, in characters. */
export const MAX_TEXT_LENGTH = 20;

/** Flag bits of a code's first byte. */
export const FLAG_VARIANT = 1;
export const FLAG_HALF_BYTES = 2;
export const FLAG_SCORE = 4;

/** A 学号 or 姓名 as a code stores it: half-width (NFKC), spaces at the ends removed and inner runs made one. */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').trim().replace(/\s+/g, ' ');
}

function fail(code: string, zh: string, en: string): never {
  throw new EngineError(code, `${zh}(${en})`);
}

function checkText(value: string, zh: string, en: string): string {
  const text = normalizeText(value);
  if (text === '') fail('missing-identity', `请先填写${zh}`, `${en} is empty`);
  if (text.length > MAX_TEXT_LENGTH) fail('identity-too-long', `${zh}最多 ${MAX_TEXT_LENGTH} 个字符`, `${en} has more than ${MAX_TEXT_LENGTH} characters`);
  return text;
}

const isCount = (n: number, max: number) => Number.isInteger(n) && n >= 0 && n <= max;

/** The record as it will be read back: texts normalised, time cut to the minute, points to the hundredth. */
export function canonicalRecord(record: ResultRecord): ResultRecord {
  const time = Date.parse(record.takenAt);
  if (Number.isNaN(time)) fail('invalid-time', '结果的时间无法识别', `takenAt is not a date: ${record.takenAt}`);
  const minute = Math.floor((time - EPOCH_MS) / 60_000);
  if (minute < 0 || minute > MAX_MINUTE) fail('invalid-time', '结果的时间须在 2024 年到 2055 年之间', `takenAt must lie between 2024 and 2055`);
  if (!ACTIVITY_PATTERN.test(record.activity) || record.activity.length > ACTIVITY_MAX_LENGTH) {
    fail('invalid-activity', `活动名“${record.activity}”不符合格式`, `activity must be kebab-case segments joined by /, got ${record.activity}`);
  }
  if (record.variant !== null && !isCount(record.variant, Number.MAX_SAFE_INTEGER)) fail('invalid-variant', '活动的变体编号须为非负整数', `variant must be a whole number ≥ 0`);
  if (record.answers.length > MAX_ANSWERS) fail('too-many-answers', `一个提交码最多容纳 ${MAX_ANSWERS} 个答案`, `at most ${MAX_ANSWERS} answers`);
  if (!record.answers.every((a) => isCount(a, Number.MAX_SAFE_INTEGER))) fail('invalid-answer', '答案须为非负整数', 'answers must be whole numbers ≥ 0');
  let score = record.score;
  if (score !== null) {
    const points = Math.round(score.points * 100);
    if (!isCount(score.max, 0xffff) || score.max === 0) fail('invalid-score', '满分须为 1–65535 的整数', 'max must be a whole number from 1 to 65535');
    if (!Number.isFinite(points) || !isCount(points, Number.MAX_SAFE_INTEGER)) fail('invalid-score', '得分须为非负数', 'points must be a number ≥ 0');
    score = { points: points / 100, max: score.max };
  }
  return {
    studentId: checkText(record.studentId, '学号', 'student id'),
    name: checkText(record.name, '姓名', 'name'),
    activity: record.activity,
    variant: record.variant,
    answers: [...record.answers],
    score,
    takenAt: new Date(EPOCH_MS + minute * 60_000).toISOString(),
  };
}

/** The payload bytes of a record (before the class tag and the check): the layout of format 1, see README. */
export function recordBytes(record: ResultRecord): Uint8Array {
  const r = canonicalRecord(record);
  const halfBytes = r.answers.every((a) => a < 16);
  const w = new ByteWriter();
  w.byte((r.variant !== null ? FLAG_VARIANT : 0) | (halfBytes ? FLAG_HALF_BYTES : 0) | (r.score ? FLAG_SCORE : 0));
  w.text(r.studentId);
  w.text(r.name);
  writeActivity(w, r.activity);
  if (r.variant !== null) w.varint(r.variant);
  w.fixed((Date.parse(r.takenAt) - EPOCH_MS) / 60_000, 3);
  if (r.score) {
    w.varint(r.score.max);
    w.varint(Math.round(r.score.points * 100));
  }
  w.varint(r.answers.length);
  if (halfBytes) w.nibbles(r.answers);
  else r.answers.forEach((a) => w.varint(a));
  return w.toBytes();
}

/**
 * A result code: `CRM1-` and Crockford base-32 of the payload, a 16-bit class tag (`classTag`: which class code it
 * was made with) and a CRC-16 over both (`crc16`: catches any one mistyped character). Short enough for a chat
 * message: a typical self-check result is about 50 characters.
 * @throws EngineError `missing-identity`, `identity-too-long`, `invalid-activity`, `invalid-time`, `invalid-variant`,
 *   `too-many-answers`, `invalid-answer`, `invalid-score`, `class-code-empty`, `class-code-length`.
 * @example encodeResultCode({ studentId: '2023001', name: '张三', activity: '06-customer-tiering/self-check',
 *   variant: null, answers: [2, 1], score: { points: 1, max: 2 }, takenAt: '2026-03-02T08:15:00Z' }, 'YX2301')
 *   // 'CRM1-…' (tests/engine/result-code/encode-result-code.test.ts spells out every byte)
 */
export function encodeResultCode(record: ResultRecord, classCode: string): string {
  const checked = validateClassCode(classCode);
  if (!checked.ok) throw new EngineError(checked.code, `${checked.message}(class code: ${checked.code})`);
  const payload = recordBytes(record);
  const w = new ByteWriter();
  w.raw(payload);
  w.fixed(classTag(checked.value, payload), 2);
  const body = w.toBytes();
  w.fixed(crc16(body), 2);
  return RESULT_CODE_PREFIX + encodeBase32(w.toBytes());
}
