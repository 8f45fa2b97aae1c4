import { isDocField, isListName, type DocField, type ListName } from './registry';

/**
 * A field's address as the editor binds it and as warnings and notices name it:
 * 'summary.whatHappened' for the postmortem's own fields, 'actions#<id>.owner' for an item's.
 * Items are named by id, never by index, so a field stays bound to its item while other windows
 * insert, move or delete items around it.
 */
export type FieldTarget =
  { list: 'doc'; field: DocField } | { list: ListName; id: string; field: string };

export function fieldPath(target: FieldTarget): string {
  return target.list === 'doc' ? target.field : `${target.list}#${target.id}.${target.field}`;
}

const ITEM_PATH = /^([A-Za-z]+)#([A-Za-z0-9_-]{1,64})\.([A-Za-z]+)$/;

export function parseFieldPath(path: string): FieldTarget | null {
  if (isDocField(path)) return { list: 'doc', field: path };
  const match = ITEM_PATH.exec(path);
  if (!match) return null;
  const [, list, id, field] = match as unknown as [string, string, string, string];
  return isListName(list) ? { list, id, field } : null;
}

/** The key under which an item's own fields and its existence are tracked: 'actions#<id>'. */
export function itemKey(list: ListName, id: string): string {
  return `${list}#${id}`;
}
