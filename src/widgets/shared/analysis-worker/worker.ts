// The one analysis worker of every dataset widget: it reads datasets (ingest, streaming, with progress) and runs
// the analysis of the widget that started it, named by the Worker's `name` (see spawn.ts). The widget's handlers
// load on its first call, while the dataset is already being read.
import { EngineError } from '../../../engine/core/errors';
import { serveInWorker } from '../dataset-picker/serve';
import { isAnalysisName, loadAnalysis } from './analyses';

const name = (self as unknown as { name: string }).name;

serveInWorker(() => {
  if (!isAnalysisName(name)) return Promise.reject(new EngineError('unknown-analysis', `分析程序不认识这个工具：${name}`));
  return loadAnalysis(name);
});
