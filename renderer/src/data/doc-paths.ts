import { findItem, getAt, type DocState } from '../../../shared/doc/apply';
import { parseFieldPath, type FieldTarget } from '../../../shared/doc/paths';

/** The value of a field of the document, by target. */
export function valueAt(doc: DocState, target: FieldTarget): unknown {
  return target.list === 'doc'
    ? getAt(doc, target.field)
    : findItem(doc, target.list, target.id)?.[target.field];
}

/** The value at a field path ('summary.whatHappened', 'actions#<id>.owner'), or a list path. */
export function valueAtPath(doc: DocState, path: string): unknown {
  const target = parseFieldPath(path);
  return target ? valueAt(doc, target) : getAt(doc, path);
}
