import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { options } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { hantPage, isPagePath, localizeTag, toHant } from '~/i18n/hant-html';
import { toHantRuntime } from '~/i18n/hant-runtime';
import { installPreactConversion } from '~/i18n/preact-hant';
import { twinPath } from '~/i18n/locale';

describe('build-time conversion', () => {
  it('uses Taiwan phrasing', () => {
    expect(toHant('软件、网络和信息')).toBe('軟體、網路和資訊');
  });

  it.each([
    ['/glossary/', true],
    ['/chapters/06-customer-tiering/#第二节', true],
    ['/', true],
    ['/datasets/retail-transactions.csv', false],
    ['/_astro/app.js', false],
    ['/pagefind/pagefind.js', false],
    ['/zh-hant/glossary/', false],
    ['//example.com/x/', false],
    ['https://example.com/', false],
    ['#main', false],
  ])('isPagePath(%s) is %s', (url, expected) => {
    expect(isPagePath(url)).toBe(expected);
  });

  it('points page links at the Traditional twin but leaves files and language links alone', () => {
    expect(localizeTag('<a href="/notebook/" class="x">')).toBe('<a href="/zh-hant/notebook/" class="x">');
    expect(localizeTag('<form action="/search/" method="get">')).toBe('<form action="/zh-hant/search/" method="get">');
    expect(localizeTag('<a href="/datasets/a.csv" download>')).toBe('<a href="/datasets/a.csv" download>');
    expect(localizeTag('<a href="/chapters/x/" hreflang="zh-CN">')).toBe('<a href="/chapters/x/" hreflang="zh-CN">');
  });

  it('converts a page but keeps elements marked translate="no" as written', () => {
    const html = '<!DOCTYPE html><p>客户数据</p><code translate="no">会员号</code><a href="/glossary/">术语</a>';
    expect(hantPage(html)).toBe('<!DOCTYPE html><p>客戶資料</p><code translate="no">会员号</code><a href="/zh-hant/glossary/">術語</a>');
  });

  it('maps paths between the scripts both ways', () => {
    expect(twinPath('/chapters/x/')).toBe('/zh-hant/chapters/x/');
    expect(twinPath('/zh-hant/chapters/x/')).toBe('/chapters/x/');
    expect(twinPath('/')).toBe('/zh-hant/');
    expect(twinPath('/zh-hant/')).toBe('/');
  });
});

describe('run-time conversion', () => {
  it.each(['已自动保存', '导出 JSON 备份', '打开学习笔记:查看全部章节的回答,导出或打印 →', '确认导入'])(
    'agrees with OpenCC on the widgets’ own text: %s',
    (text) => {
      expect(toHantRuntime(text)).toBe(toHant(text));
    },
  );

  it('leaves text without Chinese alone', () => {
    expect(toHantRuntime('RFM 555, 12.5%')).toBe('RFM 555, 12.5%');
  });
});

describe('Preact conversion hook', () => {
  const original = options.vnode;
  afterEach(() => {
    options.vnode = original;
  });

  it('converts text and accessible names but never the learner’s own words', () => {
    installPreactConversion(toHant);
    const html = renderToString(
      h('div', { 'aria-label': '学习笔记' }, [
        h('p', null, '已保存 ', 3, ' 条'),
        h('textarea', { value: '我的回答' }, '我的回答'),
        h('p', { translate: 'no' }, '会员号'),
      ]),
    );
    expect(html).toBe('<div aria-label="學習筆記"><p>已儲存 3 條</p><textarea>我的回答</textarea><p translate="no">会员号</p></div>');
  });
});

describe('run-time conversion over every widget string', () => {
  it('agrees with the build-time conversion on every Chinese run in src/widgets and src/engine', async () => {
    const { readdirSync, readFileSync, statSync } = await import('node:fs');
    const { join } = await import('node:path');
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.tsx?$/.test(name)) files.push(path);
      }
    };
    walk('src/widgets');
    walk('src/engine');
    const runs = new Set(files.flatMap((f) => readFileSync(f, 'utf8').match(/[\u3400-\u9fff]+/g) ?? []));
    const disagreements = [...runs].filter((run) => toHantRuntime(run) !== toHant(run));
    expect(runs.size).toBeGreaterThan(20);
    expect(disagreements).toEqual([]);
  });
});
