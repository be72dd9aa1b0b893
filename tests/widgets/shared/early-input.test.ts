// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { EARLY_INPUT, isEarlyInput, keepEarlyInput } from '~/widgets/shared/early-input';

keepEarlyInput(document, EARLY_INPUT);

/** An island as Astro writes it before hydration, with a textarea, a text field, a radio pair and a select. */
function island(): HTMLElement {
  document.body.innerHTML = `
    <astro-island ssr>
      <textarea id="t"></textarea>
      <input id="i" type="text" value="">
      <input id="r1" type="radio" name="m" checked><input id="r2" type="radio" name="m">
      <select id="s"><option value="a">a</option><option value="b">b</option></select>
    </astro-island>`;
  return document.querySelector('astro-island')!;
}

const field = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/** What Preact's hydration and first render do: write the component's values, then Astro reports the island live. */
function hydrate(root: HTMLElement): Event[] {
  field<HTMLTextAreaElement>('t').value = '';
  field<HTMLInputElement>('i').value = '';
  field<HTMLInputElement>('r1').checked = true;
  const replayed: Event[] = [];
  for (const type of ['input', 'change']) root.addEventListener(type, (event) => replayed.push(event));
  root.removeAttribute('ssr');
  root.dispatchEvent(new CustomEvent('astro:hydrate'));
  return replayed;
}

describe('keepEarlyInput', () => {
  it('puts back what was typed or chosen before hydration and replays it as marked input and change events', () => {
    const root = island();
    field<HTMLTextAreaElement>('t').value = '加载前打的字';
    field('t').dispatchEvent(new Event('input', { bubbles: true }));
    field<HTMLInputElement>('i').value = '2023123456';
    field('i').dispatchEvent(new Event('input', { bubbles: true }));
    field<HTMLInputElement>('r2').checked = true;
    field('r2').dispatchEvent(new Event('change', { bubbles: true }));
    field<HTMLSelectElement>('s').value = 'b';
    field('s').dispatchEvent(new Event('change', { bubbles: true }));

    const replayed = hydrate(root);
    expect(field<HTMLTextAreaElement>('t').value).toBe('加载前打的字');
    expect(field<HTMLInputElement>('i').value).toBe('2023123456');
    expect(field<HTMLInputElement>('r2').checked).toBe(true);
    expect(field<HTMLSelectElement>('s').value).toBe('b');
    expect(replayed.every(isEarlyInput)).toBe(true);
    expect(replayed.map((e) => `${(e.target as HTMLElement).id}:${e.type}`).sort()).toEqual(
      ['i:change', 'i:input', 'r2:change', 'r2:input', 's:change', 's:input', 't:change', 't:input'],
    );
  });

  it('leaves a hydrated island and untouched fields alone, and replays once', () => {
    const root = island();
    expect(hydrate(root)).toEqual([]);
    field<HTMLTextAreaElement>('t').value = '水合之后打的字';
    field('t').dispatchEvent(new Event('input', { bubbles: true }));
    expect(hydrate(root)).toEqual([]);
  });

  it('a real input event is not an early one', () => {
    expect(isEarlyInput(new Event('input'))).toBe(false);
    expect(isEarlyInput(new CustomEvent('input', { detail: EARLY_INPUT }))).toBe(true);
  });
});
