import { describe, expect, it } from 'vitest';
import { pageUnderBase } from '~/i18n/page-paths';

describe('pageUnderBase', () => {
  const page = [
    '<link rel="manifest" href="/manifest.webmanifest">',
    '<link rel="canonical" href="http://localhost:4321/crm-lab/glossary/">',
    '<a href="/chapters/x/?teacher=1#h">',
    "<form action='/search/'>",
    '<img src="/icons/icon-192.png">',
    '<script type="module" src="/crm-lab/_astro/page.js"></script>',
    '<astro-island component-url="/crm-lab/_astro/W.js" props="{&quot;href&quot;:[0,&quot;/x/&quot;]}">',
    '<a href="#main"><a href="//cdn.example/x"><a href="../labs/">',
  ].join('');

  it('puts every root path under the base, once', () => {
    expect(pageUnderBase(page, '/crm-lab/')).toBe(
      [
        '<link rel="manifest" href="/crm-lab/manifest.webmanifest">',
        '<link rel="canonical" href="http://localhost:4321/crm-lab/glossary/">',
        '<a href="/crm-lab/chapters/x/?teacher=1#h">',
        "<form action='/crm-lab/search/'>",
        '<img src="/crm-lab/icons/icon-192.png">',
        '<script type="module" src="/crm-lab/_astro/page.js"></script>',
        '<astro-island component-url="/crm-lab/_astro/W.js" props="{&quot;href&quot;:[0,&quot;/x/&quot;]}">',
        '<a href="#main"><a href="//cdn.example/x"><a href="../labs/">',
      ].join(''),
    );
  });

  it('leaves a page built for the host root as it is', () => {
    expect(pageUnderBase(page, '/')).toBe(page);
  });
});
