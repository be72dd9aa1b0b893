import { describe, expect, it } from 'vitest';
import { PASS_MARK } from '~/engine/core/pass-mark';
import { chapterPage, scormManifest } from '../../scripts/package-scorm-manifest';
import { packagePage, packageScript, rootFrom } from '../../scripts/package-scorm-pages';
import { chapterSlugs, pageTitle } from '../../scripts/package-scorm';
import { checkScorm12Manifest } from '../helpers/scorm-manifest';

const chapters = [
  { slug: '01-crm-philosophy', title: '第一章 客户关系管理的理念' },
  { slug: '06-customer-tiering', title: '第六章 客户分级 & <RFM>' },
];
const files = ['index.html', 'chapters/01-crm-philosophy/index.html', 'chapters/06-customer-tiering/index.html', '_astro/a.js'];
const manifest = () => scormManifest({ title: 'CRM Lab', chapters, files, masteryScore: PASS_MARK });

describe('imsmanifest.xml', () => {
  it('has what SCORM 1.2 requires: one SCO per chapter, launched at its page, in order, with the pass mark', () => {
    const summary = checkScorm12Manifest(manifest(), (path) => files.includes(path));
    expect(summary.problems).toEqual([]);
    expect(summary.launches).toEqual(['chapters/01-crm-philosophy/index.html', 'chapters/06-customer-tiering/index.html']);
    expect(summary.items).toEqual([
      { title: '第一章 客户关系管理的理念', launchData: '01-crm-philosophy', masteryScore: '60' },
      { title: '第六章 客户分级 & <RFM>', launchData: '06-customer-tiering', masteryScore: '60' },
    ]);
  });

  it('the check finds what a platform would refuse', () => {
    const broken = manifest().replace('<schemaversion>1.2</schemaversion>', '<schemaversion>2004</schemaversion>').replace('default="crm-lab"', 'default="nothing"');
    expect(checkScorm12Manifest(broken, (path) => files.includes(path)).problems).toEqual([
      'metadata/schemaversion is not "1.2"',
      'organizations/@default "nothing" names no organization',
    ]);
    const missing = checkScorm12Manifest(manifest(), (path) => path !== chapterPage('06-customer-tiering'));
    expect(missing.problems).toContain('resource sco-06-customer-tiering launches chapters/06-customer-tiering/index.html, which is not in the package');
    expect(checkScorm12Manifest('<manifest', () => true).problems[0]).toMatch(/^not well-formed/);
  });

  it('has the course’s ten chapters, listed by their pages’ own titles', () => {
    const slugs = chapterSlugs();
    expect(slugs).toHaveLength(10);
    expect(slugs[5]).toBe('06-customer-tiering');
    expect(pageTitle('<head><title>第六章 客户分级 · CRM Lab 客户关系管理互动课堂</title></head>')).toBe('第六章 客户分级');
  });
});

describe('pages and scripts inside the package', () => {
  it('the root is relative to the page file', () => {
    expect(rootFrom('index.html')).toBe('./');
    expect(rootFrom('chapters/x/index.html')).toBe('../../');
    expect(rootFrom('zh-hant/chapters/x/index.html')).toBe('../../../');
  });

  it('names every root path relative to the page, folders by their index.html, and declares the root', () => {
    const html = [
      '<html lang="zh-CN" data-chapter="x"><head><link rel="stylesheet" href="/_astro/a.css"><script type="module" src="/_astro/b.js"></script></head>',
      '<body><a href="/">首页</a><a href="/notebook/#q1">笔记</a><a href="/zh-hant/chapters/x/?teacher=1">繁體</a>',
      '<form action="/search/"></form><astro-island component-url="/_astro/C.js" renderer-url="/_astro/client.js"></astro-island>',
      '<a href="https://example.org/a/">外部</a><a href="//cdn.example/x">x</a><a href="#h">本页</a></body></html>',
    ].join('');
    expect(packagePage(html, 'chapters/x/index.html')).toBe(
      [
        '<html data-site-root="../../" lang="zh-CN" data-chapter="x"><head><link rel="stylesheet" href="../../_astro/a.css"><script type="module" src="../../_astro/b.js"></script></head>',
        '<body><a href="../../index.html">首页</a><a href="../../notebook/index.html#q1">笔记</a><a href="../../zh-hant/chapters/x/index.html?teacher=1">繁體</a>',
        '<form action="../../search/index.html"></form><astro-island component-url="../../_astro/C.js" renderer-url="../../_astro/client.js"></astro-island>',
        '<a href="https://example.org/a/">外部</a><a href="//cdn.example/x">x</a><a href="#h">本页</a></body></html>',
      ].join(''),
    );
  });

  it('finds workers and preloads next to the script, not at the host’s root', () => {
    const worker = 'function f(){return new Worker(new URL("/_astro/worker-CJ.js",import.meta.url),{type:"module"})}';
    expect(packageScript(worker)).toBe('function f(){return new Worker(new URL("./worker-CJ.js",import.meta.url),{type:"module"})}');
    const preload = 'const p="modulepreload",v=function(l){return"/"+l},d={};';
    expect(packageScript(preload)).toBe('const p="modulepreload",v=function(l){return new URL("../"+l,import.meta.url).href},d={};');
    expect(packageScript('fetch("/datasets/a.csv")')).toBe('fetch("/datasets/a.csv")');
  });
});
