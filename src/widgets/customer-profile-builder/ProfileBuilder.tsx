import { useStore } from '@nanostores/preact';
import { useEffect, useMemo } from 'preact/hooks';
import { WidgetFrame } from '../shared/WidgetFrame';
import { ShareLink } from '../shared/ShareLink';
import { ModelNotes } from '../shared/ModelNotes';
import { readSharedState, sharedStateUrl } from '../shared/share-state';
import { useFirstUse } from '../shared/progress';
import { useMounted } from '../shared/use-mounted';
import { createProfileState, fromShared, toShared } from './state';
import { ScenarioPicker } from './ScenarioPicker';
import { FieldCatalogue } from './FieldCatalogue';
import { SheetEditor } from './SheetEditor';
import { Feedback } from './Feedback';
import './customer-profile-builder.css';

export const WIDGET = 'customer-profile-builder';

/**
 * 设计客户档案信息表: pick a scenario card, choose fields from a catalogue grouped by category, mark each
 * required or optional and say what it is for; the engine checks the design against the scenario's rubric
 * (must-have fields, minimum necessary, sensitive personal information) once the learner asks; the sheet
 * exports as Markdown or CSV; the draft stays in the browser.
 */
export default function ProfileBuilder() {
  const state = useMemo(() => createProfileState(), []);
  const mounted = useMounted();
  const onUse = useFirstUse(WIDGET);

  useEffect(() => {
    if (mounted) state.start(fromShared(readSharedState('profile')));
  }, [mounted]);

  return (
    <WidgetFrame name={WIDGET} title="设计客户档案信息表" tools={<ShareLink makeUrl={() => sharedStateUrl('profile', toShared(state.$scenario.get().id, state.$fields.get()), WIDGET)} />}>
      <div id={WIDGET} class="profile">
        {!mounted ? <p class="widget-loading">正在准备客户档案设计器…</p> : <Builder state={state} onUse={onUse} />}
      </div>
      <ModelNotes load={() => import('./MODEL.md?raw')} />
    </WidgetFrame>
  );
}

function Builder({ state, onUse }: { state: ReturnType<typeof createProfileState>; onUse: () => void }) {
  const pending = useStore(state.$pendingShared);
  return (
    <>
      <ScenarioPicker state={state} onUse={onUse} />
      {pending && (
        <div class="profile-notice" role="status">
          <p>链接里带有一份设计（{pending.length} 个字段）。你在这个情境已经有草稿，要用链接中的设计替换草稿吗？</p>
          <div class="tool-row">
            <button type="button" class="btn primary" onClick={() => state.acceptShared()}>用链接中的设计替换</button>
            <button type="button" class="btn" onClick={() => state.dismissShared()}>保留我的草稿</button>
          </div>
        </div>
      )}
      <div class="profile-work">
        <FieldCatalogue state={state} onUse={onUse} />
        <SheetEditor state={state} onUse={onUse} />
      </div>
      <Feedback state={state} onUse={onUse} />
    </>
  );
}
