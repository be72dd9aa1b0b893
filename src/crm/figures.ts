// For other widgets (a lab worksheet's “fill from the practice CRM”): the CRM's figures read from this browser's
// database, without creating it or seeding a workspace when the learner has never opened the CRM.
import { crmFigures, type CrmFigures } from '../engine/crm/figures';
import { CRM_DATABASE_NAME, CrmDatabase } from './database';
import { loadWorkspace } from './repository';

/** The practice CRM's figures now, or null when this browser has no CRM database (or it cannot be read). */
export async function readCrmFigures(now: number = Date.now(), name = CRM_DATABASE_NAME): Promise<CrmFigures | null> {
  try {
    if (!(await CrmDatabase.exists(name))) return null;
    const db = new CrmDatabase(name);
    try {
      return crmFigures(await loadWorkspace(db), now);
    } finally {
      db.close();
    }
  } catch {
    return null;
  }
}
