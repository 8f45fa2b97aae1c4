import { queryTimeOverview } from './change-point';
import { writeColumnCache } from './column-cache';
import type { EvidenceSource } from './source';
import { timeBuckets } from './time-buckets';

/**
 * Reads an evidence file's columns into memory in the background, one column per turn of the
 * event loop, so the first drift table after opening a file finds its columns loaded when the user
 * gets there. From the column cache beside the file (column-cache.ts) a column takes milliseconds;
 * without one, ~0.3 s each on 1M rows, and at the end the cache is written (with the sorted orders
 * of id columns and the time overview), so the next opening is fast. It runs in the query worker:
 * the turns only let a question asked meanwhile wait one column at most. Timers are unref'd (they
 * never keep a process alive) and the work stops when the source closes.
 */
export function prefetchColumns(source: EvidenceSource, timeZone?: string): Promise<void> {
  const steps: (() => void)[] = [];
  const time = source.timeColumn;
  if (time) steps.push(() => source.store.numbers(time));
  for (const column of source.columns) {
    if (column === time) continue;
    if (column.type === 'category' || column.type === 'text') {
      steps.push(() => {
        // Too many values to sort by codes (ids): SQL's order, kept, makes sorting instant.
        if (source.store.categories(column).codes === null) source.store.textOrder(column);
      });
    } else {
      steps.push(() => source.store.sorted(column));
    }
  }
  // The time series' row -> bucket map, shared by every quick view over the whole file (and the
  // change point); buckets follow the postmortem's clock, so only when its zone is known.
  if (time?.type === 'instant' && timeZone) steps.push(() => timeBuckets(source, { timeZone }));
  if (!source.cache) {
    if (time && timeZone) steps.push(() => queryTimeOverview(source, timeZone));
    steps.push(() =>
      writeColumnCache(source.path, {
        evidenceId: source.id,
        rowCount: source.rowCount,
        timeOverview: source.timeOverview,
        ...source.store.contents(),
      }),
    );
  }
  return new Promise((resolve) => {
    const next = () => {
      const step = steps.shift();
      if (!step || !source.db.open) return resolve();
      try {
        step();
      } catch {
        // A column that cannot be read here fails again, with its message, when a query asks;
        // a cache that cannot be written (a full disk) is simply not there next time.
      }
      setTimeout(next, 0).unref();
    };
    setTimeout(next, 0).unref();
  });
}
