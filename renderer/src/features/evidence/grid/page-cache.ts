/**
 * Pages of rows by page number, least recently used evicted first. The grid keeps only a few
 * pages around the viewport, so a million-row file costs the same memory as a small one.
 */
export class PageCache<T> {
  private readonly pages = new Map<number, T>();

  constructor(readonly capacity: number) {
    if (capacity < 1) throw new Error('A page cache holds at least one page.');
  }

  get(page: number): T | undefined {
    const value = this.pages.get(page);
    if (value !== undefined) {
      // Map keeps insertion order: re-inserting marks the page as the most recently used.
      this.pages.delete(page);
      this.pages.set(page, value);
    }
    return value;
  }

  set(page: number, value: T): void {
    this.pages.delete(page);
    this.pages.set(page, value);
    while (this.pages.size > this.capacity) {
      const oldest = this.pages.keys().next();
      if (oldest.done) break;
      this.pages.delete(oldest.value);
    }
  }

  has(page: number): boolean {
    return this.pages.has(page);
  }

  clear(): void {
    this.pages.clear();
  }

  get size(): number {
    return this.pages.size;
  }
}
