// Thirty simulated students' result codes for one two-question quiz, as a class chat would hold them: one typo,
// one code from another class, one student who handed in twice. Shared by the board's component test and e2e.
import { encodeResultCode, type ResultRecord } from '~/engine/result-code';

export const CLASS_CODE = 'YX2301';
export const QUIZ_KEY = '06-customer-tiering/self-check';

export interface SimulatedClass {
  readonly chat: string;
  /** The records the board should keep: one per student, the typo's student missing, the repeater's second try. */
  readonly kept: readonly ResultRecord[];
  readonly typo: { readonly line: number; readonly code: string };
  readonly otherClass: { readonly line: number; readonly name: string };
  readonly roster: readonly { readonly studentId: string; readonly name: string }[];
}

const SURNAMES = '赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏';

/** Student k (1–30): 学号 20230001 …, answers that depend on k so each tally is different. */
export function studentRecord(k: number, answers: readonly number[], minute = 0): ResultRecord {
  const points = answers.filter((a, q) => a === (q === 0 ? 2 : 1)).length;
  return {
    studentId: `2023${String(k).padStart(4, '0')}`,
    name: `${SURNAMES[k - 1]}同学${k}`,
    activity: QUIZ_KEY,
    variant: null,
    answers,
    score: { points, max: answers.length },
    takenAt: `2026-03-02T08:${String(10 + minute).padStart(2, '0')}:00.000Z`,
  };
}

/** Mistypes one character in the middle of a code (a letter another base-32 digit). */
export function mistype(code: string): string {
  const at = Math.floor(code.length / 2);
  return code.slice(0, at) + (code[at] === 'A' ? 'B' : 'A') + code.slice(at + 1);
}

/**
 * The class: student k answers question 1 with option 1 + k % 3 and question 2 with 1 + k % 2 (true-false-like);
 * student 7's code is mistyped, student 12 hands in again five minutes later with both right, and 孙同学 from
 * class YX2302 pastes hers into the wrong chat.
 */
export function simulatedClass(questions = 2): SimulatedClass {
  const lines: string[] = ['【班级群】客户关系管理 1 班', ''];
  const kept: ResultRecord[] = [];
  let typo = { line: 0, code: '' };
  let otherClass = { line: 0, name: '' };
  for (let k = 1; k <= 30; k++) {
    const answers = [1 + (k % 3), 1 + (k % 2), ...Array.from({ length: questions - 2 }, () => 0)];
    const record = studentRecord(k, answers);
    let code = encodeResultCode(record, CLASS_CODE);
    if (k === 7) {
      code = mistype(code);
      typo = { line: lines.length + 2, code };
    } else if (k !== 12) kept.push(record);
    lines.push(`${record.name} 08:${10 + (k % 40)}`, `老师好，我的提交码：${code}`);
    if (k === 15) {
      const stranger = { ...studentRecord(3, [1, 1]), studentId: '20239999', name: '孙小红' };
      otherClass = { line: lines.length + 1, name: stranger.name };
      lines.push(`${stranger.name}：${encodeResultCode(stranger, 'YX2302')}`);
    }
  }
  const second = studentRecord(12, [2, 1, ...Array.from({ length: questions - 2 }, () => 0)], 5);
  const first = encodeResultCode(studentRecord(12, [1 + (12 % 3), 1 + (12 % 2), ...Array.from({ length: questions - 2 }, () => 0)]), CLASS_CODE);
  lines.push('朱同学12：刚才做错了，我重做了一遍', encodeResultCode(second, CLASS_CODE), `（引用）${first}`);
  kept.push(second);
  const roster = Array.from({ length: 30 }, (_, i) => ({ studentId: `2023${String(i + 1).padStart(4, '0')}`, name: `${SURNAMES[i]}同学${i + 1}` }));
  return { chat: lines.join('\n'), kept, typo, otherClass, roster };
}
