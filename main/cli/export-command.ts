import path from 'node:path';
import {
  EXPORT_FORMATS,
  reportChoicesSchema,
  type ExportFormat,
} from '../../shared/contract/export';
import { REPORT_SECTIONS } from '../../shared/report';
import type { Backend } from '../backend';
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
  // The back end's own export: the same as the app's, printed by a Chromium found on the machine.
  const result = await backend.exports.toFile(
    { postmortemId, format, choices, exportId: 'cli' },
    out,
  );
  if (args.switches.has('json')) return printJson(io, result);
  io.stdout(
    `Wrote ${result.path} (${result.bytes} bytes${result.pages ? `, ${result.pages} pages` : ''}).\n`,
  );
}

export const IMPORT_BUNDLE_USAGE = 'Usage: import-bundle FILE --data-dir DIR [--json]';

/** `import-bundle`: a portable postmortem file becomes a new postmortem of this data folder. */
export async function importBundleCommand(
  backend: Backend,
  args: ParsedArgs,
  io: CliIo,
): Promise<void> {
  if (args.positionals.length !== 1) {
    throw new UsageError(`Name exactly one portable postmortem file. ${IMPORT_BUNDLE_USAGE}`);
  }
  const file = path.resolve(args.positionals[0] as string);
  const result = backend.exports.importBundle(file);
  if (args.switches.has('json')) return printJson(io, result);
  io.stdout(`Imported ${path.basename(file)} as postmortem ${result.postmortemId}.\n`);
}
