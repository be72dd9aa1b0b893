import { isEngineError } from '../../engine/core/errors';
import { crmErrorMessage } from '../../crm/errors';

/** A failure as the learner reads it: an engine error's Chinese (the English in brackets dropped), a database failure's message. */
export function messageOf(error: unknown): string {
  if (isEngineError(error)) return error.message.replace(/\s*\([^()]*[A-Za-z][^()]*\)\s*$/, '').replace(/\s*\([^()]*[A-Za-z][^()]*\)(?=[：:；])/g, '');
  if (error instanceof Error && /[\u4e00-\u9fff]/.test(error.message) && error.name === 'Error') return error.message;
  return crmErrorMessage(error);
}
