import { describe, expect, it } from 'vitest';
import { isUnindexed } from '~/layouts/unindexed-pages';

describe('isUnindexed', () => {
  it.each([
    ['/class/', true],
    ['/zh-hant/class/', true],
    ['/exam/papers/', true],
    ['/zh-hant/exam/practice/', true],
    ['/chapters/06-customer-tiering/slides/', true],
    ['/zh-hant/chapters/06-customer-tiering/slides/', true],
    ['/', false],
    ['/zh-hant/', false],
    ['/chapters/06-customer-tiering/', false],
    ['/labs/', false],
    ['/glossary/', false],
    ['/classic/', false],
  ])('%s → %s', (path, expected) => expect(isUnindexed(path)).toBe(expected));
});
