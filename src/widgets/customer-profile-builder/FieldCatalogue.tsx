import { useStore } from '@nanostores/preact';

import { PROFILE_CATEGORIES, PROFILE_FIELDS } from '../../engine/information/customer-profile';
import { useDomId } from '../shared/use-dom-id';
import type { ProfileState } from './state';

/** The field catalogue for the card's kind of customer, one group of checkboxes per category. */
export function FieldCatalogue({ state, onUse }: { state: ProfileState; onUse: () => void }) {
  const scenario = useStore(state.$scenario);
  const fields = useStore(state.$fields);
  const chosen = new Set(fields.map((f) => f.id));
  const id = useDomId();
  return (
    <section class="profile-catalogue" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>字段库（勾选要放进档案表的字段）</h4>
      {PROFILE_CATEGORIES.map((category) => {
        const list = PROFILE_FIELDS.filter((f) => f.category === category.key && f.kinds.includes(scenario.kind));
        if (list.length === 0) return null;
        return (
          <fieldset class="profile-category" key={category.key}>
            <legend>
              {category.name}
              <small>（{category.hint}）</small>
            </legend>
            {list.map((f) => (
              <label class="profile-option" key={f.id}>
                <input type="checkbox" checked={chosen.has(f.id)} aria-describedby={`${id}-${f.id}-hint`} onChange={(e) => {
                  onUse();
                  state.toggleField(f.id, e.currentTarget.checked);
                }} />
                <span>
                  {f.name}
                  <small id={`${id}-${f.id}-hint`}>{f.hint}</small>
                </span>
              </label>
            ))}
          </fieldset>
        );
      })}
    </section>
  );
}
