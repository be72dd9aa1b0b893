// What a widget says to the learner when something fails: Chinese only. The engine's messages are written
// “中文(English)”: the English in ASCII brackets at the end is for the command line and logs.

/**
 * The Chinese part of an engine message: the trailing English in ASCII brackets is dropped (brackets inside it,
 * such as a header `金额(元)` it quotes, are matched). Full-width brackets （…） are Chinese and kept, and so is
 * a message with no English part.
 * @example chineseOnly('缺少必需的列：金额。找到的列：会员号, 金额(元)(missing required column: amount; found: 会员号, 金额(元))')
 * // '缺少必需的列：金额。找到的列：会员号, 金额(元)'
 * @example chineseOnly('无法载入数据集（HTTP 404）') // '无法载入数据集（HTTP 404）'
 */
export function chineseOnly(message: string): string {
  const text = message.trimEnd();
  if (!text.endsWith(')')) return message;
  let depth = 0;
  for (let i = text.length - 1; i > 0; i--) {
    const c = text[i];
    if (c === ')') depth++;
    else if (c === '(' && --depth === 0) {
      return /^[A-Za-z]/.test(text.slice(i + 1)) ? text.slice(0, i).trimEnd() : message;
    }
  }
  return message;
}

/**
 * The message to show for a failure with `code`: the widget's own words for that code when it has them
 * (`own`, e.g. form-field wording), else the Chinese part of the message that came with it.
 * @example learnerMessage({ code: 'invalid-years', message: 'years must be…(…)' }, { 'invalid-years': '年数要是整数。' }) // '年数要是整数。'
 */
export function learnerMessage(failure: { readonly code: string; readonly message: string }, own: Readonly<Record<string, string>> = {}): string {
  return own[failure.code] ?? chineseOnly(failure.message);
}
