import { memo, useCallback, useEffect, useMemo, useRef, type ReactNode } from 'react';
import { LISTS, type ListItems, type ListName } from '../../../shared/doc/registry';
import type { Postmortem } from '../../../shared/domain';
import { useOpenDocument, useScopedSnapshot } from '../data/hooks';
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
  // Woken by changes to this list only (its order, its items), not by typing elsewhere.
  const items = useScopedSnapshot(list, (s) =>
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

  // Sorted once per change of the list, not per render of the section around it.
  const shown = useMemo(
    () => (props.order ? [...items].sort(props.order) : items),
    [items, props.order],
  );
  // Stable across renders (they read the order when pressed), so a row whose item did not change
  // is not drawn again: typing in one of 200 timeline events re-renders that event only.
  const { order: compare } = props;
  const currentOrder = useCallback((): readonly ListItems[L][] => {
    const doc = sync.getSnapshot().doc;
    const now = doc ? (valueAtPath(doc, LISTS[list].path) as ListItems[L][]) : EMPTY;
    return compare ? [...now].sort(compare) : now;
  }, [sync, list, compare]);

  const remove = useCallback(
    (id: string) => {
      const order = currentOrder();
      const index = order.findIndex((item) => item.id === id);
      if (index < 0) return;
      // Focus stays in the list: on the next item, else the previous one, else "Add".
      const neighbour = order[index + 1] ?? order[index - 1];
      focusAfter.current = neighbour
        ? { id: neighbour.id, field: props.focusField }
        : { id, field: '' };
      sync.remove(list, id);
    },
    [sync, list, currentOrder, props.focusField],
  );

  const move = useCallback(
    (id: string, delta: number) => {
      const order = currentOrder();
      const index = order.findIndex((item) => item.id === id);
      const to = index + delta;
      if (index < 0 || to < 0 || to >= order.length) return;
      // Before the item now at the target place (moving down: before the one after it).
      const before = delta < 0 ? order[to]!.id : (order[to + 1]?.id ?? null);
      sync.move(list, id, before);
    },
    [sync, list, currentOrder],
  );

  return (
    <div className="item-list-wrap">
      {items.length === 0 ? <p className="muted empty-list">{props.emptyText}</p> : null}
      <ol className="item-list">
        {shown.map((item, position) => (
          <ItemRow
            key={item.id}
            item={item}
            itemPath={`${list}#${item.id}`}
            label={`${noun} ${position + 1}`}
            first={position === 0}
            last={position === shown.length - 1}
            reorderable={props.reorderable ?? false}
            renderItem={props.renderItem as RowProps['renderItem']}
            onMove={move}
            onRemove={remove}
          />
        ))}
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

interface RowProps {
  item: { id: string };
  itemPath: string;
  label: string;
  first: boolean;
  last: boolean;
  reorderable: boolean;
  /** Must draw from its arguments only (each field reads its own value): it is not compared. */
  renderItem: (itemPath: string, item: never) => ReactNode;
  onMove: (id: string, delta: number) => void;
  onRemove: (id: string) => void;
}

const ItemRow = memo(
  function ItemRow({ item, itemPath, label, first, last, reorderable, ...rest }: RowProps) {
    return (
      <li className="item" data-item={item.id}>
        <fieldset>
          <legend className="item-legend">{label}</legend>
          <div className="item-fields">{rest.renderItem(itemPath, item as never)}</div>
          <div className="item-actions">
            {reorderable ? (
              <>
                <button
                  type="button"
                  className="button small quiet"
                  onClick={() => rest.onMove(item.id, -1)}
                  disabled={first}
                  aria-label={`Move ${label} up`}
                >
                  <span aria-hidden="true">↑</span> Up
                </button>
                <button
                  type="button"
                  className="button small quiet"
                  onClick={() => rest.onMove(item.id, 1)}
                  disabled={last}
                  aria-label={`Move ${label} down`}
                >
                  <span aria-hidden="true">↓</span> Down
                </button>
              </>
            ) : null}
            <button
              type="button"
              className="button small quiet danger-text"
              onClick={() => rest.onRemove(item.id)}
              aria-label={`Remove ${label}`}
            >
              <span aria-hidden="true">✕</span> Remove
            </button>
          </div>
        </fieldset>
      </li>
    );
  },
  (a, b) =>
    a.item === b.item &&
    a.itemPath === b.itemPath &&
    a.label === b.label &&
    a.first === b.first &&
    a.last === b.last &&
    a.reorderable === b.reorderable &&
    a.onMove === b.onMove &&
    a.onRemove === b.onRemove,
);

const EMPTY: never[] = [];

export function newId(): string {
  return crypto.randomUUID();
}
