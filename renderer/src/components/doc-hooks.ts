import { useCallback } from 'react';
import { getIn, setIn } from '../lib/paths';
import { useAppStore } from '../stores/store';

/** The value at a content path of the open document; re-renders only when that value changes. */
export function useDocValue<T>(path: string): T {
  return useAppStore((s) => (s.history ? getIn(s.history.present, path) : undefined)) as T;
}

/** A setter for one content path; the path is also the undo-coalescing key. */
export function useDocSetter<T>(path: string): (value: T) => void {
  const edit = useAppStore((s) => s.edit);
  return useCallback((value: T) => edit((doc) => setIn(doc, path, value), path), [edit, path]);
}

export function useFieldError(path: string): string | undefined {
  return useAppStore((s) => s.fieldErrors[path]);
}

/** A DOM id for the control bound to a path ("summary.endedAt" -> "f-summary-endedAt"). */
export function fieldId(path: string): string {
  return `f-${path.replace(/\./g, '-')}`;
}
