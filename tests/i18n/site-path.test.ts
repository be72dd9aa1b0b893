// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { asFilePath, inPackage, sitePath, underRoot } from '~/i18n/site-path';
import { localHref } from '~/i18n/locale';

afterEach(() => {
  history.replaceState(null, '', '/');
  delete document.documentElement.dataset.siteRoot;
  document.documentElement.lang = 'zh-CN';
});

describe('asFilePath', () => {
  it.each([
    ['/', '/index.html'],
    ['/notebook/', '/notebook/index.html'],
    ['/chapters/x/?teacher=1#rfm', '/chapters/x/index.html?teacher=1#rfm'],
    ['/glossary/#term-a/b', '/glossary/index.html#term-a/b'],
    ['/datasets/retail.csv', '/datasets/retail.csv'],
    ['/search/?q=a/', '/search/index.html?q=a/'],
  ])('%s → %s', (path, file) => {
    expect(asFilePath(path)).toBe(file);
  });
});

describe('underRoot', () => {
  it('puts a root path under a relative or an absolute root', () => {
    expect(underRoot('/chapters/x/#h', '../../')).toBe('../../chapters/x/index.html#h');
    expect(underRoot('/_astro/a.js', './')).toBe('./_astro/a.js');
    expect(underRoot('/', '/pluginfile.php/12/mod_scorm/content/3/')).toBe('/pluginfile.php/12/mod_scorm/content/3/index.html');
  });
});

describe('sitePath', () => {
  it('leaves a path alone on the site itself', () => {
    expect(inPackage()).toBe(false);
    expect(sitePath('/datasets/manifest.json')).toBe('/datasets/manifest.json');
    expect(localHref('/notebook/')).toBe('/notebook/');
  });

  it('in a package, resolves against the root the page declares and names the page file', () => {
    history.replaceState(null, '', '/pluginfile.php/12/mod_scorm/content/3/chapters/06-customer-tiering/index.html');
    document.documentElement.dataset.siteRoot = '../../';
    expect(inPackage()).toBe(true);
    expect(sitePath('/datasets/manifest.json')).toBe('/pluginfile.php/12/mod_scorm/content/3/datasets/manifest.json');
    expect(sitePath('/chapters/01-crm-philosophy/#q1')).toBe('/pluginfile.php/12/mod_scorm/content/3/chapters/01-crm-philosophy/index.html#q1');
    document.documentElement.lang = 'zh-Hant';
    expect(localHref('/notebook/')).toBe('/pluginfile.php/12/mod_scorm/content/3/zh-hant/notebook/index.html');
  });
});
