import type { StateCreator } from 'zustand';
import type { AppInfo } from '../../../shared/contract';

export type Route =
  | { name: 'loading' }
  | { name: 'library' }
  | { name: 'board' }
  | { name: 'trends' }
  /** `section`: the part to bring into view once open (the board's link to an action's causes). */
  | { name: 'editor'; id: string; section?: string }
  | { name: 'meeting'; id: string }
  | { name: 'present'; id: string }
  /** A follow-up review (facilitator) and its shared screen. */
  | { name: 'review'; id: string }
  | { name: 'review-present'; id: string }
  | { name: 'damaged'; info: AppInfo };

export interface RouteSlice {
  route: Route;
  navigate: (route: Route) => void;
}

export interface Toast {
  id: number;
  message: string;
  action?: { label: string; run: () => void };
  /** Milliseconds before the toast leaves by itself; 0 for a notice that stays until dismissed. */
  timeoutMs: number;
}

export interface ToastSlice {
  toasts: Toast[];
  /** `sticky`: it holds something the user would lose otherwise (their replaced text). */
  pushToast: (
    toast: Omit<Toast, 'id' | 'timeoutMs'> & { timeoutMs?: number; sticky?: boolean },
  ) => number;
  dismissToast: (id: number) => void;
}

/** Client state only; the documents themselves are server state (renderer/src/data). */
export type AppState = RouteSlice & ToastSlice;

export type Slice<T> = StateCreator<AppState, [], [], T>;
