import { create } from 'zustand';
import { createRouteSlice } from './route-slice';
import { createToastSlice } from './toast-slice';
import type { AppState } from './types';

/** One store of typed slices (zustand's slices pattern); select one field per hook call. */
export const useAppStore = create<AppState>()((...args) => ({
  ...createRouteSlice(...args),
  ...createToastSlice(...args),
}));

export type { AppState } from './types';
