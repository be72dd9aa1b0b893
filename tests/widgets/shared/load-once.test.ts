import { describe, expect, it, vi } from 'vitest';
import { loadOnce } from '~/widgets/shared/load-once';

describe('loadOnce', () => {
  it('runs the load once for every call, the later ones made while it is still loading', async () => {
    const load = vi.fn(async () => 'chunk');
    const get = loadOnce(load);
    expect(await Promise.all([get(), get()])).toEqual(['chunk', 'chunk']);
    expect(await get()).toBe('chunk');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('forgets a failed load, so the next call runs it again', async () => {
    const load = vi.fn(async () => 'chunk').mockRejectedValueOnce(new Error('offline'));
    const get = loadOnce(load);
    await expect(get()).rejects.toThrow('offline');
    expect(await get()).toBe('chunk');
    expect(await get()).toBe('chunk');
    expect(load).toHaveBeenCalledTimes(2);
  });
});
