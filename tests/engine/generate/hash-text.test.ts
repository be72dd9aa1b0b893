import { describe, expect, it } from 'vitest';
import { hashText } from '~/engine/generate/hash-text';

describe('hashText (FNV-1a, 32 bits)', () => {
  // '', 'a', 'foobar': the published FNV-1a test vectors (draft-eastlake-fnv, Appendix C);
  // the others checked with a 6-line Python FNV-1a over the UTF-8 bytes.
  it.each([
    ['', 0x811c9dc5],
    ['a', 0xe40c292c],
    ['foobar', 0xbf9cf968],
    ['2023123456', 2068112507],
    ['学号', 1794775920],
  ])('hashText(%j) = %d', (text, expected) => {
    expect(hashText(text)).toBe(expected);
  });
});
