import { describe, expect, it, vi } from 'vitest';
import type { RegisterSWOptions } from 'vite-plugin-pwa/types';
import { registerOffline } from './registerOffline';
import { useAppStore } from '../../state/store';

describe('offline registration', () => {
  it('says "works offline" once cached, and offers an update that reloads only when the user asks', () => {
    let options: RegisterSWOptions = {};
    const updateSW = vi.fn(async () => {});
    registerOffline((o) => {
      options = o ?? {};
      return updateSW;
    }, true);
    expect(useAppStore.getState()).toMatchObject({ offlineReady: false, offlineUpdate: null });
    options.onOfflineReady?.();
    expect(useAppStore.getState().offlineReady).toBe(true);
    options.onNeedRefresh?.();
    expect(updateSW).not.toHaveBeenCalled();
    useAppStore.getState().offlineUpdate!();
    expect(updateSW).toHaveBeenCalledWith(true);
  });

  it('registers nothing where it cannot run (the dev server, no service workers)', () => {
    const register = vi.fn();
    registerOffline(register, false);
    expect(register).not.toHaveBeenCalled();
  });
});
