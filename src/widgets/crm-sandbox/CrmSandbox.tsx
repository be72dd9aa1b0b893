import { useEffect, useState } from 'preact/hooks';
import type { ComponentType } from 'preact';
import { WidgetFrame } from '../shared/WidgetFrame';
import './crm-sandbox.css';

/**
 * The island of /crm/: a small shell that loads the CRM (Dexie and the views) only once it hydrates, so the page's
 * JavaScript before interaction stays small.
 */
export default function CrmSandbox() {
  const [App, setApp] = useState<ComponentType | null>(null);
  const [failed, setFailed] = useState('');
  useEffect(() => {
    import('./CrmApp').then((m) => setApp(() => m.CrmApp)).catch(() => setFailed('练习版 CRM 的程序没有加载成功，请检查网络后刷新页面（看过一次之后离线也能用）。'));
  }, []);
  return (
    <WidgetFrame name="crm-sandbox" title="客户管理系统（练习版）">
      {App ? <App /> : failed ? <p role="alert" class="crm-error">{failed}</p> : <p class="crm-loading" role="status">正在打开客户数据库……</p>}
    </WidgetFrame>
  );
}
