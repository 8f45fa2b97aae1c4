import { getAt, itemsOf, type DocState } from '../../../shared/doc/apply';
import { itemKey } from '../../../shared/doc/paths';
import { docFields, LISTS, type ListName } from '../../../shared/doc/registry';
import { fieldTargetOf, itemById } from './doc-paths';

/**
 * Scopes let a field listen to its own part of the document only, so a keystroke wakes the
 * selectors of the field typed in (and of whatever reads the whole document), not those of the
 * other ~700 fields of a 200-event postmortem.
 *
 * A scope is 'doc' (the document's own fields: summary, purpose, title...), one of those fields
 * ('doc:summary.timeZone'), a list ('timeline': its order, its items' existence and any item's
 * field) or an item ('timeline#<id>': its fields).
 * A listener with a scope is woken when its scope changed by reference (the reducer copies what
 * it changes and keeps the rest), so its selector must read nothing outside that scope, apart
 * from `invalid` at its own path.
 */
export type Scope = string;

/** The scope a field path lives in, or null for a path no scope holds (read it unscoped). */
export function scopeOfPath(path: string): Scope | null {
  const target = fieldTargetOf(path);
  if (!target) return null;
  return target.list === 'doc' ? 'doc' : itemKey(target.list, target.id);
}

/**
 * The narrowest scope that holds the value at a field path: the field itself for the document's
 * own fields. Every event's time field reads the time zone: under 'doc' a 500-event timeline ran
 * 500 selectors on each keystroke in the summary.
 */
export function valueScopeOfPath(path: string): Scope | null {
  const scope = scopeOfPath(path);
  return scope === 'doc' ? docFieldScope(path) : scope;
}

function docFieldScope(field: string): Scope {
  return `doc:${field}`;
}

/** Every scope changed from `prev` to `next`, or 'all' when no finer answer is safe. */
export function changedScopes(
  prev: DocState | null,
  next: DocState | null,
  prevInvalid: Readonly<Record<string, unknown>>,
  nextInvalid: Readonly<Record<string, unknown>>,
): Set<Scope> | 'all' {
  const changed = new Set<Scope>();
  if (prev !== next) {
    if (!prev || !next) return 'all';
    // Hints are read by item fields too (useHint): rare enough to wake everyone.
    if (prev.hints !== next.hints) return 'all';
    for (const field of docFields) {
      if (getAt(prev, field) !== getAt(next, field)) {
        changed.add('doc');
        changed.add(docFieldScope(field));
      }
    }
    for (const list of Object.keys(LISTS) as ListName[]) {
      const before = itemsOf(prev, list);
      const after = itemsOf(next, list);
      if (before === after) continue;
      changed.add(list);
      for (const item of after) {
        if (itemById(prev, list, item.id) !== item) changed.add(itemKey(list, item.id));
      }
      for (const item of before) {
        if (!itemById(next, list, item.id)) changed.add(itemKey(list, item.id));
      }
    }
  }
  if (prevInvalid !== nextInvalid) {
    for (const path of new Set([...Object.keys(prevInvalid), ...Object.keys(nextInvalid)])) {
      if (prevInvalid[path] === nextInvalid[path]) continue;
      const scope = scopeOfPath(path);
      if (scope === null) return 'all';
      changed.add(scope);
      if (scope === 'doc') changed.add(docFieldScope(path));
    }
  }
  return changed;
}
