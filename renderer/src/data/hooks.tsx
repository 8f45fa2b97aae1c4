import {
  createContext,
  useContext,
  useEffect,
  useMemo,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { documentWarnings, type Postmortem } from '../../../shared/domain';
import { acquireDocument, documentSync, releaseDocument } from './documents';
import type { DocSnapshot, DocumentSync } from './document-sync';
import type { ListName } from '../../../shared/doc/registry';
import { fieldTargetOf, itemById, valueAtPath } from './doc-paths';
import { scopeOfPath, valueScopeOfPath, type Scope } from './doc-scopes';
import { settledValue } from './settled';

const DocumentContext = createContext<DocumentSync | null>(null);

/** Holds a postmortem open for the components inside: they read and edit it through the hooks below. */
export function DocumentProvider({ id, children }: { id: string; children: ReactNode }) {
  const sync = useDocumentSync(id);
  return <DocumentContext.Provider value={sync}>{children}</DocumentContext.Provider>;
}

/** The sync of a postmortem, held open while the component lives. */
export function useDocumentSync(id: string): DocumentSync {
  const sync = useMemo(() => documentSync(id), [id]);
  // Held by the effect, so StrictMode's second run pairs its acquire with its release.
  useEffect(() => {
    acquireDocument(id);
    return () => releaseDocument(id);
  }, [id]);
  return sync;
}

export function useOpenDocument(): DocumentSync {
  const sync = useContext(DocumentContext);
  if (!sync) throw new Error('A document field is used outside a DocumentProvider.');
  return sync;
}

/** One value of the snapshot; re-renders only when it changes (the selector must not build objects). */
export function useSnapshot<T>(select: (snapshot: DocSnapshot) => T, sync?: DocumentSync): T {
  const open = useContext(DocumentContext);
  const source = sync ?? open;
  if (!source) throw new Error('A document is read outside a DocumentProvider.');
  return useSyncExternalStore(source.subscribe, () => select(source.getSnapshot()));
}

/**
 * One value of the snapshot that depends on one scope of the document only (doc-scopes.ts): its
 * selector runs when that scope changed, not on every edit anywhere. A null scope is unscoped.
 */
export function useScopedSnapshot<T>(scope: Scope | null, select: (snapshot: DocSnapshot) => T): T {
  const source = useContext(DocumentContext);
  if (!source) throw new Error('A document is read outside a DocumentProvider.');
  const subscribe = scope === null ? source.subscribe : source.subscribeScope(scope);
  return useSyncExternalStore(subscribe, () => select(source.getSnapshot()));
}

/** The document as this window shows it, or null while it loads. */
export function useDoc(sync?: DocumentSync): Postmortem | null {
  return useSnapshot((s) => s.doc, sync);
}

/** What a field at `path` shows: its value, or what was typed there if the field refused it. */
function shownAt(s: DocSnapshot, path: string): unknown {
  return path in s.invalid ? s.invalid[path]!.value : s.doc ? valueAtPath(s.doc, path) : undefined;
}

/** The value at a path, or what was typed there if the field refused it. */
export function useDocValue<T>(path: string): T {
  return useScopedSnapshot(valueScopeOfPath(path), (s) => shownAt(s, path)) as T;
}

/**
 * A value of the document once edits pause for `delayMs` (settled.ts): its readers re-render when
 * the settled value changes, not per keystroke. `key` names the selection (one scope, selector
 * and delay per key).
 */
export function useSettledSnapshot<T>(
  key: string,
  scope: Scope | null,
  select: (snapshot: DocSnapshot) => T,
  delayMs: number,
): T {
  const value = settledValue(useOpenDocument(), key, scope, select, delayMs);
  return useSyncExternalStore(value.subscribe, value.get);
}

/** The text a field at `path` shows, once typing there pauses for `delayMs`. */
export function useSettledText(path: string, delayMs: number): string {
  return useSettledSnapshot(
    `text:${path}`,
    valueScopeOfPath(path),
    (s) => {
      const shown = shownAt(s, path);
      return typeof shown === 'string' ? shown : '';
    },
    delayMs,
  );
}

export function useDocSetter<T>(path: string): (value: T) => void {
  const sync = useOpenDocument();
  return useMemo(() => (value: T) => sync.set(path, value), [sync, path]);
}

/** The field's refusal, or what to check there (an end before the start), or undefined. */
export function useFieldError(path: string): string | undefined {
  // Strings only: a field re-renders when its own message changes, never because another field
  // of the summary did (every field of a 200-event timeline asks this on every keystroke).
  return useScopedSnapshot(
    scopeOfPath(path),
    (s) => s.invalid[path]?.message ?? (s.doc ? warningsOf(s.doc)[path] : undefined),
  );
}

/** The document's warnings by path, computed once per summary and participants (kept by identity). */
const warningCache = new WeakMap<
  object,
  { participants: object; byPath: Record<string, string> }
>();

function warningsOf(doc: Postmortem): Record<string, string> {
  const cached = warningCache.get(doc.summary);
  if (cached && cached.participants === doc.participants) return cached.byPath;
  const byPath: Record<string, string> = {};
  for (const warning of documentWarnings({
    summary: doc.summary,
    participants: doc.participants,
  })) {
    byPath[warning.path] ??= warning.message;
  }
  warningCache.set(doc.summary, { participants: doc.participants, byPath });
  return byPath;
}

/**
 * The placeholder of a field: a template's prompt kept as a hint (the postmortem's own fields), or
 * the item's hint for its main text (a question's findings, a cause's or an action's wording).
 */
export function useHint(path: string): string {
  return useScopedSnapshot(scopeOfPath(path), (s) => {
    if (!s.doc) return '';
    const own = s.doc.hints[path];
    if (own) return own;
    const target = fieldTargetOf(path);
    if (!target || target.list === 'doc' || HINTED[target.list] !== target.field) return '';
    const item = itemById(s.doc, target.list, target.id);
    return typeof item?.hint === 'string' ? item.hint : '';
  });
}

const HINTED: Partial<Record<ListName, string>> = {
  diagnosis: 'findings',
  rootCauses: 'description',
  actions: 'description',
};

/** A DOM id for the control bound to a path ("actions#a1.owner" -> "f-actions-a1-owner"). */
export function fieldId(path: string): string {
  return `f-${path.replace(/[.#]/g, '-')}`;
}
