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

  it('applies the project’s phrase table before OpenCC', () => {
    expect(toHant('客户类型和回访对象')).toBe('客戶類型和回訪對象');
    expect(toHant('统一社会信用代码、RFM 代码')).toBe('統一社會信用代碼、RFM 代碼');
    expect(toHant('评价项目和实训项目；CRM 项目失败')).toBe('評價項目和實訓項目；CRM 專案失敗');
    expect(toHant('程序公平，小程序点单')).toBe('程序公平，小程式點單');
    expect(toHant('营销渠道、沟通渠道和服务质量')).toBe('行銷通路、溝通管道和服務品質');
    expect(toHant('产品、价格、渠道、促销')).toBe('產品、價格、通路、促銷');
    expect(toHant('周记豆腐坊和一家面馆')).toBe('周記豆腐坊和一家麵館');
  });

  it('keeps official names and every title in 《》 as written, character by character', () => {
    expect(toHant('《个人信息保护法》和个人信息保护法')).toBe('《個人信息保護法》和個人信息保護法');
    expect(toHant('国家企业信用信息公示系统上的信息')).toBe('國家企業信用信息公示系統上的資訊');
    expect(toHant('《关于建立政务服务“好差评”制度提高政务服务水平的意见》')).toBe('《關於建立政務服務「好差評」制度提高政務服務水平的意見》');
  });

  it('writes 「」『』 in text and read-aloud attributes, never in code, data or other attributes', () => {
    expect(toHant('他说：“她问‘为什么’。”')).toBe('他說：「她問『為什麼』。」');
    const page = '<!DOCTYPE html><p title="“好客户”" data-q="“a”">“好客户”</p><code>“x”</code><pre>a,“b”</pre><a href="/glossary/#“t”">“术语”</a><script>var s="“”";</script>';
    expect(hantPage(page)).toBe(
      '<!DOCTYPE html><p title="「好客戶」" data-q="“a”">「好客戶」</p><code>“x”</code><pre>a,“b”</pre><a href="/zh-hant/glossary/#“t”">「術語」</a><script>var s="“”";</script>',
    );
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

  it.each(['客户类型', 'RFM 代码 555', '《个人信息保护法》', '国家企业信用信息公示系统', '“好客户”', '营销渠道和购买渠道', '批量折扣'])(
    'applies the same phrase table as the pages: %s',
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
  it('agrees with the build-time conversion on every Chinese run in src/widgets and src/engine, the widgets’ MODEL.md notes included', async () => {
    const { readdirSync, readFileSync, statSync } = await import('node:fs');
    const { join } = await import('node:path');
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        // A widget's MODEL.md is shown inside it (模型说明), converted at run time: 凑, 寿 and 钮 stayed Simplified.
        else if (/\.tsx?$|\.md$/.test(name)) files.push(path);
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
