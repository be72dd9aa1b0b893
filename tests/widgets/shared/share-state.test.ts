import { describe, expect, it } from 'vitest';
import { readSharedState } from '~/widgets/shared/share-state';

describe('readSharedState', () => {
  it('reads the keys under the widget’s prefix', () => {
    expect({ ...readSharedState('rfm', '?rfm.bins=4&rfm.dataset=retail&abc.a=0.7') }).toEqual({ bins: '4', dataset: 'retail' });
  });

  it('keeps a link’s keys in a null-prototype map: __proto__ and constructor are plain keys, a missing key is undefined', () => {
    const state = readSharedState('rfm', '?rfm.__proto__=x&rfm.constructor=y');
    expect(Object.getPrototypeOf(state)).toBeNull();
    expect(Object.keys(state).sort()).toEqual(['__proto__', 'constructor']);
    expect(state.constructor).toBe('y');
    expect(readSharedState('rfm', '?rfm.bins=4').toString).toBeUndefined();
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});
