import type { Slice, ToastSlice } from './types';

let nextToastId = 1;

export const createToastSlice: Slice<ToastSlice> = (set, get) => ({
  toasts: [],
  pushToast: ({ sticky, ...toast }) => {
    const id = nextToastId++;
    const timeoutMs = sticky ? 0 : (toast.timeoutMs ?? (toast.action ? 12_000 : 6_000));
    set((state) => {
      // At most three passing notices; one that stays is never pushed out by them.
      const passing = state.toasts.filter((t) => t.timeoutMs > 0);
      const drop = new Set(passing.slice(0, Math.max(0, passing.length - 2)).map((t) => t.id));
      return {
        toasts: [...state.toasts.filter((t) => !drop.has(t.id)), { ...toast, id, timeoutMs }],
      };
    });
    if (timeoutMs > 0) setTimeout(() => get().dismissToast(id), timeoutMs);
    return id;
  },
  dismissToast: (id) => set((state) => ({ toasts: state.toasts.filter((t) => t.id !== id) })),
});
