import { DOM_WAIT_TIMEOUT } from './helpers/timeouts';

// Component tests (happy-dom): findBy…/waitFor wait long enough for a busy machine. Node-environment tests skip this.
if (typeof document !== 'undefined') {
  const { configure } = await import('@testing-library/preact');
  configure({ asyncUtilTimeout: DOM_WAIT_TIMEOUT });
}
