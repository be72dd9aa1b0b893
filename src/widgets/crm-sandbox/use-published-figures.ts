import { useEffect } from 'preact/hooks';
import { crmFigures } from '../../engine/crm/figures';
import { WORKSPACES } from '../../engine/crm/workspaces';
import { publishCrmSummary } from '../shared/result-publishers';
import type { CrmState } from './use-crm';

/**
 * Keeps the figures a lab worksheet fills “从练习版 CRM” up to date: after each change to the database, once the page
 * is free (counting duplicates over 10,000 customers is not for the moment a click is answered).
 */
export function usePublishedFigures(state: CrmState): void {
  const data = state.status === 'ready' ? state.data : null;
  useEffect(() => {
    if (!data) return;
    const timer = setTimeout(() => publishCrmSummary(data.workspace ? WORKSPACES[data.workspace].company : '自定义工作区', crmFigures(data, Date.now())));
    return () => clearTimeout(timer);
  }, [data]);
}
