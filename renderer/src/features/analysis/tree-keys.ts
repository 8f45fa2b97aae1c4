import type { KeyboardEvent } from 'react';

/** What a key press means in the outliner, from the row (item) or from its text (edit). */
export type TreeKey =
  | 'next'
  | 'previous'
  | 'first'
  | 'last'
  | 'expand'
  | 'collapse'
  | 'addSibling'
  | 'indent'
  | 'outdent'
  | 'moveUp'
  | 'moveDown'
  | 'remove'
  | 'edit'
  | 'leave'
  | 'details';

export function treeKeyOf(event: KeyboardEvent, editing: boolean): TreeKey | null {
  const { key, altKey, shiftKey, ctrlKey, metaKey } = event;
  if (ctrlKey || metaKey) return null;
  if (altKey && key === 'ArrowUp') return 'moveUp';
  if (altKey && key === 'ArrowDown') return 'moveDown';
  if (altKey) return null;
  switch (key) {
    case 'ArrowDown':
      return 'next';
    case 'ArrowUp':
      return 'previous';
    case 'Enter':
      return 'addSibling';
    case 'Tab':
      return shiftKey ? 'outdent' : 'indent';
    case 'Escape':
      return editing ? 'leave' : 'details';
  }
  if (editing) return null;
  switch (key) {
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'ArrowRight':
      return 'expand';
    case 'ArrowLeft':
      return 'collapse';
    case 'Delete':
      return 'remove';
    case 'F2':
      return 'edit';
  }
  // A letter typed on a row starts writing in it.
  return key.length === 1 && key !== ' ' ? 'edit' : null;
}
