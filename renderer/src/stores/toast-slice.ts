import type { Slice, ToastSlice } from './types';

let nextToastId = 1;

export const createToastSlice: Slice<ToastSlice> = (set, get) => ({
  toasts: [],
  pushToast: (toast) => {
    const id = nextToastId++;
    const timeoutMs = toast.timeoutMs ?? (toast.action ? 12_000 : 6_000);
    set((state) => ({ toasts: [...state.toasts.slice(-2), { ...toast, id, timeoutMs }] }));
    setTimeout(() => get().dismissToast(id), timeoutMs);
    return id;
  },
  dismissToast: (id) => set((state) => ({ toasts: state.toasts.filter((t) => t.id !== id) })),
});
