/**
 * A widget's state in the page URL, so an instructor can prepare a case and post the link:
 * `/chapters/06-customer-tiering/?rfm.dataset=retail&rfm.bins=4#rfm-calculator`.
 * Keys are prefixed with the widget's short name; values are plain strings the widget validates itself.
 */
export function readSharedState(prefix: string, search: string = typeof location === 'undefined' ? '' : location.search): Record<string, string> {
  // Keys come from the link: a null-prototype object, so `?rfm.__proto__=…` or `rfm.constructor` are plain keys.
  const state = Object.create(null) as Record<string, string>;
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
