import path from 'node:path';
import { splitInterval } from '../../shared/evidence';
import { call, CliError } from './call';
import {
  actionsCommand,
  ACTIONS_USAGE,
  searchCommand,
  SEARCH_USAGE,
  trendsCommand,
  TRENDS_USAGE,
} from './library-commands';
import { createBackend, type Backend } from '../backend';
import { defaultHostDataDir, DATA_DIR_ENV } from '../host/args';
import { repoResourcesDir } from '../resources-dir';
import { parseArgs, required, UsageError, type ParsedArgs } from './args';
import { exportCommand, importBundleCommand } from './export-command';
import { driftText, printJson, table, type CliIo } from './output';

export const USAGE = [
  'Usage:',
  '  list   --data-dir DIR [--json]',
  '  import FILE --data-dir DIR --postmortem ID [--time-column NAME] [--time-zone ZONE] [--json]',
  '  drift  --data-dir DIR --evidence ID --baseline START/END --incident START/END',
  '         [--time-column NAME] [--columns A,B] [--correction benjamini-hochberg|bonferroni|none]',
  '         [--alpha 0.05] [--json]',
  '  export --data-dir DIR --postmortem ID --format pdf|md|bundle --out PATH [--roles]',
  '         [--paper A4|Letter] [--omit SECTION,...] [--json]',
  '  import-bundle FILE --data-dir DIR [--json]',
  `  ${SEARCH_USAGE}`,
  `  ${ACTIONS_USAGE}`,
  `  ${TRENDS_USAGE}`,
  'Windows are half-open ISO 8601 intervals, e.g. 2026-03-11T00:00:00Z/2026-03-12T00:00:00Z.',
].join('\n');

const KNOWN = {
  flags: [
    'data-dir',
    'postmortem',
    'evidence',
    'time-column',
    'time-zone',
    'baseline',
    'incident',
    'columns',
    'correction',
    'alpha',
    'format',
    'out',
    'paper',
    'omit',
    'layer',
    'model',
    'severity',
    'status',
    'from',
    'to',
    'limit',
    'owner',
    'area',
  ],
  switches: ['json', 'help', 'roles', 'overdue'],
};

export { CliError };

/**
 * The command line: `list`, `import`, `drift`. Goes through createBackend and the same dispatcher
 * as the window, so the CLI and the app validate and compute identically. Returns the exit code.
 */
export async function runCli(
  argv: readonly string[],
  io: CliIo,
  env: Readonly<Record<string, string | undefined>> = process.env,
): Promise<number> {
  let backend: Backend | null = null;
  try {
    const args = parseArgs(argv, KNOWN);
    if (args.switches.has('help') || args.command === 'help' || args.command === undefined) {
      if (args.command === undefined && !args.switches.has('help'))
        throw new UsageError('Name a command.');
      io.stdout(`${USAGE}\n`);
      return 0;
    }
    const command = COMMANDS[args.command];
    if (!command) throw new UsageError(`Unknown command "${args.command}".`);
    const dataDir = path.resolve(
      args.flags.get('data-dir') ?? env[DATA_DIR_ENV] ?? defaultHostDataDir(),
    );
    backend = await createBackend({
      dataDir,
      // The demo's evidence is imported from here on first use, as when the app opens.
      resourcesDir: repoResourcesDir(),
      log: () => {},
      // An import's column cache is written before the process exits (the next opening is fast).
      finishCaches: true,
    });
    if (backend.health.state !== 'ok') {
      throw new CliError(`The database in ${dataDir} cannot be used: ${backend.health.message}`);
    }
    await command(backend, args, io);
    return 0;
  } catch (error) {
    const usage = error instanceof UsageError;
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`error: ${oneLine(message)}${usage ? ' Run with --help for usage.' : ''}\n`);
    return usage ? 2 : 1;
  } finally {
    await backend?.stop();
  }
}

type Command = (backend: Backend, args: ParsedArgs, io: CliIo) => Promise<void>;

const COMMANDS: Record<string, Command> = {
  list,
  import: importCommand,
  drift,
  export: exportCommand,
  'import-bundle': importBundleCommand,
  search: searchCommand,
  actions: actionsCommand,
  trends: trendsCommand,
};

async function list(backend: Backend, args: ParsedArgs, io: CliIo): Promise<void> {
  noPositionals(args);
  const postmortems = await call(backend, 'postmortems.list', {});
  const out = [];
  for (const p of postmortems) {
    const evidence = await call(backend, 'evidence.list', { postmortemId: p.id });
    out.push({
      id: p.id,
      title: p.title,
      status: p.status,
      updatedAt: p.updatedAt,
      evidence: evidence.map((e) => ({ id: e.id, fileName: e.fileName, rowCount: e.rowCount })),
    });
  }
  if (args.switches.has('json')) return printJson(io, out);
  io.stdout(
    table([
      ['id', 'title', 'status', 'evidence'],
      ...out.map((p) => [
        p.id,
        p.title,
        p.status,
        p.evidence.map((e) => `${e.fileName} (${e.id})`).join(', '),
      ]),
    ]),
  );
}

async function importCommand(backend: Backend, args: ParsedArgs, io: CliIo): Promise<void> {
  const usage = 'Usage: import FILE --data-dir DIR --postmortem ID';
  if (args.positionals.length !== 1) throw new UsageError(`Name exactly one CSV file. ${usage}`);
  const filePath = path.resolve(args.positionals[0] as string);
  const postmortemId = required(args, 'postmortem', usage);
  const preview = await call(backend, 'evidence.stage', { postmortemId, filePath });
  const timeName = args.flags.get('time-column');
  let timeColumn: number | undefined;
  if (timeName !== undefined) {
    const column = preview.columns.find((c) => c.name === timeName);
    if (!column) {
      await call(backend, 'evidence.cancel', { stagingId: preview.stagingId });
      throw new CliError(`${preview.fileName} has no column "${timeName}".`);
    }
    timeColumn = column.index;
  }
  // Times written without a zone are read in this zone (default: the postmortem's).
  const timeZone = args.flags.get('time-zone');
  const overrides = {
    ...(timeColumn === undefined ? {} : { timeColumn }),
    ...(timeZone === undefined ? {} : { timeZone }),
  };
  let evidence;
  try {
    evidence = await call(backend, 'evidence.commit', { stagingId: preview.stagingId, overrides });
  } catch (error) {
    await call(backend, 'evidence.cancel', { stagingId: preview.stagingId });
    throw error;
  }
  const out = {
    evidenceId: evidence.id,
    postmortemId: evidence.postmortemId,
    fileName: evidence.fileName,
    rowCount: evidence.rowCount,
    timeColumn: evidence.timeColumn,
    columns: evidence.columns.map((c) => ({
      name: c.name,
      type: c.type,
      missingCount: c.missingCount,
      unparsedCount: c.unparsedCount,
      ...(c.wallClockZone ? { wallClockZone: c.wallClockZone } : {}),
      ...(c.decimalComma ? { decimalComma: true } : {}),
    })),
    warnings: evidence.warnings,
    badRowCount: preview.badRowCount,
  };
  if (args.switches.has('json')) return printJson(io, out);
  io.stdout(`Imported ${out.rowCount} rows of ${out.fileName} as evidence ${out.evidenceId}.\n`);
  io.stdout(
    table([
      ['column', 'type', 'missing'],
      ...out.columns.map((c) => [c.name, c.type, String(c.missingCount)]),
    ]),
  );
  for (const c of out.columns) {
    if (c.wallClockZone) {
      io.stdout(`"${c.name}": times written without a zone were read in ${c.wallClockZone}.\n`);
    }
  }
  for (const w of out.warnings) io.stdout(`warning: ${w}\n`);
}

async function drift(backend: Backend, args: ParsedArgs, io: CliIo): Promise<void> {
  noPositionals(args);
  const usage =
    'Usage: drift --data-dir DIR --evidence ID --baseline START/END --incident START/END';
  const evidenceId = required(args, 'evidence', usage);
  const interval = (name: 'baseline' | 'incident') => {
    const parsed = splitInterval(required(args, name, usage));
    if (!parsed) {
      throw new UsageError(
        `--${name} must be START/END, e.g. 2026-03-11T00:00:00Z/2026-03-12T00:00:00Z.`,
      );
    }
    return parsed;
  };
  const baseline = interval('baseline');
  const incident = interval('incident');
  const info = await call(backend, 'evidence.get', { evidenceId });
  const column = args.flags.get('time-column') ?? info.timeColumn;
  if (!column) {
    throw new UsageError(
      `${info.fileName} has no time column: name one with --time-column. ${usage}`,
    );
  }
  const window = (w: { start: string; end: string }) => ({ kind: 'time', column, ...w });
  const input: Record<string, unknown> = {
    evidenceId,
    baseline: window(baseline),
    incident: window(incident),
  };
  const columns = args.flags.get('columns');
  if (columns !== undefined)
    input.columns = columns
      .split(',')
      .map((c) => c.trim())
      .filter(Boolean);
  const correction = args.flags.get('correction');
  if (correction !== undefined) input.correction = correction;
  const alpha = args.flags.get('alpha');
  if (alpha !== undefined) {
    const n = Number(alpha);
    if (!Number.isFinite(n))
      throw new UsageError(`--alpha must be a number between 0 and 1, not "${alpha}".`);
    input.alpha = n;
  }
  const result = await call(backend, 'evidence.drift', input);
  if (args.switches.has('json')) return printJson(io, result.columns);
  io.stdout(
    `Baseline ${result.baselineRows} rows, incident ${result.incidentRows} rows; ` +
      `${result.driftedColumns} of ${result.testedColumns} tested columns drift` +
      `${result.datasetDrift ? ' (dataset drift)' : ''}; p-values corrected by ${result.correction}.\n`,
  );
  io.stdout(driftText(result.columns));
}

function noPositionals(args: ParsedArgs): void {
  if (args.positionals.length > 0)
    throw new UsageError(`Unexpected argument "${args.positionals[0]}".`);
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}
