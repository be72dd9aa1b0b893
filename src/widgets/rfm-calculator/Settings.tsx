import { useStore } from '@nanostores/preact';

import { useDomId } from '../shared/use-dom-id';
import type { RfmState } from './state';

interface Props {
  state: RfmState;
  onUse: () => void;
}

/** 统计截止日, 分档数, segment model and scoring method: every change recomputes at once. */
export function Settings({ state, onUse }: Props) {
  const settings = useStore(state.$settings);
  const view = useStore(state.$view);
  const id = useDomId();
  const shown = settings.asOf ?? (view?.ok ? view.value.asOf : '');
  const defaultAsOf = view?.ok ? view.value.defaultAsOf : null;
  const change = (fn: () => void) => {
    onUse();
    fn();
  };

  return (
    <fieldset class="rfm-settings">
      <legend>设置（改动后立即重新计算）</legend>
      <div class="rfm-setting">
        <label for={`${id}-asof`}>统计截止日</label>
        <div class="rfm-inline">
          <input
            id={`${id}-asof`}
            type="date"
            value={shown}
            onChange={(e) => {
              const value = e.currentTarget.value;
              if (/^\d{4}-\d{2}-\d{2}$/.test(value)) change(() => state.setSettings({ asOf: value }));
            }}
          />
          <button type="button" class="btn" onClick={() => change(() => state.shiftAsOf(30))}>推后 30 天</button>
          <button type="button" class="btn" disabled={settings.asOf === null} onClick={() => change(() => state.setSettings({ asOf: null }))}>
            恢复默认
          </button>
        </div>
        <small>{defaultAsOf ? `默认：数据最后一天的次日 ${defaultAsOf}` : '默认：数据最后一天的次日'}</small>
      </div>
      <div class="rfm-setting">
        <label for={`${id}-bins`}>
          分档数：<output for={`${id}-bins`}>{settings.bins}</output> 档
        </label>
        <input
          id={`${id}-bins`}
          type="range"
          min={2}
          max={9}
          step={1}
          value={settings.bins}
          aria-valuetext={`${settings.bins} 档`}
          onInput={(e) => change(() => state.setSettings({ bins: Number(e.currentTarget.value) }))}
        />
        <small>常用 5 档；每项得分从 1 到 {settings.bins} 分</small>
      </div>
      <fieldset class="rfm-setting rfm-radios">
        <legend>客户分类</legend>
        <label>
          <input type="radio" name={`${id}-model`} checked={settings.model === 'cn8'} onChange={() => change(() => state.setSettings({ model: 'cn8' }))} />
          八类客户（课本）
        </label>
        <label>
          <input type="radio" name={`${id}-model`} checked={settings.model === 'rfm10'} onChange={() => change(() => state.setSettings({ model: 'rfm10' }))} />
          十类（R 包 rfm）
        </label>
      </fieldset>
      <fieldset class="rfm-setting rfm-radios">
        <legend>打分方法</legend>
        <label>
          <input type="radio" name={`${id}-method`} checked={settings.method === 'rank'} onChange={() => change(() => state.setSettings({ method: 'rank' }))} />
          按名次（课本）
        </label>
        <label>
          <input type="radio" name={`${id}-method`} checked={settings.method === 'breaks'} onChange={() => change(() => state.setSettings({ method: 'breaks' }))} />
          按分位点（R 包）
        </label>
      </fieldset>
    </fieldset>
  );
}
