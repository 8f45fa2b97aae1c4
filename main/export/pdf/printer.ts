/**
 * The first printing of a report only finds on which page each section starts ('layout'); the
 * last one is the file the user gets ('final': tagged for screen readers, with its outline).
 */
export type PrintPass = 'layout' | 'final';

/** Something that prints a self-contained HTML page to PDF with Chromium's engine. */
export interface PdfPrinter {
  print(html: string, pass?: PrintPass): Promise<Uint8Array>;
  close(): Promise<void>;
}

/** Opens a printer for one export (two printings: the second has the contents' page numbers). */
export type PrinterFactory = () => Promise<PdfPrinter>;

/** No Chromium-engine printer here: said in one line, with what to do. */
export class NoPrinterError extends Error {
  override name = 'NoPrinterError';
}
