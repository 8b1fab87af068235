import { describe, expect, it } from 'vitest';
import { formatSimTime, isoDuration } from './format';

describe('simulated time format', () => {
  it('shows hours, minutes, seconds and optionally milliseconds', () => {
    expect(formatSimTime(0)).toBe('00:00:00');
    expect(formatSimTime(3_723_456, true)).toBe('01:02:03.456');
    expect(isoDuration(35_123)).toBe('PT35.123S');
  });

  it('issue 19 §8: a time that is not a finite number shows as unknown, never NaN', () => {
    for (const bad of [Infinity, -Infinity, NaN]) {
      expect(formatSimTime(bad)).toBe('--:--:--');
      expect(formatSimTime(bad, true)).toBe('--:--:--.---');
      expect(isoDuration(bad)).toBe('PT0.000S');
    }
  });
});
