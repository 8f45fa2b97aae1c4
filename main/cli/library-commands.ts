import type { Backend } from '../backend';
import { UsageError, type ParsedArgs } from './args';
import { call } from './call';
import { trendsMarkdown } from '../../shared/trends/summary';
import { printJson, table, type CliIo } from './output';

export const SEARCH_USAGE =
  'search QUERY --data-dir DIR [--layer L] [--model M] [--severity SEV1..4] [--status S] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--limit N] [--json]';
export const TRENDS_USAGE =
  'trends --data-dir DIR [--json]   (without --json: the Markdown summary)';
export const ACTIONS_USAGE =
  'actions --data-dir DIR [--overdue] [--owner NAME] [--area A] [--status S] [--json]';

function optional(args: ParsedArgs, names: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of names) {
    const value = args.flags.get(name);
    if (value !== undefined) out[name] = value;
  }
  return out;
}

/** `search`: the library's full-text search; one hit per postmortem, best first. */
export async function searchCommand(backend: Backend, args: ParsedArgs, io: CliIo): Promise<void> {
  if (args.positionals.length !== 1)
    throw new UsageError(`Name one search, quoted if it has spaces. Usage: ${SEARCH_USAGE}`);
  const input: Record<string, unknown> = {
    query: args.positionals[0],
    ...optional(args, ['layer', 'model', 'severity', 'status', 'from', 'to']),
  };
  const limit = args.flags.get('limit');
  if (limit !== undefined) {
    const n = Number(limit);
    if (!Number.isInteger(n) || n < 1 || n > 500)
      throw new UsageError(`--limit must be a whole number from 1 to 500, not "${limit}".`);
    input.limit = n;
  }
  const result = await call(backend, 'library.search', input);
  const hits = result.hits.map((h) => ({
    postmortemId: h.postmortem.id,
    title: h.postmortem.title,
    snippet: h.snippet,
    where: h.where,
    matches: h.matches,
  }));
  if (args.switches.has('json')) return printJson(io, hits);
  io.stdout(
    table([
      ['postmortem', 'title', 'where', 'snippet'],
      ...hits.map((h) => [h.postmortemId, h.title, h.where, h.snippet]),
    ]),
  );
}

/** `actions`: every postmortem's actions, overdue first. */
export async function actionsCommand(backend: Backend, args: ParsedArgs, io: CliIo): Promise<void> {
  if (args.positionals.length > 0)
    throw new UsageError(`Unexpected argument "${args.positionals[0]}". Usage: ${ACTIONS_USAGE}`);
  const input: Record<string, unknown> = optional(args, ['owner', 'area', 'status']);
  if (args.switches.has('overdue')) input.overdue = true;
  const { actions } = await call(backend, 'actions.board', input);
  const out = actions.map((a) => ({
    postmortemId: a.postmortemId,
    postmortemTitle: a.postmortemTitle,
    id: a.id,
    area: a.area,
    description: a.description,
    owner: a.owner,
    dueDate: a.dueDate,
    status: a.status,
    reviewDate: a.reviewDate,
    overdue: a.overdue,
    causes: a.causes.map((c) => c.id),
    // The last follow-up review's outcome (null when none was recorded).
    lastReviewedAt: a.lastReview?.recordedAt ?? null,
    lastReviewDone: a.lastReview?.done ?? null,
    lastReviewWorked: a.lastReview?.worked ?? null,
    lastReviewNote: a.lastReview?.note ?? null,
  }));
  if (args.switches.has('json')) return printJson(io, out);
  io.stdout(
    table([
      ['postmortem', 'action', 'owner', 'due', 'status', 'description'],
      ...out.map((a) => [
        a.postmortemTitle,
        a.id,
        a.owner,
        `${a.dueDate ?? '-'}${a.overdue ? ' (overdue)' : ''}`,
        a.status,
        a.description,
      ]),
    ]),
  );
}

/** `trends`: the library's trends as JSON, or as the Markdown summary the app downloads. */
export async function trendsCommand(backend: Backend, args: ParsedArgs, io: CliIo): Promise<void> {
  if (args.positionals.length > 0)
    throw new UsageError(`Unexpected argument "${args.positionals[0]}". Usage: ${TRENDS_USAGE}`);
  const trends = await call(backend, 'library.trends', {});
  if (args.switches.has('json')) return printJson(io, trends);
  io.stdout(trendsMarkdown(trends, new Date().toISOString().slice(0, 10)));
}
