import { toHalfWidth } from './width';

// Traditional → Simplified for the characters that occur in column names of sales and survey files
// (a Taiwan or Hong Kong teacher's 客戶編號, 訂單編號, 金額). A full converter (opencc) would add
// hundreds of kilobytes to every page that reads a CSV; headers need only these.
const TRADITIONAL_PAIRS =
  '戶户 編编 號号 額额 單单 員员 會会 訂订 實实 費费 銷销 購购 買买 間间 時时 顧顾 帳账 賬账 際际 價价 錢钱 總总 計计 數数 碼码 稱称 電电 話话 機机 郵邮 區区 類类 別别 點点 ' +
  '積积 評评 滿满 齡龄 來来 級级 營营 業业 筆笔 貨货 產产 後后 與与 標标 籤签 優优 聯联 繫系 網网 頁页 狀状 態态 說说 識识 稅税 運运 發发 憑凭 證证 據据 統统 務务 問问 題题 ' +
  '項项 細细 續续 約约 紀纪 錄录 庫库 値值 儲储 貸贷 歲岁 齒齿 資资 結结 ';
const TRADITIONAL = new Map<string, string>();
for (const pair of TRADITIONAL_PAIRS.split(' ')) if (pair.length === 2) TRADITIONAL.set(pair[0]!, pair[1]!);

/**
 * The comparable form of a column name: full-width folded to half-width, Traditional Chinese folded to
 * Simplified (for the characters column names use), lower case, a trailing unit in brackets dropped
 * (`金额(元)`, `金額（元）`, `Amount [USD]`), and spaces, `_`, `-`, `.`, `:` and `#` removed.
 *
 * @example normalizeHeader(' Customer_ID ') // 'customerid'
 * @example normalizeHeader('客戶編號') // '客户编号'
 * @example normalizeHeader('实付金额（元）') // '实付金额'
 */
export function normalizeHeader(header: string): string {
  let text = toHalfWidth(header).replace(/^\uFEFF/, '').trim().toLowerCase();
  text = text.replace(/\s*[([][^()[\]]*[)\]]\s*$/, '');
  // eslint-disable-next-line no-control-regex
  if (/^[\u0000-\u007f]*$/.test(text)) return text.replace(/[ _\-.:#\t]/g, ''); // nothing to fold: one native pass
  let out = '';
  for (const ch of text) {
    if (ch === ' ' || ch === '_' || ch === '-' || ch === '.' || ch === ':' || ch === '#' || ch === '\t') continue;
    out += TRADITIONAL.get(ch) ?? ch;
  }
  return out;
}
