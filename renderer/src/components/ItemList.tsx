import { useEffect, useRef, type ReactNode } from 'react';
import { LISTS, type ListItems, type ListName } from '../../../shared/doc/registry';
import type { Postmortem } from '../../../shared/domain';
import { useOpenDocument, useSnapshot } from '../data/hooks';
import { valueAtPath } from '../data/doc-paths';
import { fieldId, useFieldError } from './doc-hooks';
import { FieldError } from './fields';

interface Props<L extends ListName> {
  list: L;
  /** Singular noun for legends and buttons: "KPI" gives "KPI 1", "Add KPI", "Remove KPI 1". */
  noun: string;
  make: (doc: Postmortem) => ListItems[L];
  /** Field (relative to the item) that receives focus after "Add". */
  focusField: string;
  /** Renders the fields of one item; `itemPath` is 'actions#<id>', its fields `${itemPath}.owner`. */
  renderItem: (itemPath: string, item: ListItems[L]) => ReactNode;
  reorderable?: boolean;
  /** Display order (the stored order is kept); e.g. the timeline by instant. */
  order?: (a: ListItems[L], b: ListItems[L]) => number;
  emptyText: string;
  addLabel: string;
}

/**
 * An editable list of records, each a labelled group with its own remove (and move) buttons. Each
 * button is one operation on one item (insert, move, delete), named by id, so it merges with what
 * other windows do to the same list meanwhile.
 */
export function ItemList<L extends ListName>(props: Props<L>) {
  const { list, noun } = props;
  const sync = useOpenDocument();
  const items = useSnapshot((s) =>
    s.doc ? (valueAtPath(s.doc, LISTS[list].path) as ListItems[L][]) : EMPTY,
  );
  const listError = useFieldError(LISTS[list].path);
  const focusAfter = useRef<{ id: string; field: string } | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const target = focusAfter.current;
    if (target === null) return;
    if (!items.some((item) => item.id === target.id)) {
      if (target.field === '') addButton.current?.focus();
      return;
    }
    focusAfter.current = null;
    const path = `${list}#${target.id}.${target.field}`;
    const element =
      document.getElementById(fieldId(path)) ??
      document.querySelector<HTMLElement>(
        `[data-item="${target.id}"] :is(input, select, textarea)`,
      );
    element?.focus();
  }, [items, list]);

  const add = () => {
    const doc = sync.getSnapshot().doc;
    if (!doc) return;
    const item = props.make(doc);
    focusAfter.current = { id: item.id, field: props.focusField };
    sync.insert(list, item as unknown as Record<string, unknown> & { id: string });
  };

  const shown = [...items];
  if (props.order) shown.sort(props.order);

  const remove = (index: number) => {
    const item = shown[index]!;
    // Focus stays in the list: on the next item, else the previous one, else "Add".
    const neighbour = shown[index + 1] ?? shown[index - 1];
    focusAfter.current = neighbour
      ? { id: neighbour.id, field: props.focusField }
      : { id: item.id, field: '' };
    sync.remove(list, item.id);
  };

  const move = (index: number, delta: number) => {
    const item = shown[index]!;
    const to = index + delta;
    if (to < 0 || to >= shown.length) return;
    // Before the item now at the target place (moving down: before the one after it).
    const before = delta < 0 ? shown[to]!.id : (shown[to + 1]?.id ?? null);
    sync.move(list, item.id, before);
  };

  return (
    <div className="item-list-wrap">
      {items.length === 0 ? <p className="muted empty-list">{props.emptyText}</p> : null}
      <ol className="item-list">
        {shown.map((item, position) => {
          const label = `${noun} ${position + 1}`;
          return (
            <li key={item.id} className="item" data-item={item.id}>
              <fieldset>
                <legend className="item-legend">{label}</legend>
                <div className="item-fields">{props.renderItem(`${list}#${item.id}`, item)}</div>
                <div className="item-actions">
                  {props.reorderable ? (
                    <>
                      <button
                        type="button"
                        className="button small quiet"
                        onClick={() => move(position, -1)}
                        disabled={position === 0}
                        aria-label={`Move ${label} up`}
                      >
                        <span aria-hidden="true">↑</span> Up
                      </button>
                      <button
                        type="button"
                        className="button small quiet"
                        onClick={() => move(position, 1)}
                        disabled={position === shown.length - 1}
                        aria-label={`Move ${label} down`}
                      >
                        <span aria-hidden="true">↓</span> Down
                      </button>
                    </>
                  ) : null}
                  <button
                    type="button"
                    className="button small quiet danger-text"
                    onClick={() => remove(position)}
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
      <FieldError id={`${fieldId(LISTS[list].path)}-error`} message={listError} />
      <button ref={addButton} type="button" className="button small add-button" onClick={add}>
        <span aria-hidden="true" className="icon">
          +
        </span>
        {props.addLabel}
      </button>
    </div>
  );
}

const EMPTY: never[] = [];

export function newId(): string {
  return crypto.randomUUID();
}
