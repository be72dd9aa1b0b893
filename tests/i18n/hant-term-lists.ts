/*
 * What the Traditional site must and must not say, shared by the content test (tests/i18n/hant-terms.test.ts)
 * and the built-page test (tests/e2e/hant-pages.e2e.ts).
 */

/** Terms a Taiwan reader expects, each found at least once in the files whose path contains `in`. */
export const EXPECTED: { term: string; in: string }[] = [
  { term: '統一社會信用代碼', in: 'content/chapters/05' },
  { term: 'RFM 代碼', in: 'content/chapters/06' },
  { term: '評價項目', in: 'content/' },
  { term: '實訓項目', in: 'content/' },
  { term: '投標文件', in: 'content/' },
  { term: '程序公平', in: 'content/chapters/07' },
  { term: '程序公平', in: 'content/quizzes/07' },
  { term: '支持度', in: 'content/chapters/02' },
  { term: '數量折扣', in: 'content/' },
  { term: '周記豆腐坊', in: 'content/' },
  { term: '《個人信息保護法》', in: 'content/chapters/05' },
  { term: '國家企業信用信息公示系統', in: 'content/' },
  { term: '客戶忠誠的類型', in: 'content/' },
  { term: '回訪對象', in: 'content/' },
  { term: '社區連鎖超市', in: 'content/' },
  { term: '設備科', in: 'content/' },
  { term: '並發布', in: 'content/' },
  { term: '行銷', in: 'content/chapters/01' },
  { term: '通路', in: 'content/chapters/01' },
  { term: '服務品質', in: 'content/chapters/08' },
  { term: '帳號', in: 'content/' },
  { term: '帳單', in: 'content/' },
  { term: '行動網路', in: 'content/chapters/01' },
  { term: '數位化', in: 'content/' },
  { term: '全螢幕', in: 'src/' },
  { term: '客戶資料', in: 'content/' },
  { term: '服務水準', in: 'content/chapters/02' },
];

/**
 * Words that must never appear, with the narrow exceptions a Taiwan reader accepts (checked by removing the
 * exceptions first): OpenCC's software words where the course means something else, official names turned
 * into Taiwan vocabulary, and mainland words that have a Taiwan equivalent.
 */
export const FORBIDDEN: { word: string; except?: string[]; why: string }[] = [
  { word: '程式碼', why: 'an identifier is 代碼; the course shows no program code' },
  { word: '程式', except: ['小程式', '分析程式', '程式檔案'], why: '程序 is a procedure (程序公平), a program only in a mini program or the analysis worker' },
  { word: '專案', except: ['本專案', '小專案', '專案失敗', '探勘專案', '導入專案', '專案經理', '專案小組'], why: '项目 is an item (評價項目); 專案 only for a project' },
  { word: '投標檔案', why: 'tender documents are paper: 投標文件' },
  { word: '型別', why: '型別 is a programming type; 類型' },
  { word: '物件', why: '物件 is a programming object; 對象' },
  { word: '裝置科', why: 'an equipment department: 設備科' },
  { word: '支援度', why: 'association rules in Taiwan textbooks: 支持度' },
  { word: '批次折扣', why: 'a volume discount: 數量折扣' },
  { word: '週記', why: '周記豆腐坊 is a shop named after 周' },
  { word: '個人資訊保護法', why: 'a PRC law keeps its name' },
  { word: '信用資訊公示', why: 'a PRC public system keeps its name' },
  { word: '信用程式碼', why: '統一社會信用代碼 is an official term' },
  { word: '併發', why: '并发布 is 並發布 (and publish), not concurrency' },
  { word: '許可權', why: 'access rights are 權限' },
  { word: '引數', why: 'a model parameter is 參數' },
  { word: '分割槽', why: 'a region or quadrant is 分區, not a disk partition' },
  { word: '釋出', why: 'to publish is 發布' },
  { word: '結束通話', why: 'to hang up is 掛斷' },
  { word: '擴充套件', why: 'to extend is 擴展' },
  { word: '全域性', why: 'the whole picture is 全局' },
  { word: '迴圈', why: 'a cycle is 循環' },
  { word: '指令碼', why: 'a script for calls is 腳本' },
  { word: '宣告', why: 'a statement is 聲明' },
  { word: '函式', why: 'a mathematical function is 函數' },
  { word: '匯入期', why: 'the introduction stage of the life cycle is 導入期' },
  { word: '登出', why: '注销 a membership is 註銷, not logging out' },
  { word: '重回購', why: '重复购买 is 重複購買; 复购 is 回購 only as a word of its own' },
  { word: '營銷', why: 'Taiwan writes 行銷' },
  { word: '渠道', why: 'Taiwan writes 通路 (sales) or 管道 (information, complaints)' },
  { word: '質量', why: 'Taiwan writes 品質' },
  { word: '賬', why: 'Taiwan writes 帳 (帳號, 帳單, 帳期)' },
  { word: '移動網際網路', why: 'Taiwan writes 行動網路' },
  { word: '數字化', why: 'Taiwan writes 數位化' },
  { word: '全屏', why: 'Taiwan writes 全螢幕' },
  { word: '反饋', why: 'Taiwan writes 回饋' },
  { word: '運營', why: 'Taiwan writes 營運' },
  { word: '便利店', why: 'Taiwan writes 便利商店' },
  { word: '外賣', why: 'Taiwan writes 外送' },
  { word: '置信度', why: 'Taiwan textbooks write 信賴度' },
  { word: '齣', why: 'OpenCC’s drama classifier where 出 is meant (一出口)' },
  { word: '隻', except: ['兩隻', '一隻'], why: '只 (only) is not the classifier 隻 (是只看, 只能)' },
  { word: '併', except: ['合併', '歸併', '一併', '併購'], why: '并 (and) is 並 (並為, 並合併)' },
  { word: '髮', except: ['理髮', '頭髮'], why: '发 (send) is 發 (發訊息), 髮 is hair' },
  { word: '幹淨', why: '乾淨' },
  { word: '剋制', why: '克制' },
  { word: '佇列', why: 'a queue of programs; the course has cohorts and waiting callers' },
  { word: '稽核', why: 'a review is 審核 (稽核 is an audit)' },
  { word: '儀表盤', why: 'Taiwan writes 儀表板' },
  { word: '計算機', why: 'a computer is 電腦 (計算機 is a calculator in Taiwan)' },
  { word: '小區', why: 'a neighbourhood is 社區' },
  { word: '響應', why: 'to respond is 回應' },
  { word: '網點', why: 'a branch or outlet is 據點' },
  { word: '崗位', why: 'a post is 職位' },
  { word: '數據', except: ['大數據', '信用信息基礎數據庫'], why: 'data is 資料; 大數據 and the official 信用信息基礎數據庫 excepted' },
];

/** Where `word` occurs in `text` outside its exceptions, with a little context each. */
export function forbiddenIn(text: string, { word, except = [] }: { word: string; except?: string[] }): string[] {
  const cleared = except.reduce((t, allowed) => t.replaceAll(allowed, '·'.repeat(allowed.length)), text);
  const found: string[] = [];
  for (let i = cleared.indexOf(word); i >= 0; i = cleared.indexOf(word, i + 1)) {
    found.push(`…${text.slice(Math.max(0, i - 12), i + word.length + 12).replace(/\s+/g, ' ')}…`);
  }
  return found;
}
