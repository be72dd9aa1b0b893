import { useEffect, useState } from 'preact/hooks';
import type { ComponentType } from 'preact';
import { WidgetFrame } from '../shared/WidgetFrame';
import './crm-sandbox.css';

/**
 * The island of /crm/. The CRM itself (Dexie and the views, about 60 KB gzipped) loads when the learner first reaches
 * for it: the pointer over the box, a touch, the keyboard focus inside it, the 打开 button, or a lab's task link
 * (`?task=`, the learner already chose to come). Until then the page carries only this shell, within the budget for
 * JavaScript before interaction.
 */
export default function CrmSandbox() {
  const [wanted, setWanted] = useState(false);
  const [App, setApp] = useState<ComponentType | null>(null);
  const [failed, setFailed] = useState('');
  const want = () => setWanted(true);

  useEffect(() => {
    if (new URLSearchParams(location.search).has('task')) want();
  }, []);
  useEffect(() => {
    if (!wanted || App) return;
    import('./CrmApp').then((m) => setApp(() => m.CrmApp)).catch(() => setFailed('练习版 CRM 的程序没有加载成功，请检查网络后刷新页面（看过一次之后离线也能用）。'));
  }, [wanted]);

  return (
    <WidgetFrame name="crm-sandbox" title="客户管理系统（练习版）">
      <div class="crm-shell" onPointerEnter={want} onPointerDown={want} onTouchStart={want} onFocusIn={want}>
        {App ? <App /> : failed ? <p role="alert" class="crm-error">{failed}</p> : (
          <div class="crm-start">
            <p>客户、互动、商机、投诉工单和回访都保存在这台设备的浏览器里，不需要账号，离线也能用。第一次打开时会载入案例企业“鲜邻超市”的练习数据。</p>
            <button type="button" class="btn primary" onClick={want}>打开练习版 CRM</button>
            {wanted && <p role="status" class="crm-loading">正在打开客户数据库……</p>}
          </div>
        )}
      </div>
    </WidgetFrame>
  );
}
