import fs from 'node:fs';
import path from 'node:path';

/**
 * Writes a file whole or not at all: into a temporary name beside it, then renamed over the
 * target, so an export that fails half-way never leaves a truncated report where the old one was.
 */
export function writeFileAtomic(target: string, content: string | Uint8Array): number {
  const dir = path.dirname(target);
  fs.mkdirSync(dir, { recursive: true });
  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.${Date.now()}.partial`);
  try {
    fs.writeFileSync(temp, content);
    fs.renameSync(temp, target);
  } finally {
    fs.rmSync(temp, { force: true });
  }
  return fs.statSync(target).size;
}

/** "report.md" -> "report-files": the folder of charts beside a Markdown report. */
export function assetsDirFor(markdownPath: string): string {
  const base = path.basename(markdownPath).replace(/\.(md|markdown)$/i, '');
  return `${base}-files`;
}
