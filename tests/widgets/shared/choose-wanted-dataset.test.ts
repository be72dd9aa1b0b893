import { describe, expect, it } from 'vitest';
import type { DatasetChoice } from '~/widgets/shared/dataset-picker/controller';
import type { DatasetEntry } from '~/widgets/shared/dataset-picker/manifest';
import { chooseWantedDataset } from '~/widgets/shared/choose-wanted-dataset';

const EXAMPLE: DatasetChoice = { type: 'example', id: 'example' };
const BUNDLED: DatasetChoice = { type: 'bundled', id: 'online-retail' };

/** A controller that records what was asked, in order; `list` and `choose` fail when told to. */
function fakeController({ listFails = false, chooseFails = (_: DatasetChoice): boolean => false } = {}) {
  const calls: string[] = [];
  return {
    calls,
    listDatasets: async (): Promise<readonly DatasetEntry[]> => {
      calls.push('list');
      if (listFails) throw new Error('offline');
      return [];
    },
    choose: async (choice: DatasetChoice) => {
      calls.push(`choose ${choice.type === 'file' ? choice.name : choice.id}`);
      if (chooseFails(choice)) throw new Error('unreadable');
    },
  };
}

describe('chooseWantedDataset', () => {
  it('opens an example at once, without reading the bundled list', async () => {
    const dataset = fakeController();
    await chooseWantedDataset(dataset, EXAMPLE, BUNDLED);
    expect(dataset.calls).toEqual(['choose example']);
  });

  it('opens a bundled dataset after reading the list', async () => {
    const dataset = fakeController();
    await chooseWantedDataset(dataset, BUNDLED, EXAMPLE);
    expect(dataset.calls).toEqual(['list', 'choose online-retail']);
  });

  it('falls back when the list cannot be read', async () => {
    const dataset = fakeController({ listFails: true });
    await chooseWantedDataset(dataset, BUNDLED, EXAMPLE);
    expect(dataset.calls).toEqual(['list', 'choose example']);
  });

  it('falls back when the bundled dataset cannot be opened', async () => {
    const dataset = fakeController({ chooseFails: (choice) => choice.type === 'bundled' });
    await chooseWantedDataset(dataset, BUNDLED, EXAMPLE);
    expect(dataset.calls).toEqual(['list', 'choose online-retail', 'choose example']);
  });
});
