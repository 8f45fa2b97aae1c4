import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { zipSync } from 'fflate';
import type {
  ExportDownload,
  ExportRequest,
  ExportResult,
  ReportChoices,
} from '../../shared/contract/export';
import type { ReportModel } from '../../shared/report';
import { exportReport, reportModel, type ExportDeps } from './export-report';
import { importBundle, type BundleTarget } from './bundle/read-bundle';

export interface ExportServiceOptions extends ExportDeps {
  onProgress: (progress: { exportId: string; fraction: number; stage: string }) => void;
  /** Where an imported portable file goes. */
  bundleTarget: () => BundleTarget;
  /** Told after a portable file was imported (the library lists it). */
  onImported: (postmortemId: string) => void;
}

const MIME = { pdf: 'application/pdf', md: 'application/zip', bundle: 'application/vnd.sqlite3' };

/** A file name from the title, safe on every system. */
export function fileNameFor(title: string, format: ExportRequest['format']): string {
  const base =
    title
      .normalize('NFKD')
      .replace(/[^\w\s-]/g, '')
      .trim()
      .replace(/\s+/g, '-')
      .slice(0, 80) || 'postmortem';
  return format === 'pdf' ? `${base}.pdf` : format === 'md' ? `${base}.md` : `${base}.postmortem`;
}

/** Export from the app: the preview's model, a file the shell chose, or bytes to download. */
export class ExportService {
  constructor(private readonly options: ExportServiceOptions) {}

  preview(postmortemId: string, choices: ReportChoices): Promise<ReportModel> {
    return reportModel(this.options, postmortemId, choices);
  }

  async toFile(request: ExportRequest, target: string): Promise<ExportResult> {
    const progress = (fraction: number, stage: string) =>
      this.options.onProgress({ exportId: request.exportId, fraction, stage });
    progress(0, 'Reading the postmortem');
    const result = await exportReport(
      this.options,
      {
        postmortemId: request.postmortemId,
        format: request.format,
        out: target,
        choices: request.choices,
      },
      (done, total, stage) => {
        // Recomputing pins is most of the work before printing; printing is the rest.
        const fraction = stage.startsWith('Recomputing')
          ? 0.05 + (0.55 * done) / Math.max(1, total)
          : done === 0 && stage.includes('Printing')
            ? 0.85
            : 0.7;
        progress(fraction, stage);
      },
    );
    progress(1, 'Saved');
    return result;
  }

  importBundle(file: string): { postmortemId: string } {
    const imported = importBundle(file, this.options.bundleTarget());
    this.options.onImported(imported.postmortemId);
    return imported;
  }

  async download(request: ExportRequest, title: string): Promise<ExportDownload> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-download-'));
    try {
      const name = fileNameFor(title, request.format);
      const result = await this.toFile(request, path.join(dir, name));
      let bytes: Uint8Array;
      let fileName = name;
      if (request.format === 'md') {
        bytes = zipSync(zipEntries(dir));
        fileName = name.replace(/\.md$/, '-markdown.zip');
      } else bytes = fs.readFileSync(result.path);
      return {
        fileName,
        mimeType: MIME[request.format],
        base64: Buffer.from(bytes).toString('base64'),
        bytes: bytes.length,
        pages: result.pages,
      };
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
}

function zipEntries(dir: string, prefix = ''): Record<string, Uint8Array> {
  const out: Record<string, Uint8Array> = {};
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) Object.assign(out, zipEntries(full, `${prefix}${entry.name}/`));
    else out[`${prefix}${entry.name}`] = fs.readFileSync(full);
  }
  return out;
}
