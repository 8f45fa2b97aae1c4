import fs from 'node:fs';
import path from 'node:path';
import { buildReport, type ReportModel, type ReportOptions } from '../../shared/report';
import { reportMarkdown } from '../../shared/report/markdown';
import type { ExportFormat, ExportResult, ReportChoices } from '../../shared/contract/export';
import type { ContractCaller } from './caller';
import { assetsDirFor, writeFileAtomic } from './files';
import { gatherReportSource, type Progress } from './gather';
import { reportFonts } from './pdf/fonts';
import { printReport } from './pdf/print-report';
import type { PrinterFactory } from './pdf/printer';
import { writeBundle, type BundleSource } from './bundle/write-bundle';

export type { ExportResult };

export interface ExportDeps {
  call: ContractCaller;
  now: () => Date;
  /** Where the bundled fonts are (resources/). */
  resourcesDir: string | null;
  /** Chromium's engine: Electron's printToPDF in the desktop app, a found Chromium elsewhere. */
  openPrinter: PrinterFactory;
  /** The data folder's database and evidence files, for the portable postmortem file. */
  bundleSource?: () => BundleSource;
}

export async function reportModel(
  deps: ExportDeps,
  postmortemId: string,
  choices: ReportChoices,
  progress?: Progress,
): Promise<ReportModel> {
  const source = await gatherReportSource(deps.call, postmortemId, progress);
  const options: ReportOptions = { ...choices, generatedAt: deps.now().toISOString() };
  return buildReport(source, options);
}

/** The Markdown report and its charts: `out` and a `<name>-files/` folder beside it. */
export function writeMarkdown(model: ReportModel, out: string): ExportResult {
  const dir = assetsDirFor(out);
  const { markdown, assets } = reportMarkdown(model, dir);
  const assetsPath = path.join(path.dirname(out), dir);
  // Charts of an earlier export with more figures must not linger beside the new report.
  fs.rmSync(assetsPath, { recursive: true, force: true });
  for (const asset of assets)
    writeFileAtomic(path.join(path.dirname(out), asset.path), asset.content);
  return { path: out, bytes: writeFileAtomic(out, markdown), pages: null };
}

export async function exportReport(
  deps: ExportDeps,
  request: { postmortemId: string; format: ExportFormat; out: string; choices: ReportChoices },
  progress?: Progress,
): Promise<ExportResult> {
  const out = path.resolve(request.out);
  if (request.format === 'bundle') {
    if (!deps.bundleSource) throw new Error('The portable postmortem file needs the data folder.');
    progress?.(0, 1, 'Copying the postmortem and its evidence');
    return {
      path: out,
      bytes: writeBundle(deps.bundleSource(), request.postmortemId, out),
      pages: null,
    };
  }
  if (request.format === 'md') {
    return writeMarkdown(
      await reportModel(deps, request.postmortemId, request.choices, progress),
      out,
    );
  }
  // Chromium starts while the pins are recomputed: its launch is most of a PDF's time.
  const fonts = reportFonts(deps.resourcesDir);
  const printer = deps.openPrinter();
  // Its failure (no Chromium) is reported when the printing awaits it, not as an unhandled one.
  printer.catch(() => {});
  let model: ReportModel;
  try {
    model = await reportModel(deps, request.postmortemId, request.choices, progress);
  } catch (error) {
    await printer.then((p) => p.close()).catch(() => {});
    throw error;
  }
  const printed = await printReport(
    model,
    fonts,
    () => printer,
    (stage) => progress?.(0, 1, stage),
  );
  return { path: out, bytes: writeFileAtomic(out, printed.pdf), pages: printed.pages };
}
