import { useStore } from '@nanostores/preact';

import { $identity, IDENTITY_FIELDS, setIdentityField } from '../../stores/identity';
import { useDomId } from '../shared/use-dom-id';

/** 姓名, 学号 and 班级 for the head of what the learner hands in (saved as they type, like the answers). */
export function IdentityFields() {
  const identity = useStore($identity);
  const id = useDomId();
  return (
    <fieldset class="nb-identity no-print">
      <legend>交作业时写在开头的信息</legend>
      <div class="nb-identity-fields">
        {IDENTITY_FIELDS.map(({ field, label }) => (
          <div class="field" key={field}>
            <label for={`${id}-${field}`}>{label}</label>
            <input
              id={`${id}-${field}`}
              type="text"
              value={identity[field]}
              autocomplete={field === 'name' ? 'name' : 'off'}
              onInput={(e) => setIdentityField(field, e.currentTarget.value)}
            />
          </div>
        ))}
      </div>
      <p class="hint">只保存在这台设备的浏览器里，写进导出的 Markdown 和打印页的开头，也随 JSON 备份一起导出。</p>
    </fieldset>
  );
}
