import { dict } from '../../stores/storage/dict';

/**
 * A widget's state in the page URL, so an instructor can prepare a case and post the link:
 * `/chapters/06-customer-tiering/?rfm.dataset=retail&rfm.bins=4#rfm-calculator`.
 * Keys are prefixed with the widget's short name; values are plain strings the widget validates itself. The keys
 * come from whoever wrote the link, so they land in a null-prototype map (`__proto__`, `constructor` are plain keys).
 */
export function readSharedState(prefix: string, search: string = typeof location === 'undefined' ? '' : location.search): Record<string, string> {
  const state = dict<string>();
  for (const [key, value] of new URLSearchParams(search)) {
    if (key.startsWith(`${prefix}.`)) state[key.slice(prefix.length + 1)] = value;
  }
  return state;
}

/** The current page's URL carrying `state` under `prefix` (other widgets' keys are kept), pointing at `anchor`. */
export function sharedStateUrl(prefix: string, state: Readonly<Record<string, string | number | boolean>>, anchor: string, href: string = location.href): string {
  const url = new URL(href);
  for (const key of [...url.searchParams.keys()]) if (key.startsWith(`${prefix}.`)) url.searchParams.delete(key);
  for (const [key, value] of Object.entries(state)) url.searchParams.set(`${prefix}.${key}`, String(value));
  url.searchParams.delete('teacher');
  url.hash = anchor;
  return url.toString();
}

/**
 * What a share link cannot carry for these datasets: the learner's own files (a link holds settings, never data).
 * Null when every dataset is one the link names.
 * @example uploadedFilesNote([{ type: 'file', name: '会员.csv' }]) // '链接只带设置，不带你上传的文件“会员.csv”：…'
 */
export function uploadedFilesNote(choices: readonly ({ readonly type: string; readonly name?: string } | null)[]): string | null {
  const files = choices.filter((c) => c?.type === 'file').map((c) => `“${c!.name}”`);
  if (files.length === 0) return null;
  return `链接只带设置，不带你上传的文件${files.join('、')}：学生打开链接看到的是课程自带的数据。要让学生分析同样的数据，请把文件另外发给他们。`;
}
