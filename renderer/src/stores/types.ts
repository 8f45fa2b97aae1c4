import type { StateCreator } from 'zustand';
import type { AppInfo } from '../../../shared/contract';
import type { PostmortemContent } from '../../../shared/domain';
import type { History } from '../lib/history';
import type { FieldErrors } from '../lib/issues';

export type Route =
  | { name: 'loading' }
  | { name: 'library' }
  | { name: 'editor'; id: string }
  | { name: 'meeting'; id: string }
  | { name: 'present'; id: string }
  | { name: 'damaged'; info: AppInfo };

export interface RouteSlice {
  route: Route;
  navigate: (route: Route) => void;
}

export interface Toast {
  id: number;
  message: string;
  action?: { label: string; run: () => void };
  /** Milliseconds before the toast leaves by itself. */
  timeoutMs: number;
}

export interface ToastSlice {
  toasts: Toast[];
  pushToast: (toast: Omit<Toast, 'id' | 'timeoutMs'> & { timeoutMs?: number }) => number;
  dismissToast: (id: number) => void;
}

export type SaveState =
  { kind: 'saved' } | { kind: 'pending' } | { kind: 'saving' } | { kind: 'failed'; reason: string };

export interface EditorSlice {
  editorId: string | null;
  /** Undo history whose `present` is the document on screen; null until a document is open. */
  history: History<PostmortemContent> | null;
  /** The stored revision the on-screen document builds on: the next save names it. */
  baseRevision: number;
  /** The content last known to be stored; the document is "dirty" while it differs. */
  savedDoc: PostmortemContent | null;
  updatedAt: string | null;
  saveState: SaveState;
  fieldErrors: FieldErrors;
  loadError: string | null;
  openEditor: (id: string) => Promise<void>;
  closeEditor: () => void;
  /** Applies a change; edits with the same `key` in a quick burst form one undo step. */
  edit: (recipe: (doc: PostmortemContent) => PostmortemContent, key?: string) => void;
  undo: () => void;
  redo: () => void;
  /** Saves now instead of after the debounce (window hidden or closing, or a retry). */
  flushSave: () => void;
  /** Another window stored a newer revision: reload it unless we hold unsaved edits. */
  noticeStoredRevision: (id: string, revision: number) => void;
}

export type AppState = RouteSlice & ToastSlice & EditorSlice;

export type Slice<T> = StateCreator<AppState, [], [], T>;
