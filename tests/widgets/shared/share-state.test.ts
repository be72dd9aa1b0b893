import { describe, expect, it } from 'vitest';
import { readSharedState } from '~/widgets/shared/share-state';

describe('readSharedState', () => {
  it('keeps the widget’s keys, drops the others', () => {
    expect({ ...readSharedState('rfm', '?rfm.bins=4&abc.a=0.7&rfm.dataset=retail') }).toEqual({ bins: '4', dataset: 'retail' });
  });

  it('takes keys such as __proto__ and constructor from a link as plain keys, and reads nothing from Object.prototype', () => {
    const state = readSharedState('rfm', '?rfm.__proto__=x&rfm.constructor=y');
    expect(Object.keys(state)).toEqual(['__proto__', 'constructor']);
    expect(state['__proto__']).toBe('x');
    expect(state.constructor).toBe('y');
    const empty = readSharedState('rfm', '?other=1');
    expect(empty.toString).toBeUndefined();
    expect(empty.constructor).toBeUndefined();
  });
});
