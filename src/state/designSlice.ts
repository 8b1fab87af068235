import type { StateCreator } from 'zustand';
import type { DesignDoc } from '../engine';
import { defaultDesign, requestedDesign } from './initialDesign';

export interface DesignSlice {
  design: DesignDoc;
  setDesign(design: DesignDoc): void;
}

export const createDesignSlice: StateCreator<DesignSlice, [], [], DesignSlice> = (set) => ({
  design: requestedDesign() ?? defaultDesign(),
  setDesign: (design) => set({ design }),
});
