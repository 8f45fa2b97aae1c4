import path from 'node:path';
import {
  EXPORT_FORMATS,
  reportChoicesSchema,
  type ExportFormat,
} from '../../shared/contract/export';
import { REPORT_SECTIONS } from '../../shared/report';
import type { Backend } from '../backend';
import { callerOver } from '../export/caller';
import { exportReport } from '../export/export-report';
import { openChromiumPrinter } from '../export/pdf/chromium';
import { repoResourcesDir } from '../resources-dir';
import { required, UsageError, type ParsedArgs } from './args';
import { printJson, type CliIo } from './output';

export const EXPORT_USAGE =
  'Usage: export --data-dir DIR --postmortem ID --format pdf|md|bundle --out PATH [--roles] [--paper A4|Letter] [--omit SECTION,...] [--json]';

/** `export`: the report (PDF, Markdown) or the portable postmortem file, written to --out. */
export async function exportCommand(backend: Backend, args: ParsedArgs, io: CliIo): Promise<void> {
  if (args.positionals.length > 0)
    throw new UsageError(`Unexpected argument "${args.positionals[0]}".`);
  const postmortemId = required(args, 'postmortem', EXPORT_USAGE);
  const format = required(args, 'format', EXPORT_USAGE) as ExportFormat;
  if (!EXPORT_FORMATS.includes(format)) {
    throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}, not "${format}".`);
  }
  const out = path.resolve(required(args, 'out', EXPORT_USAGE));
  const omit = (args.flags.get('omit') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const known = REPORT_SECTIONS.map((s) => s.id as string);
  const unknown = omit.filter((s) => !known.includes(s));
  if (unknown.length)
    throw new UsageError(`--omit knows ${known.join(', ')}; not ${unknown.join(', ')}.`);
  const paper = args.flags.get('paper') ?? 'A4';
  if (paper !== 'A4' && paper !== 'Letter')
    throw new UsageError(`--paper must be A4 or Letter, not "${paper}".`);
  const choices = reportChoicesSchema.parse({ anonymise: args.switches.has('roles'), omit, paper });
  const result = await exportReport(
    {
      call: callerOver(() => backend.handlers),
      now: () => new Date(),
      resourcesDir: repoResourcesDir() ?? null,
      openPrinter: () => openChromiumPrinter(),
    },
    { postmortemId, format, out, choices },
  );
  if (args.switches.has('json')) return printJson(io, result);
  io.stdout(
    `Wrote ${result.path} (${result.bytes} bytes${result.pages ? `, ${result.pages} pages` : ''}).\n`,
  );
}
