// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { asFilePath, BASE, inPackage, sitePath, underRoot, withBase, withoutBase } from '~/i18n/site-path';
import { localHref } from '~/i18n/locale';

afterEach(() => {
  vi.unstubAllEnvs();
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

describe('base path (BASE_PATH)', () => {
  it('is the host root by default', () => {
    expect(BASE).toBe('/');
    expect(withBase('/notebook/')).toBe('/notebook/');
    expect(withoutBase('/zh-hant/notebook/')).toBe('/zh-hant/notebook/');
  });

  it('puts root paths under a base and takes them out again', () => {
    expect(withBase('/', '/crm-lab/')).toBe('/crm-lab/');
    expect(withBase('/datasets/retail.csv', '/crm-lab/')).toBe('/crm-lab/datasets/retail.csv');
    expect(withoutBase('/crm-lab/zh-hant/glossary/', '/crm-lab/')).toBe('/zh-hant/glossary/');
    expect(withoutBase('/crm-lab/', '/crm-lab/')).toBe('/');
    expect(withoutBase('/crm-lab', '/crm-lab/')).toBe('/');
    expect(withoutBase('/crm-labs/x/', '/crm-lab/')).toBe('/crm-labs/x/');
  });

  it('names client paths under the base the build was given, and in a package still under the package root', async () => {
    vi.stubEnv('BASE_URL', '/crm-lab');
    vi.resetModules();
    const built = await import('~/i18n/site-path');
    const locale = await import('~/i18n/locale');
    expect(built.BASE).toBe('/crm-lab/');
    expect(built.sitePath('/datasets/manifest.json')).toBe('/crm-lab/datasets/manifest.json');
    document.documentElement.lang = 'zh-Hant';
    expect(locale.localHref('/notebook/')).toBe('/crm-lab/zh-hant/notebook/');
    document.documentElement.dataset.siteRoot = './';
    expect(built.sitePath('/notebook/')).toBe('/notebook/index.html');
  });
});
