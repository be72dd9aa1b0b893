import { useStore } from '@nanostores/preact';

import { PROFILE_SCENARIOS } from '../../engine/information/customer-profile';
import { useDomId } from '../shared/use-dom-id';
import type { ProfileState } from './state';

const KIND = { person: '个人客户', company: '企业客户' } as const;

/** The scenario cards as a radio group (one Tab stop, arrow keys choose), and the chosen card's story and purposes. */
export function ScenarioPicker({ state, onUse }: { state: ProfileState; onUse: () => void }) {
  const scenario = useStore(state.$scenario);
  const id = useDomId();
  return (
    <>
      <fieldset class="profile-scenarios">
        <legend>选择情境：为谁设计档案表？</legend>
        <div class="profile-cards">
          {PROFILE_SCENARIOS.map((s) => (
            <label class={`profile-card${s.id === scenario.id ? ' chosen' : ''}`} key={s.id}>
              <input type="radio" name={`${id}-scenario`} value={s.id} checked={s.id === scenario.id} onChange={() => {
                onUse();
                state.chooseScenario(s.id);
              }} />
              <span class="profile-card-title">{s.title}</span>
              <span class="profile-card-kind">{KIND[s.kind]}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <section class="profile-story" aria-labelledby="profile-story-title">
        <h4 id="profile-story-title">{scenario.title}（{KIND[scenario.kind]}）</h4>
        <p>{scenario.story}</p>
        <p class="profile-purposes-label">这张表要用来：</p>
        <ul>
          {scenario.purposes.map((p) => <li key={p}>{p}</li>)}
        </ul>
      </section>
    </>
  );
}
