import { describe, expect, it } from 'vitest';
import { tabAfterKey } from './tabKeys';

describe('tab lists: the ARIA tabs keys', () => {
  const tabs = ['a', 'b', 'c'] as const;
  it('arrows wrap around, Home and End go to the ends, other keys do nothing', () => {
    expect(tabAfterKey(tabs, 'c', 'ArrowRight')).toBe('a');
    expect(tabAfterKey(tabs, 'a', 'ArrowLeft')).toBe('c');
    expect(tabAfterKey(tabs, 'b', 'ArrowRight')).toBe('c');
    expect(tabAfterKey(tabs, 'b', 'Home')).toBe('a');
    expect(tabAfterKey(tabs, 'a', 'End')).toBe('c');
    expect(tabAfterKey(tabs, 'a', 'Enter')).toBeUndefined();
  });
});
