import { decodeResultCode } from './decode-result-code';
import { findResultCodes } from './find-result-codes';
import type { ResultCodeProblem, ResultRecord } from './types';

/** A code read from pasted text, checked against the class code. */
export interface AcceptedCode {
  /** The code in capitals, as the board keeps it. */
  readonly code: string;
  readonly line: number;
  readonly record: ResultRecord;
}

export interface RefusedCode {
  readonly code: string;
  readonly line: number;
  readonly problem: ResultCodeProblem;
  /** Chinese, with the English in brackets. */
  readonly message: string;
  /** Known when the code is intact but from another class. */
  readonly record?: ResultRecord;
}

export interface PastedCodes {
  readonly accepted: readonly AcceptedCode[];
  readonly refused: readonly RefusedCode[];
  /** Codes found more than once in the text (a message quoted in a chat), counted once. */
  readonly repeated: number;
}

/**
 * Every result code in pasted text (a whole chat export), read and checked against the class code: the intact ones
 * of this class, and the others with the line they are on and why they were refused. The same code twice counts once.
 * @throws never.
 * @example readPastedCodes('张三：CRM1-…\n李四：CRM1-…（抄错一位）', 'YX2301') // accepted 1, refused 1 (checksum, line 2)
 */
export function readPastedCodes(text: string, classCode: string): PastedCodes {
  const accepted: AcceptedCode[] = [];
  const refused: RefusedCode[] = [];
  const seen = new Set<string>();
  let repeated = 0;
  for (const found of findResultCodes(text)) {
    const code = found.code.toUpperCase();
    if (seen.has(code)) {
      repeated++;
      continue;
    }
    seen.add(code);
    const read = decodeResultCode(code, classCode);
    if (read.ok) accepted.push({ code, line: found.line, record: read.record });
    else refused.push({ code, line: found.line, problem: read.problem, message: read.message, ...(read.record ? { record: read.record } : {}) });
  }
  return { accepted, refused, repeated };
}
