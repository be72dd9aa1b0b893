// @vitest-environment happy-dom
import { h, options } from 'preact';
import renderToString from 'preact-render-to-string';
import { afterEach, describe, expect, it, vi } from 'vitest';

/** page-conversion.ts afresh (it loads once per page), on a page in `lang`. */
async function onPage(lang: string) {
  vi.resetModules();
  document.documentElement.lang = lang;
  return import('~/i18n/page-conversion');
}

describe('the Traditional conversion, loaded by the page’s script', () => {
  const original = options.vnode;
  afterEach(() => {
    options.vnode = original;
    document.documentElement.lang = '';
  });

  it('on a Simplified page loads nothing: text and markup stay as written', async () => {
    const { loadPageConversion, pageText } = await onPage('zh-CN');
    const convert = await loadPageConversion();
    expect(convert('客户类型')).toBe('客户类型');
    expect(pageText('客户类型')).toBe('客户类型');
    expect(options.vnode).toBe(original);
    expect(renderToString(h('p', null, '客户类型'))).toBe('<p>客户类型</p>');
  });

  it('on a Traditional page converts run-time text and every element created after it has loaded', async () => {
    const { loadPageConversion, pageText } = await onPage('zh-Hant');
    // Before it has loaded (islands wait for it: preact-client.ts), text is as written.
    expect(pageText('客户类型')).toBe('客户类型');
    const convert = await loadPageConversion();
    expect(convert('客户类型')).toBe('客戶類型');
    expect(pageText('营销渠道')).toBe('行銷通路');
    expect(renderToString(h('p', { 'aria-label': '学习笔记' }, '客户类型'))).toBe('<p aria-label="學習筆記">客戶類型</p>');
  });

  it('installs the element hook once however often it is asked', async () => {
    const { loadPageConversion } = await onPage('zh-Hant');
    const [a, b] = await Promise.all([loadPageConversion(), loadPageConversion()]);
    const hook = options.vnode;
    await loadPageConversion();
    expect(a).toBe(b);
    expect(options.vnode).toBe(hook);
  });
});
