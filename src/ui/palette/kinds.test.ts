import { describe, expect, it } from 'vitest';
import { NODE_KINDS } from '../../engine';
import { KIND_ICONS } from './kinds';

describe('icons per kind', () => {
  it('every node kind a kit defines has its icon, and no icon waits for a kind no kit defines', () => {
    const kinds = [...NODE_KINDS.keys()];
    expect(Object.keys(KIND_ICONS).sort()).toEqual(['site', ...kinds].sort());
  });
});
