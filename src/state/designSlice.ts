import type { StateCreator } from 'zustand';
import type { DesignDoc } from '../engine';
import { TEMPLATES } from '../templates';

export interface DesignSlice {
  design: DesignDoc;
  setDesign(design: DesignDoc): void;
}

export const createDesignSlice: StateCreator<DesignSlice, [], [], DesignSlice> = (set) => ({
  design: TEMPLATES[0]!.design,
  setDesign: (design) => set({ design }),
});
