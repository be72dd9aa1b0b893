/** The `detail` of the events replayed for a field changed before its island hydrated. */
export const EARLY_INPUT = 'crm-lab:early-input';

/** True for an `input`/`change` event replayed by `keepEarlyInput` (the learner typed before the widget was live). */
export function isEarlyInput(event: Event): boolean {
  return (event as CustomEvent).detail === EARLY_INPUT;
}

/**
 * Runs inline in every page's <head>, before any island hydrates. What a learner types (or chooses) in a
 * server-rendered island before it hydrates would be lost: Preact's hydration writes the component's value into
 * each <textarea>, and its next render into every other field, without any handler having seen the change. So each
 * field changed inside a not-yet-hydrated island (`astro-island[ssr]`) is noted, and when that island reports
 * `astro:hydrate` its value is put back and the change replayed as `input` and `change` events whose `detail` is
 * `marker`, for the widget's own handlers to save. Self-contained, since the page inlines its source text.
 */
export function keepEarlyInput(doc: Document, marker: string): void {
  const early = new Map<HTMLInputElement, { value: string; checked: boolean }>();
  const note = (event: Event) => {
    const field = event.target as HTMLInputElement;
    if (event instanceof CustomEvent || !field.closest || !field.closest('astro-island[ssr]')) return;
    early.set(field, { value: field.value, checked: field.checked });
  };
  doc.addEventListener('input', note, true);
  doc.addEventListener('change', note, true);
  doc.addEventListener(
    'astro:hydrate',
    (event) => {
      early.forEach((kept, field) => {
        if (field.closest('astro-island') !== event.target) return;
        early.delete(field);
        if (!field.isConnected) return;
        if (field.type === 'checkbox' || field.type === 'radio') field.checked = kept.checked;
        else if (field.type !== 'file') field.value = kept.value;
        field.dispatchEvent(new CustomEvent('input', { bubbles: true, detail: marker }));
        field.dispatchEvent(new CustomEvent('change', { bubbles: true, detail: marker }));
      });
    },
    true,
  );
}
