/** Shortest and longest class code, in characters after `normalizeClassCode`. */
export const CLASS_CODE_LENGTH = { min: 3, max: 20 } as const;

/**
 * A class code as the check uses it: full-width letters and digits made half-width (NFKC), spaces removed, letters
 * in upper case, so “ yx 2301”, “YX2301” and “ＹＸ２３０１” are the same class.
 * @throws never.
 * @example normalizeClassCode(' yx 2301 ') // 'YX2301'
 */
export function normalizeClassCode(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}

/**
 * Checks a class code a teacher or a student typed: the normalised code, or why it cannot be used (a value, not an
 * exception: a half-typed code is expected).
 * @throws never.
 * @example validateClassCode('yx') // { ok: false, code: 'class-code-length', message: '班级码要 3–20 个字符，现在是 2 个' }
 */
export function validateClassCode(text: string): { readonly ok: true; readonly value: string } | { readonly ok: false; readonly code: string; readonly message: string } {
  const value = normalizeClassCode(text);
  if (value === '') return { ok: false, code: 'class-code-empty', message: '请填写老师发的班级码' };
  const length = [...value].length;
  if (length < CLASS_CODE_LENGTH.min || length > CLASS_CODE_LENGTH.max) {
    return { ok: false, code: 'class-code-length', message: `班级码要 ${CLASS_CODE_LENGTH.min}–${CLASS_CODE_LENGTH.max} 个字符，现在是 ${length} 个` };
  }
  return { ok: true, value };
}

/**
 * The 16-bit class tag of a code: FNV-1a over the normalised class code, a 0 byte and the code's payload, folded to
 * 16 bits. A code made for another class carries another tag (with odds of 1 in 65,536 of a chance match), so the
 * board can say “不是本班的” instead of “抄错了”.
 * @throws never.
 */
export function classTag(classCode: string, payload: Uint8Array): number {
  const key = new TextEncoder().encode(normalizeClassCode(classCode));
  const joined = new Uint8Array(key.length + 1 + payload.length);
  joined.set(key, 0);
  joined.set(payload, key.length + 1);
  const hash = hashBytes(joined);
  return ((hash >>> 16) ^ hash) & 0xffff;
}

/** FNV-1a 32 of bytes (`generate/hash-text.ts` computes the same of a text's UTF-8). */
function hashBytes(bytes: Uint8Array): number {
  let hash = 0x811c9dc5;
  for (const byte of bytes) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
