import type { PdfPrinter, PrinterFactory } from './printer';

/**
 * One printer kept open between the exports of a long-lived back end (the app, the browser
 * host): Chromium's start is about a second of every PDF, so it is started when the export panel
 * opens (prewarm) and kept until it has been idle for a while. Exports take turns on it (one page
 * prints at a time); a printer that failed is closed and the next export opens a new one. The
 * command line's single export pays the start once and closes it with the back end.
 */
export class WarmPrinter {
  private printer: Promise<PdfPrinter> | null = null;
  private turn: Promise<void> = Promise.resolve();
  private idleTimer: ReturnType<typeof setTimeout> | null = null;
  private disposed = false;

  constructor(
    private readonly open: PrinterFactory,
    private readonly idleMs = 120_000,
  ) {}

  /** Starts the printer ahead of a likely export; a failure waits for the export to report it. */
  prewarm(): void {
    if (this.disposed) return;
    this.ensure().catch(() => {});
    if (!this.idleTimer) this.armIdle();
  }

  /** A factory whose printers are turns on the one kept open; close() ends the turn. */
  readonly factory: PrinterFactory = async () => {
    if (this.disposed) return this.open();
    let release!: () => void;
    const mine = new Promise<void>((resolve) => (release = resolve));
    const before = this.turn;
    this.turn = before.then(() => mine);
    await before;
    this.clearIdle();
    let printer: PdfPrinter;
    try {
      printer = await this.ensure();
    } catch (error) {
      release();
      throw error;
    }
    let failed = false;
    let ended = false;
    return {
      print: async (html, pass) => {
        try {
          return await printer.print(html, pass);
        } catch (error) {
          failed = true;
          throw error;
        }
      },
      close: async () => {
        if (ended) return;
        ended = true;
        if (failed) await this.discard();
        else this.armIdle();
        release();
      },
    };
  };

  async dispose(): Promise<void> {
    this.disposed = true;
    await this.discard();
  }

  private ensure(): Promise<PdfPrinter> {
    if (!this.printer) {
      const opening = this.open();
      this.printer = opening;
      // A printer that cannot open is not kept: the next export tries again (and says why).
      opening.catch(() => {
        if (this.printer === opening) this.printer = null;
      });
    }
    return this.printer;
  }

  private async discard(): Promise<void> {
    this.clearIdle();
    const printer = this.printer;
    this.printer = null;
    if (printer) await printer.then((p) => p.close()).catch(() => {});
  }

  private armIdle(): void {
    this.clearIdle();
    this.idleTimer = setTimeout(() => void this.discard(), this.idleMs);
    // An idle printer never keeps the process alive.
    this.idleTimer.unref?.();
  }

  private clearIdle(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
  }
}
