import { readActivity, UnknownSegment } from './activity-names';
import { ByteReader, MalformedBytes } from './bytes';
import { classTag } from './class-code';
import { crc16 } from './crc16';
import { decodeBase32 } from './crockford-base32';
import { EPOCH_MS, FLAG_HALF_BYTES, FLAG_SCORE, FLAG_VARIANT, MAX_ANSWERS, MAX_TEXT_LENGTH, RESULT_CODE_FORMAT } from './encode-result-code';
import type { ResultCodeProblem, ResultRecord } from './types';

export type DecodedResultCode =
  | { readonly ok: true; readonly record: ResultRecord }
  | {
      readonly ok: false;
      readonly problem: ResultCodeProblem;
      /** Chinese, with the English in brackets. */
      readonly message: string;
      /** The record when the code is intact but belongs to another class (so the board can say whose it is). */
      readonly record?: ResultRecord;
    };

const MESSAGES: Readonly<Record<ResultCodeProblem, string>> = {
  'not-a-code': '这不是 CRM Lab 的提交码(not a CRM Lab result code)',
  'newer-version': '这个提交码来自更新版本的网站，请刷新本页（或更新网站）后再读取(made by a newer release of the site)',
  'bad-character': '提交码里有提交码不用的字符(a character no result code uses)',
  checksum: '提交码校验不通过：有字符抄错、缺少或被改动了，请让学生重新复制(the check digits do not match: a character was mistyped, lost or changed)',
  'other-class': '不是本班的提交码：生成它时用的班级码与本班的不同(made with another class code)',
};

const failure = (problem: ResultCodeProblem, message = MESSAGES[problem], record?: ResultRecord): DecodedResultCode =>
  record ? { ok: false, problem, message, record } : { ok: false, problem, message };

class NewerPart extends Error {}

function readRecord(payload: Uint8Array): ResultRecord {
  const r = new ByteReader(payload);
  const flags = r.byte();
  if (flags & ~(FLAG_VARIANT | FLAG_HALF_BYTES | FLAG_SCORE)) throw new NewerPart('flags');
  const studentId = r.text();
  const name = r.text();
  if (!studentId || !name || studentId.length > MAX_TEXT_LENGTH || name.length > MAX_TEXT_LENGTH) throw new MalformedBytes('identity');
  const activity = readActivity(r);
  const variant = flags & FLAG_VARIANT ? r.varint() : null;
  const minute = r.fixed(3);
  let score: ResultRecord['score'] = null;
  if (flags & FLAG_SCORE) {
    const max = r.varint();
    if (max < 1 || max > 0xffff) throw new MalformedBytes('max');
    score = { max, points: r.varint() / 100 };
  }
  const count = r.varint();
  if (count > MAX_ANSWERS) throw new MalformedBytes('answers');
  const answers = flags & FLAG_HALF_BYTES ? r.nibbles(count) : Array.from({ length: count }, () => r.varint());
  if (r.remaining !== 0) throw new MalformedBytes('trailing bytes');
  return { studentId, name, activity, variant, answers, score, takenAt: new Date(EPOCH_MS + minute * 60_000).toISOString() };
}

/**
 * Reads a result code made by `encodeResultCode` and checks it against the board's class code. The prefix may be in
 * any case; O is read as 0 and I or L as 1. A failure is a value with a reason:
 * `bad-character` (with the position), `checksum` (a mistyped, lost or changed character: the CRC-16 catches every
 * single one), `other-class` (intact but made with another class code; the record is given), `newer-version`,
 * `not-a-code`.
 * @throws never.
 * @example decodeResultCode(encodeResultCode(record, 'YX2301'), 'yx2301').ok // true
 * @example decodeResultCode(encodeResultCode(record, 'YX2301'), 'YX2302').problem // 'other-class'
 */
export function decodeResultCode(code: string, classCode: string): DecodedResultCode {
  const match = /^CRM(\d+)-(.*)$/i.exec(code.trim());
  if (!match) return failure('not-a-code');
  const format = Number(match[1]);
  if (format > RESULT_CODE_FORMAT) return failure('newer-version');
  if (format !== RESULT_CODE_FORMAT) return failure('not-a-code');
  const body = match[2]!;
  const decoded = decodeBase32(body);
  if (!decoded.ok && decoded.problem === 'character') {
    const char = body[decoded.position]!;
    return failure('bad-character', `提交码第 ${match[0].length - body.length + decoded.position + 1} 个字符“${char}”不是提交码用的字符，可能抄错了(character ${JSON.stringify(char)} is not used in result codes)`);
  }
  if (!decoded.ok || decoded.bytes.length < 8) return failure('checksum');
  const bytes = decoded.bytes;
  const checked = bytes.subarray(0, bytes.length - 2);
  if (crc16(checked) !== ((bytes[bytes.length - 2]! << 8) | bytes[bytes.length - 1]!)) return failure('checksum');
  const payload = checked.subarray(0, checked.length - 2);
  let record: ResultRecord;
  try {
    record = readRecord(payload);
  } catch (error) {
    if (error instanceof NewerPart || error instanceof UnknownSegment) return failure('newer-version');
    if (error instanceof MalformedBytes) return failure('checksum');
    throw error;
  }
  const tag = (checked[checked.length - 2]! << 8) | checked[checked.length - 1]!;
  if (tag !== classTag(classCode, payload)) return failure('other-class', MESSAGES['other-class'], record);
  return { ok: true, record };
}
