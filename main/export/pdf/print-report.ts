import type { ReportModel } from '../../../shared/report';
import { reportHtml } from '../../../shared/report/html';
import type { FontFile } from '../../../shared/report/print-style';
import { pdfStructure } from './pdf-structure';
import type { PrinterFactory } from './printer';

export interface PrintedReport {
  pdf: Uint8Array;
  pages: number;
  /** The contents' page numbers, by section anchor. */
  sectionPages: Record<string, number>;
}

/**
 * Prints twice: the first printing tells on which page each section starts (its anchor is a named
 * destination of the PDF), the second prints those numbers in the contents. The placeholders hold
 * the numbers' width, so the second layout breaks pages where the first did; should it not, the
 * numbers are read again from the second printing and it is printed once more.
 */
export async function printReport(
  model: ReportModel,
  fonts: FontFile[],
  openPrinter: PrinterFactory,
  progress: (stage: string) => void = () => {},
): Promise<PrintedReport> {
  const printer = await openPrinter();
  try {
    progress('Laying out the pages');
    const first = pdfStructure(
      await printer.print(reportHtml(model, { fonts, tocPages: null }), 'layout'),
    );
    let pages = pick(model, first.destinations);
    for (let attempt = 0; attempt < 2; attempt++) {
      progress('Printing the PDF');
      const pdf = await printer.print(reportHtml(model, { fonts, tocPages: pages }), 'final');
      const printed = pdfStructure(pdf);
      const actual = pick(model, printed.destinations);
      if (JSON.stringify(actual) === JSON.stringify(pages) || attempt === 1) {
        return { pdf, pages: printed.pages, sectionPages: actual };
      }
      pages = actual;
    }
    throw new Error('unreachable');
  } finally {
    await printer.close();
  }
}

function pick(model: ReportModel, destinations: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const s of model.sections) {
    const page = destinations[s.anchor];
    if (page !== undefined) out[s.anchor] = page;
  }
  return out;
}
