import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type UIEvent } from 'react';
import type { EvidenceColumnInfo, EvidenceInfo, Sort } from '../../../../../shared/evidence';
import { formatCell, formatCount, isoInZone } from '../format';
import { visibleColumns } from './column-window';
import { bodyViewport, physicalHeight, scaledScrolling, scrollScale } from './scaled-scroll';
import type { Pages } from './use-pages';

/** "2026-03-11 01:00:13" on the postmortem's clock: the header names the zone once. */
function formatInstantCell(iso: string, zone: string): string {
  const local = isoInZone(iso, zone);
  return local === iso ? iso : local.slice(0, 19).replace('T', ' ');
}

const ROW_HEIGHT = 36;

/** Wide enough for the name beside its two buttons, and for a full instant. */
function columnWidth(c: EvidenceColumnInfo): number {
  const forName = 76 + (c.name.length + (c.type === 'instant' ? 6 : 0)) * 9;
  const forValues = c.type === 'instant' ? 200 : c.type === 'text' ? 170 : 120;
  return Math.min(280, Math.max(forName, forValues));
}

interface Props {
  evidence: EvidenceInfo;
  pages: Pages;
  sort: Sort | null;
  onSort(sort: Sort | null): void;
  onShowSummary(column: string): void;
  /** The postmortem's zone: instants are shown on its clock. */
  zone: string;
}

/** Next state of a header click: ascending, then descending, then the file's own order. */
function nextSort(current: Sort | null, column: string): Sort | null {
  if (current?.column !== column) return { column, dir: 'asc' };
  return current.dir === 'asc' ? { column, dir: 'desc' } : null;
}

/**
 * The stored rows as a table, only the rows and the columns in view in the DOM (a file may have
 * 2,000 columns). aria-rowcount and aria-colcount are those of the whole result, so a screen reader
 * announces "row 40,213 of 1,000,001" while the DOM holds 30.
 */
export function EvidenceGrid({ evidence, pages, sort, onSort, onShowSummary, zone }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const total = pages.total ?? 0;
  const virtualPxRef = useRef(0);
  useEffect(() => {
    virtualPxRef.current = total * ROW_HEIGHT;
  }, [total]);
  const columns = evidence.columns;
  const widths = columns.map(columnWidth);
  // Wide enough for the largest row number ("1,500,000") in the row-number font.
  const numberWidth = Math.max(
    64,
    28 + formatCount(Math.max(total, evidence.rowCount)).length * 10,
  );
  const width = numberWidth + widths.reduce((a, b) => a + b, 0);
  const [view, setView] = useState({ left: 0, width: 1600 });
  const shown = visibleColumns(widths, view.left - numberWidth, view.width);
  const template = `${numberWidth}px ${shown.before}px ${widths
    .slice(shown.first, shown.last + 1)
    .map((w) => `${w}px`)
    .join(' ')} ${shown.after}px`;

  // The virtualizer returns a mutable object the React Compiler cannot memoise; this component is
  // simply left uncompiled, which is what the rule reports.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    // The virtualizer keeps the first offset observer it was given: it must read the row count live.
    ...scaledScrolling(() => virtualPxRef.current),
  });
  const virtualPx = virtualizer.getTotalSize();
  const scale = scrollScale(virtualPx, bodyViewport(scroller.current));
  const virtualOffset = virtualizer.scrollOffset ?? 0;
  // Rows are placed relative to the physical scroll position; with scale 1 this is item.start.
  const topOf = (start: number) => virtualOffset / scale + (start - virtualOffset);
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? -1;
  const { ensure } = pages;

  useEffect(() => {
    ensure(first, last, shown.first, shown.last);
  }, [ensure, first, last, shown.first, shown.last]);

  useEffect(() => {
    scroller.current?.scrollTo({ top: 0 });
  }, [sort, total]);

  useEffect(() => {
    const el = scroller.current;
    if (el) setView({ left: el.scrollLeft, width: el.clientWidth });
  }, []);

  function onScroll(e: UIEvent<HTMLDivElement>) {
    const el = e.currentTarget;
    if (el.scrollLeft !== view.left || el.clientWidth !== view.width)
      setView({ left: el.scrollLeft, width: el.clientWidth });
  }

  const visible = columns.slice(shown.first, shown.last + 1);
  return (
    <div className="ev-grid">
      <div
        ref={scroller}
        className="ev-grid-scroll"
        // Focusable so the keyboard can scroll it; the table is the scroller itself.
        tabIndex={0}
        role="table"
        aria-label={`Rows of ${evidence.fileName}`}
        aria-rowcount={total + 1}
        aria-colcount={columns.length + 1}
        onScroll={onScroll}
      >
        <div style={{ width }}>
          <div role="rowgroup" className="ev-grid-head" data-sticky-head>
            <div
              role="row"
              aria-rowindex={1}
              className="ev-grid-row"
              style={{ gridTemplateColumns: template }}
            >
              <div role="columnheader" aria-colindex={1} className="ev-grid-num ev-grid-numhead">
                Row
              </div>
              <div aria-hidden="true" />
              {visible.map((c, k) => {
                const i = shown.first + k;
                const dir = sort?.column === c.name ? sort.dir : null;
                return (
                  <div
                    key={c.name}
                    role="columnheader"
                    aria-colindex={i + 2}
                    aria-sort={dir === 'asc' ? 'ascending' : dir === 'desc' ? 'descending' : 'none'}
                    className="ev-grid-header"
                  >
                    <button
                      type="button"
                      className="ev-grid-sort"
                      onClick={() => onSort(nextSort(sort, c.name))}
                      title={`Sort by ${c.name}`}
                    >
                      <span className="ev-grid-colname">
                        {c.name}
                        {c.type === 'instant' ? ` (${zone})` : ''}
                      </span>
                      <span aria-hidden="true" className="ev-sort-mark">
                        {dir === 'asc' ? '▲' : dir === 'desc' ? '▼' : '↕'}
                      </span>
                      <span className="visually-hidden">
                        {dir === 'asc'
                          ? ', sorted ascending; click to sort descending'
                          : dir === 'desc'
                            ? ', sorted descending; click to restore file order'
                            : ', click to sort ascending'}
                      </span>
                    </button>
                    <button
                      type="button"
                      className="ev-grid-info"
                      onClick={() => onShowSummary(c.name)}
                      aria-label={`Summary of ${c.name}`}
                      title={`Summary of ${c.name}`}
                    >
                      Σ
                    </button>
                  </div>
                );
              })}
              <div aria-hidden="true" />
            </div>
          </div>
          <div role="rowgroup" style={{ height: physicalHeight(virtualPx), position: 'relative' }}>
            {items.map((item) => {
              const rowNumber = pages.rowNumber(item.index);
              return (
                <div
                  key={item.key}
                  role="row"
                  aria-rowindex={item.index + 2}
                  className="ev-grid-row ev-grid-body-row"
                  style={{
                    gridTemplateColumns: template,
                    transform: `translateY(${topOf(item.start)}px)`,
                    height: ROW_HEIGHT,
                  }}
                >
                  <div role="rowheader" aria-colindex={1} className="ev-grid-num">
                    {rowNumber !== undefined ? formatCount(rowNumber) : '…'}
                  </div>
                  <div aria-hidden="true" />
                  {visible.map((c, k) => {
                    const i = shown.first + k;
                    const cell = pages.cell(item.index, i);
                    const loaded = rowNumber !== undefined && cell !== undefined;
                    const missing = loaded && cell === null;
                    return (
                      <div
                        key={c.name}
                        role="cell"
                        aria-colindex={i + 2}
                        className={`ev-grid-cell ev-type-${c.type}${missing ? ' ev-missing' : ''}`}
                      >
                        {!loaded ? (
                          ''
                        ) : missing ? (
                          <span className="ev-missing-mark">missing</span>
                        ) : c.type === 'instant' && typeof cell === 'string' ? (
                          formatInstantCell(cell, zone)
                        ) : (
                          formatCell(cell ?? null)
                        )}
                      </div>
                    );
                  })}
                  <div aria-hidden="true" />
                </div>
              );
            })}
          </div>
        </div>
      </div>
      <p className="ev-grid-status" role="status">
        {pages.error
          ? `Rows could not be read: ${pages.error}`
          : pages.total === null
            ? 'Loading rows…'
            : `${formatCount(pages.total)} of ${formatCount(evidence.rowCount)} rows`}
      </p>
    </div>
  );
}
