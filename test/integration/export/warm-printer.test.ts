import { describe, expect, it } from 'vitest';
import { openChromiumPrinter } from '../../../main/export/pdf/chromium';
import { NoPrinterError, type PdfPrinter } from '../../../main/export/pdf/printer';
import { WarmPrinter } from '../../../main/export/pdf/warm-printer';

const PAGE = (text: string) =>
  `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'"></head><body><p>${text}</p></body></html>`;

const isPdf = (bytes: Uint8Array) => Buffer.from(bytes.subarray(0, 5)).toString() === '%PDF-';

/** Chromium printers as the back end opens them, counted. */
function counted() {
  const opened: PdfPrinter[] = [];
  let closed = 0;
  return {
    opened,
    closed: () => closed,
    factory: async () => {
      const printer = await openChromiumPrinter();
      opened.push(printer);
      return {
        print: printer.print.bind(printer),
        close: async () => {
          closed++;
          await printer.close();
        },
      };
    },
  };
}

describe('the printer kept warm between exports', () => {
  it('prints a second and a concurrent export on the Chromium the first one started', async () => {
    const chromium = counted();
    const warm = new WarmPrinter(chromium.factory);
    try {
      warm.prewarm();
      const first = await warm.factory();
      expect(isPdf(await first.print(PAGE('one'), 'layout'))).toBe(true);
      expect(isPdf(await first.print(PAGE('one'), 'final'))).toBe(true);
      await first.close();
      // Two at once take turns on the same page.
      const both = await Promise.all(
        ['two', 'three'].map(async (text) => {
          const printer = await warm.factory();
          try {
            return await printer.print(PAGE(text));
          } finally {
            await printer.close();
          }
        }),
      );
      expect(both.every(isPdf)).toBe(true);
      expect(chromium.opened).toHaveLength(1);
      expect(chromium.closed()).toBe(0);
    } finally {
      await warm.dispose();
    }
    expect(chromium.closed()).toBe(1);
  }, 60_000);

  it('closes an idle printer, and opens a new one for the next export', async () => {
    const chromium = counted();
    const warm = new WarmPrinter(chromium.factory, 50);
    try {
      const printer = await warm.factory();
      await printer.print(PAGE('before'));
      await printer.close();
      await expect.poll(chromium.closed).toBe(1);
      const again = await warm.factory();
      expect(isPdf(await again.print(PAGE('after')))).toBe(true);
      await again.close();
      expect(chromium.opened).toHaveLength(2);
    } finally {
      await warm.dispose();
    }
  }, 60_000);

  it('does not keep a printer that could not open: the next export tries again and says why', async () => {
    let tries = 0;
    const warm = new WarmPrinter(async () => {
      tries++;
      throw new NoPrinterError('No Chromium or Chrome found on this machine to print the PDF.');
    });
    warm.prewarm();
    await expect(warm.factory()).rejects.toThrow(/No Chromium/);
    await expect(warm.factory()).rejects.toThrow(/No Chromium/);
    // The prewarm's failure was not kept either: each export tried for itself.
    expect(tries).toBe(3);
    await warm.dispose();
  });

  it('replaces a printer whose printing failed', async () => {
    const chromium = counted();
    const warm = new WarmPrinter(chromium.factory);
    try {
      const printer = await warm.factory();
      // Chromium gone under it (killed, crashed): the printing fails, the printer is dropped.
      await chromium.opened[0]!.close();
      await expect(printer.print(PAGE('lost'))).rejects.toThrow();
      await printer.close();
      const next = await warm.factory();
      expect(isPdf(await next.print(PAGE('again')))).toBe(true);
      await next.close();
      expect(chromium.opened).toHaveLength(2);
    } finally {
      await warm.dispose();
    }
  }, 60_000);
});
