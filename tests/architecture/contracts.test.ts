import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { citedSections, contractSections, rewriteCitations, scan } from '../../scripts/codemods/spec-citations.mjs';

// The contracts the code relies on live in the repository (docs/contracts.md); code, tests and READMEs cite its
// sections, never a document that is not in the repository.
const root = fileURLToPath(new URL('../..', import.meta.url));

describe('citations of the contracts', () => {
  it('nothing cites the external SPEC any more, and every cited section of docs/contracts.md exists', () => {
    const { changes, missing } = scan(root);
    expect(changes.map((c) => c.file)).toEqual([]);
    expect(missing).toEqual([]);
  });

  it('the rewrite keeps the section numbers and is a no-op the second time', () => {
    const spec = 'SPEC'; // written apart, so that the rewrite leaves this test's input alone
    const once = rewriteCitations(`/** Source: ${spec} §5 (RFM scores); see ${spec} §4–§5. */ it("in ${spec} order")`);
    expect(once).toBe('/** Source: docs/contracts.md §5 (RFM scores); see docs/contracts.md §4–§5. */ it("in the order of docs/contracts.md §5")');
    expect(rewriteCitations(once)).toBe(once);
    expect([...citedSections(once)].sort()).toEqual([4, 5]);
    expect(contractSections('## 1. Commands\n## 5. Definitions\n### 5.1 not a section')).toEqual(new Set([1, 5]));
  });
});
