import type { DatasetChoice, DatasetController } from './dataset-picker/controller';

/**
 * Opens the dataset a widget starts on: an example at once; a bundled dataset after the bundled list is read,
 * falling back to `fallback` (the chapter's example) when the list or the dataset cannot be read.
 */
export async function chooseWantedDataset(
  dataset: Pick<DatasetController, 'choose' | 'listDatasets'>,
  wanted: DatasetChoice,
  fallback: DatasetChoice,
): Promise<void> {
  if (wanted.type === 'example') return dataset.choose(wanted);
  try {
    await dataset.listDatasets();
    await dataset.choose(wanted);
  } catch {
    await dataset.choose(fallback);
  }
}
