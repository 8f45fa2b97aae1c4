import { useEffect, useRef, type ReactNode } from 'react';
import type { PostmortemContent } from '../../../shared/domain';
import { getIn, setIn } from '../lib/paths';
import { useAppStore } from '../stores/store';
import { fieldId, useDocValue, useFieldError } from './doc-hooks';
import { FieldError } from './fields';

interface Props<T extends { id: string }> {
  /** Content path of the array, e.g. "purpose.kpis". */
  path: string;
  /** Singular noun for legends and buttons: "KPI" gives "KPI 1", "Add KPI", "Remove KPI 1". */
  noun: string;
  make: (doc: PostmortemContent) => T;
  /** Field (relative to the item) that receives focus after "Add". */
  focusField: string;
  renderItem: (itemPath: string, item: T) => ReactNode;
  reorderable?: boolean;
  /** Display order (the stored order is kept); e.g. the timeline by instant. */
  order?: (a: T, b: T) => number;
  emptyText: string;
  addLabel: string;
}

/** An editable list of records, each a labelled group with its own remove (and move) buttons. */
export function ItemList<T extends { id: string }>(props: Props<T>) {
  const { path, noun } = props;
  // The editor renders only with a document open, so the list exists.
  const items = useDocValue<T[]>(path);
  const edit = useAppStore((s) => s.edit);
  const listError = useFieldError(path);
  // The item (by id) whose first field takes the focus once the list has changed: the new one
  // after "Add"; after "Remove" the one that took its place, else the one before it, else the
  // add button (ADD), so the focus never falls to the page's body.
  const focusNext = useRef<string | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const target = focusNext.current;
    if (target === null) return;
    if (target === ADD) {
      focusNext.current = null;
      addButton.current?.focus();
      return;
    }
    const index = items.findIndex((item) => item.id === target);
    if (index < 0) return;
    focusNext.current = null;
    document.getElementById(fieldId(`${path}.${index}.${props.focusField}`))?.focus();
  }, [items, path, props.focusField]);

  const change = (recipe: (list: T[]) => T[]) =>
    edit((doc) => setIn(doc, path, recipe((getIn(doc, path) as T[]) ?? [])));

  const add = () =>
    edit((doc) => {
      const item = props.make(doc);
      focusNext.current = item.id;
      return setIn(doc, path, [...((getIn(doc, path) as T[]) ?? []), item]);
    });

  const move = (index: number, delta: number) =>
    change((list) => {
      const to = index + delta;
      if (to < 0 || to >= list.length) return list;
      const copy = [...list];
      const [moved] = copy.splice(index, 1);
      copy.splice(to, 0, moved as T);
      return copy;
    });

  const shown = items.map((item, index) => ({ item, index }));
  if (props.order) shown.sort((a, b) => props.order!(a.item, b.item));

  const remove = (position: number, index: number) => {
    const after = shown[position + 1] ?? shown[position - 1];
    focusNext.current = after ? after.item.id : ADD;
    change((list) => list.filter((_, j) => j !== index));
  };

  return (
    <div className="item-list-wrap">
      {items.length === 0 ? <p className="muted empty-list">{props.emptyText}</p> : null}
      <ol className="item-list">
        {shown.map(({ item, index }, position) => {
          const label = `${noun} ${position + 1}`;
          return (
            <li key={item.id} className="item">
              <fieldset>
                <legend className="item-legend">{label}</legend>
                <div className="item-fields">{props.renderItem(`${path}.${index}`, item)}</div>
                <div className="item-actions">
                  {props.reorderable ? (
                    <>
                      <button
                        type="button"
                        className="button small quiet"
                        onClick={() => move(index, -1)}
                        disabled={index === 0}
                        aria-label={`Move ${label} up`}
                      >
                        <span aria-hidden="true">↑</span> Up
                      </button>
                      <button
                        type="button"
                        className="button small quiet"
                        onClick={() => move(index, 1)}
                        disabled={index === items.length - 1}
                        aria-label={`Move ${label} down`}
                      >
                        <span aria-hidden="true">↓</span> Down
                      </button>
                    </>
                  ) : null}
                  <button
                    type="button"
                    className="button small quiet danger-text"
                    onClick={() => remove(position, index)}
                    aria-label={`Remove ${label}`}
                  >
                    <span aria-hidden="true">✕</span> Remove
                  </button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <FieldError id={`${fieldId(path)}-error`} message={listError} />
      <button type="button" className="button small add-button" onClick={add} ref={addButton}>
        <span aria-hidden="true" className="icon">
          +
        </span>
        {props.addLabel}
      </button>
    </div>
  );
}

const ADD = '\u0000add';

export function newId(): string {
  return crypto.randomUUID();
}
