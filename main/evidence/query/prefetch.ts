import type { EvidenceSource } from './source';

/**
 * Reads an evidence file's columns into memory in the background, one column per turn of the
 * event loop (~0.3 s each on 1M rows), so the first drift table after opening a file finds its
 * columns loaded when the user gets there. It runs in the query worker: the turns only let a
 * question asked meanwhile wait ~0.3 s at most instead of the whole read. Timers are unref'd (they never keep a process alive)
 * and the work stops when the source closes.
 */
export function prefetchColumns(source: EvidenceSource): Promise<void> {
  const steps: (() => void)[] = [];
  const time = source.timeColumn;
  if (time) steps.push(() => source.store.numbers(time));
  for (const column of source.columns) {
    if (column === time) continue;
    if (column.type === 'category' || column.type === 'text') {
      steps.push(() => source.store.categories(column));
    } else {
      steps.push(() => source.store.sorted(column));
    }
  }
  return new Promise((resolve) => {
    const next = () => {
      const step = steps.shift();
      if (!step || !source.db.open) return resolve();
      try {
        step();
      } catch {
        // A column that cannot be read here fails again, with its message, when a query asks.
      }
      setTimeout(next, 0).unref();
    };
    setTimeout(next, 0).unref();
  });
}
