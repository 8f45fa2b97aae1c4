import type { RouteSlice, Slice } from './types';

export const createRouteSlice: Slice<RouteSlice> = (set) => ({
  route: { name: 'loading' },
  navigate: (route) => set({ route }),
});
