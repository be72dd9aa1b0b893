import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ACTIVITY_SEGMENTS,
  BASE32_ALPHABET,
  decodeBase32,
  decodeResultCode,
  encodeResultCode,
  findResultCodes,
  normalizeClassCode,
  recordBytes,
  validateClassCode,
  type ResultRecord,
} from '~/engine/result-code';
import { expectEngineError } from '../expect-engine-error';

const SAMPLE: ResultRecord = {
  studentId: '2023001',
  name: '张三',
  activity: '06-customer-tiering/self-check',
  variant: null,
  answers: [2, 1],
  score: { points: 1, max: 2 },
  takenAt: '2026-03-02T08:15:00Z',
};

const hex = (bytes: Uint8Array) => [...bytes].map((b) => b.toString(16).padStart(2, '0')).join(' ');

describe('a result code, byte by byte', () => {
  it('lays the sample out as format 1 says (worked by hand)', () => {
    // flags 06 (half bytes, score) · 学号 1C = 7 digits, then 2023001 in half bytes · 姓名 0A = 2 UTF-16 units, 张 5F20 三 4E09 ·
    // activity 03 bytes: 85 (06-customer-tiering) 2F (/) 8C (self-check) · minute 11634F = 1,139,535 (791 days + 8 h 15 min
    // after 2024-01-01) · max 02, points 64 (= 1.00) · 02 answers in half bytes: 21.
    expect(hex(recordBytes(SAMPLE))).toBe('06 1c 20 23 00 10 0a 5f 20 4e 09 03 85 2f 8c 11 63 4f 02 64 02 21');
  });

  it('adds the class tag and the CRC (computed with Python: FNV-1a folded, binascii.crc_hqx)', () => {
    const code = encodeResultCode(SAMPLE, 'YX2301');
    expect(code).toBe('CRM1-0RE208R02055Y82E141RABWC25HMY0K408GPFM5AD4');
    const bytes = decodeBase32(code.slice(5));
    expect(bytes.ok && hex(bytes.bytes.slice(-4))).toBe('67 d0 aa 69');
  });

  it('is read back with the same class code, written in any way', () => {
    const code = encodeResultCode(SAMPLE, 'YX2301');
    for (const classCode of ['YX2301', 'yx2301', ' Yx 2301 ', 'ＹＸ２３０１']) {
      expect(decodeResultCode(code, classCode)).toEqual({ ok: true, record: { ...SAMPLE, takenAt: '2026-03-02T08:15:00.000Z' } });
    }
    expect(decodeResultCode(code.toLowerCase(), 'YX2301').ok).toBe(true);
  });

  it('a typical self-check result (10-digit 学号, three-character name, eight answers) is 58 characters', () => {
    const code = encodeResultCode(
      { ...SAMPLE, studentId: '2023123456', name: '欧阳明', answers: [2, 1, 5, 1, 2, 3, 1, 4], score: { points: 6.67, max: 8 } },
      'YX2301',
    );
    expect(code).toHaveLength(58);
  });
});

describe('refusals, with a clear reason', () => {
  const code = encodeResultCode(SAMPLE, 'YX2301');

  it('another class: intact, so it says whose code it is', () => {
    const read = decodeResultCode(code, 'YX2302');
    expect(read).toMatchObject({ ok: false, problem: 'other-class', record: { name: '张三', studentId: '2023001' } });
    expect(!read.ok && read.message).toContain('不是本班的提交码');
  });

  it('a character no code uses: where it is', () => {
    const bad = code.slice(0, 10) + 'U' + code.slice(11);
    expect(decodeResultCode(bad, 'YX2301')).toMatchObject({ ok: false, problem: 'bad-character', message: expect.stringContaining('第 11 个字符“U”') });
  });

  it('a newer format, a part this release does not know, or no code at all', () => {
    expect(decodeResultCode('CRM2-0RE208R02055Y', 'YX2301')).toMatchObject({ ok: false, problem: 'newer-version' });
    expect(decodeResultCode('ABC-123', 'YX2301')).toMatchObject({ ok: false, problem: 'not-a-code' });
    expect(decodeResultCode('CRM0-123', 'YX2301')).toMatchObject({ ok: false, problem: 'not-a-code' });
  });

  it('a code cut short or with a character lost', () => {
    expect(decodeResultCode(code.slice(0, -1), 'YX2301')).toMatchObject({ ok: false, problem: 'checksum' });
    expect(decodeResultCode(code.slice(0, 20), 'YX2301')).toMatchObject({ ok: false, problem: 'checksum' });
    expect(decodeResultCode(code.slice(0, 12) + code.slice(13), 'YX2301')).toMatchObject({ ok: false, problem: 'checksum' });
    expect(decodeResultCode('CRM1-', 'YX2301')).toMatchObject({ ok: false, problem: 'checksum' });
  });
});

const text = (max: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789张三李四王五欧阳明Ab é'), minLength: 1, maxLength: max }).filter((s) => s.normalize('NFKC').trim() !== '');
const segment = fc.oneof(fc.constantFrom(...ACTIVITY_SEGMENTS), fc.stringMatching(/^[a-z0-9]{1,6}(-[a-z0-9]{1,6}){0,2}$/));
const record: fc.Arbitrary<ResultRecord> = fc.record({
  studentId: text(20),
  name: text(20),
  activity: fc.array(segment, { minLength: 1, maxLength: 3 }).map((s) => s.join('/')).filter((s) => s.length <= 80),
  variant: fc.option(fc.nat({ max: 2 ** 40 }), { nil: null }),
  answers: fc.oneof(fc.array(fc.nat({ max: 15 }), { maxLength: 30 }), fc.array(fc.nat({ max: 100_000 }), { maxLength: 30 })),
  score: fc.option(fc.record({ points: fc.nat({ max: 1_000_000 }).map((n) => n / 100), max: fc.integer({ min: 1, max: 0xffff }) }), { nil: null }),
  takenAt: fc.integer({ min: 0, max: 0xffffff }).map((m) => new Date(Date.UTC(2024, 0, 1) + m * 60_000).toISOString()),
});
const classCode = fc.stringMatching(/^[A-Z0-9]{3,12}$/);
const normalised = (r: ResultRecord) => ({
  ...r,
  studentId: r.studentId.normalize('NFKC').trim().replace(/\s+/g, ' '),
  name: r.name.normalize('NFKC').trim().replace(/\s+/g, ' '),
});

describe('properties', () => {
  it('every record comes back as written (texts normalised)', () => {
    fc.assert(
      fc.property(record, classCode, (r, c) => {
        expect(decodeResultCode(encodeResultCode(r, c), c)).toEqual({ ok: true, record: normalised(r) });
      }),
    );
  });

  it('every single-character typo is caught: each position, each other character', () => {
    fc.assert(
      fc.property(record, classCode, (r, c) => {
        const code = encodeResultCode(r, c);
        for (let i = 0; i < code.length; i++) {
          for (const other of BASE32_ALPHABET + 'U-') {
            if (other === code[i]) continue;
            expect(decodeResultCode(code.slice(0, i) + other + code.slice(i + 1), c).ok, `${code} at ${i} → ${other}`).toBe(false);
          }
        }
      }),
      { numRuns: 40 },
    );
  });

  it('two neighbouring characters swapped are caught', () => {
    fc.assert(
      fc.property(record, classCode, (r, c) => {
        const code = encodeResultCode(r, c);
        for (let i = 5; i + 1 < code.length; i++) {
          if (code[i] === code[i + 1]) continue;
          const swapped = code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2);
          expect(decodeResultCode(swapped, c).ok).toBe(false);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('a code made for one class is refused by another as other-class', () => {
    fc.assert(
      fc.property(record, classCode, classCode, (r, a, b) => {
        fc.pre(normalizeClassCode(a) !== normalizeClassCode(b));
        const read = decodeResultCode(encodeResultCode(r, a), b);
        // A chance match of the 16-bit tag happens once in 65,536 pairs; none with this seed.
        expect(read).toMatchObject({ ok: false, problem: 'other-class', record: normalised(r) });
      }),
    );
  });

  it('is made of the prefix and base-32 characters only (safe in any chat)', () => {
    fc.assert(
      fc.property(record, classCode, (r, c) => {
        expect(encodeResultCode(r, c)).toMatch(/^CRM1-[0-9A-HJKMNP-TV-Z]+$/);
      }),
    );
  });
});

describe('what cannot be encoded', () => {
  it.each([
    [{ name: '  ' }, 'missing-identity'],
    [{ studentId: '' }, 'missing-identity'],
    [{ name: '一二三四五六七八九十一二三四五六七八九十一' }, 'identity-too-long'],
    [{ activity: 'Self Check' }, 'invalid-activity'],
    [{ activity: 'a//b' }, 'invalid-activity'],
    [{ takenAt: '2023-12-31T23:59:00Z' }, 'invalid-time'],
    [{ takenAt: 'yesterday' }, 'invalid-time'],
    [{ variant: -1 }, 'invalid-variant'],
    [{ answers: [1, -1] }, 'invalid-answer'],
    [{ answers: [0.5] }, 'invalid-answer'],
    [{ answers: new Array(256).fill(0) }, 'too-many-answers'],
    [{ score: { points: 1, max: 0 } }, 'invalid-score'],
    [{ score: { points: -1, max: 2 } }, 'invalid-score'],
  ] as const)('%j → %s', (change, code) => {
    expectEngineError(() => encodeResultCode({ ...SAMPLE, ...change } as ResultRecord, 'YX2301'), code);
  });

  it('needs a class code of 3–20 characters', () => {
    expectEngineError(() => encodeResultCode(SAMPLE, ' '), 'class-code-empty');
    expectEngineError(() => encodeResultCode(SAMPLE, 'YX'), 'class-code-length');
    expect(validateClassCode(' yx 2301 ')).toEqual({ ok: true, value: 'YX2301' });
    expect(validateClassCode('营销二三零一班')).toEqual({ ok: true, value: '营销二三零一班' });
  });

  it('never changes the record it is given', () => {
    const frozen = Object.freeze({ ...SAMPLE, answers: Object.freeze([2, 1]), score: Object.freeze({ points: 1, max: 2 }) });
    expect(() => encodeResultCode(frozen, 'YX2301')).not.toThrow();
  });
});

describe('findResultCodes', () => {
  it('finds every code in a chat export, with its line, full-width letters read half-width', () => {
    const a = encodeResultCode(SAMPLE, 'YX2301');
    const b = encodeResultCode({ ...SAMPLE, name: '李四' }, 'YX2301');
    const chat = [
      '2026-03-02 08:20 张三',
      `老师，我的：${a}，请查收`,
      '2026-03-02 08:21 李四',
      `${b.replace('CRM1', 'ＣＲＭ１')} 谢谢`,
      '王五：好的 CRM 作业明天交',
      `[引用] ${a}`,
    ].join('\r\n');
    expect(findResultCodes(chat)).toEqual([
      { code: a, line: 2 },
      { code: b, line: 4 },
      { code: a, line: 6 },
    ]);
  });

  it('finds nothing in text without codes', () => {
    expect(findResultCodes('今天讲 CRM1 的第一章，CRM-1 不是提交码')).toEqual([]);
  });

  it('finds every code of any text that holds them, whatever is around them', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(record, fc.constantFrom(' ', '：', '\n', '，', '“', '张三说 ')), { minLength: 1, maxLength: 5 }), (parts) => {
        const codes = parts.map(([r]) => encodeResultCode(r, 'YX2301'));
        const chat = parts.map(([, around], i) => `${around}${codes[i]}${around}`).join('');
        expect(findResultCodes(chat).map((f) => f.code)).toEqual(codes);
      }),
    );
  });
});
