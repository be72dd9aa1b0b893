// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { useDomId } from '~/widgets/shared/use-dom-id';
import { WidgetFrame } from '~/widgets/shared/WidgetFrame';

afterEach(cleanup);

function Choice() {
  const group = useDomId();
  return (
    <fieldset>
      <legend>方式</legend>
      <label><input type="radio" name={group} value="a" />甲</label>
      <label><input type="radio" name={group} value="b" />乙</label>
    </fieldset>
  );
}

/** Two widgets as Astro puts them on a page: each island a render root of its own. */
function twoIslands() {
  const first = render(<WidgetFrame name="abc-analysis" title="ABC 分析"><Choice /></WidgetFrame>);
  const second = render(<WidgetFrame name="rfm-calculator" title="RFM 计算器"><Choice /></WidgetFrame>);
  return [first.container, second.container] as const;
}

describe('useDomId', () => {
  it('gives two islands on one page different ids and radio group names', () => {
    const [first, second] = twoIslands();
    const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
    expect(ids).toHaveLength(2);
    expect(new Set(ids).size).toBe(2);
    expect(first.querySelector('input')!.name).not.toBe(second.querySelector('input')!.name);
  });

  it("names each widget's region by its own title", () => {
    const [first, second] = twoIslands();
    const name = (island: Element) => document.getElementById(island.querySelector('section')!.getAttribute('aria-labelledby')!)!.textContent;
    expect(name(first)).toBe('ABC 分析');
    expect(name(second)).toBe('RFM 计算器');
  });

  it('takes the scope of a component that renders the frame itself', () => {
    function Scoped() {
      return <span id={useDomId('customer-sorter')} />;
    }
    const { container } = render(<Scoped />);
    expect(container.querySelector('span')!.id).toMatch(/^customer-sorter-/);
  });
});
