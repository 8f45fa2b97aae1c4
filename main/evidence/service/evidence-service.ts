import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/contract/errors';
import type {
  ColumnSummary,
  CommitInput,
  DriftInput,
  DriftTable,
  EvidenceHistogram,
  EvidenceInfo,
  EvidencePage,
  EvidenceWindowSpec,
  HistogramInput,
  IncidentContext,
  ImportProgressEvent,
  PageInput,
  PinSpec,
  StagedPreview,
  StageInput,
  ColumnRole,
  TimeOverview,
  TimeSeries,
  TimeSeriesInput,
} from '../../../shared/evidence';
import type { WriteDb } from '../../db/handles';
import {
  commitImport,
  discardImport,
  ImportError,
  removeStalePartials,
  stageImport,
  type StagedImport,
} from '../import';
import { type FileRef, type QueryMethods, serializeError } from '../query-worker/protocol';
import { QueryClient } from '../query-worker/query-client';
import { cachePathFor } from '../query/column-cache';
import { checkWindows } from './check-spec';
import { factsFromFile } from './facts';
import { PinRepository } from './pins';
import { EvidenceRegistry, postmortemExists, type RegisteredEvidence } from './registry';
import { toPreview } from './staging';

export type PinResult =
  | { kind: 'histogram'; result: EvidenceHistogram }
  | { kind: 'time-series'; result: TimeSeries }
  | { kind: 'drift-table'; result: DriftTable };

export interface EvidenceServiceOptions {
  dataDir: string;
  /** The documents database (throws AppError 'unavailable' while it is damaged). */
  db: () => WriteDb;
  now?: () => Date;
  onProgress?: (progress: ImportProgressEvent) => void;
  /** Read an opened file's columns into memory in the background (see query/prefetch.ts); the
   * worker does it, so it delays only other queries. */
  prefetch?: boolean;
  /**
   * stop() waits (a minute at most) for column caches still being written after imports: the
   * command line, which exits right after an import. The app stops at once (rebuilt on next open).
   */
  finishCaches?: boolean;
}

/** Committed files with no registry row older than this are leftovers of a crash, and removed. */
const ORPHAN_AGE_MS = 60 * 60_000;
const COMMITTED = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.sqlite$/;
/** A file's column cache (query/column-cache.ts), or a temporary one being written. */
const CACHE =
  /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.columns(\.tmp-[\w-]+)?$/;
/** How long stop() waits for column caches being written (the command line's import). */
const CACHE_WAIT_MS = 60_000;

/**
 * Everything about evidence files: import (stage, commit, cancel), the registry in the documents
 * database, the queries computed next to the data, and pins. The queries run in a worker thread
 * (query-worker/) that keeps the open files and their caches: the main thread only looks the files
 * up in the registry and relays, so a cold drift table never delays another call's reply.
 */
export class EvidenceService {
  readonly evidenceDir: string;
  readonly registry: EvidenceRegistry;
  readonly pins: PinRepository;
  /** The query worker: started on the first query, stopped by close(). */
  readonly queries: QueryClient;
  private readonly running = new Map<string, AbortController>();
  private readonly staged = new Map<string, { staged: StagedImport; postmortemId: string }>();
  /** Column caches being written after imports (see column-cache.ts and finishCaches). */
  private readonly caching = new Set<Promise<void>>();

  constructor(private readonly options: EvidenceServiceOptions) {
    this.evidenceDir = path.join(options.dataDir, 'evidence');
    this.registry = new EvidenceRegistry(options.db);
    this.pins = new PinRepository(options.db, options.now ?? (() => new Date()));
    this.queries = new QueryClient({
      evidenceDir: this.evidenceDir,
      prefetch: options.prefetch ?? false,
    });
  }

  list(postmortemId: string): EvidenceInfo[] {
    return this.registry.list(postmortemId).map((e) => publicInfo(this.withFacts(e)));
  }

  get(evidenceId: string): EvidenceInfo {
    return publicInfo(this.withFacts(this.registry.get(evidenceId)));
  }

  /** Gives a column a role (feature, prediction, label, identifier, metadata), or back its inferred one with null. */
  setColumnRole(evidenceId: string, column: string, role: ColumnRole | null): EvidenceInfo {
    const found = this.registry.get(evidenceId);
    if (!found.columns.some((c) => c.name === column)) {
      throw new AppError(
        'invalid_input',
        `The evidence "${found.fileName}" has no column "${column}".`,
        [{ path: 'column', message: `Unknown column "${column}".` }],
      );
    }
    if (column === found.timeColumn) {
      throw new AppError(
        'invalid_input',
        `"${column}" is the time column of "${found.fileName}": its role is the time. Choose another time column at import to change it.`,
        [{ path: 'column', message: 'The time column keeps its role.' }],
      );
    }
    const at = (this.options.now ?? (() => new Date()))().toISOString();
    return publicInfo(this.registry.setRole(evidenceId, column, role, at));
  }

  /** Column facts for a file imported before they were recorded: read from it once, then kept. */
  private withFacts(found: RegisteredEvidence): RegisteredEvidence {
    if (found.columns.every((c) => c.binary !== undefined)) return found;
    try {
      this.registry.updateFacts(found.id, factsFromFile(path.join(this.evidenceDir, found.file)));
      return this.registry.get(found.id);
    } catch {
      // An unreadable file says so when a query opens it; the list still shows it.
      return found;
    }
  }

  async delete(evidenceId: string): Promise<{ evidenceId: string; removedPins: number }> {
    const found = this.registry.get(evidenceId);
    // The row goes first, so no later query finds the file while the worker closes it.
    const removedPins = this.registry.delete(evidenceId);
    try {
      await this.queries.drop(evidenceId);
    } catch {
      // A worker that failed has closed its files with it.
    }
    fs.rmSync(path.join(this.evidenceDir, found.file), { force: true });
    fs.rmSync(cachePathFor(path.join(this.evidenceDir, found.file)), { force: true });
    return { evidenceId, removedPins };
  }

  async stage(input: StageInput): Promise<StagedPreview> {
    this.requirePostmortem(input.postmortemId);
    const stagingId = input.stagingId ?? randomUUID();
    if (this.running.has(stagingId) || this.staged.has(stagingId)) {
      throw new AppError('conflict', `An import with id "${stagingId}" is already under way.`);
    }
    const controller = new AbortController();
    this.running.set(stagingId, controller);
    try {
      const staged = await stageImport({
        filePath: input.filePath,
        evidenceDir: this.evidenceDir,
        signal: controller.signal,
        ...(input.encoding ? { encoding: input.encoding } : {}),
        ...(input.delimiter ? { delimiter: input.delimiter } : {}),
        ...(input.hasHeader !== undefined ? { hasHeader: input.hasHeader } : {}),
        ...(input.missingMarkers ? { missingMarkers: input.missingMarkers } : {}),
        onProgress: (p) => this.options.onProgress?.({ stagingId, ...p }),
      });
      this.staged.set(stagingId, { staged, postmortemId: input.postmortemId });
      return toPreview(
        staged,
        input.postmortemId,
        stagingId,
        this.incidentContext(input.postmortemId).timeZone,
      );
    } catch (error) {
      throw asAppError(error);
    } finally {
      this.running.delete(stagingId);
    }
  }

  commit(input: CommitInput): EvidenceInfo {
    const entry = this.staged.get(input.stagingId);
    if (!entry) {
      throw new AppError(
        'not_found',
        `There is no staged import "${input.stagingId}": stage the file again.`,
      );
    }
    this.requirePostmortem(entry.postmortemId);
    let committed;
    try {
      // Times written without a zone are read in the postmortem's zone unless the preview chose.
      const timeZone =
        input.overrides.timeZone ?? this.incidentContext(entry.postmortemId).timeZone;
      committed = commitImport(entry.staged, { ...input.overrides, timeZone });
    } catch (error) {
      if (error instanceof ImportError && error.code === 'bad-override') throw asAppError(error);
      this.staged.delete(input.stagingId);
      throw asAppError(error);
    }
    this.staged.delete(input.stagingId);
    let registered: RegisteredEvidence;
    try {
      registered = this.registry.insert(
        entry.postmortemId,
        path.basename(committed.path),
        committed.meta,
        committed.facts,
      );
    } catch (error) {
      // The file is only evidence once registered: without its row it would be an orphan.
      fs.rmSync(committed.path, { force: true });
      throw error;
    }
    this.writeCache(registered);
    return publicInfo(registered);
  }

  /**
   * Reads the new file's columns in the query worker and writes its column cache, in the
   * background: the first drift table then reads columns in milliseconds instead of seconds.
   */
  private writeCache(found: RegisteredEvidence): void {
    const zone = this.zoneOf(found.postmortemId);
    const done: Promise<void> = this.queries.cache(found.id, found.file, zone).then(
      () => undefined,
      () => undefined, // without a cache the columns are read from the file, as before
    );
    this.caching.add(done);
    void done.finally(() => this.caching.delete(done));
  }

  /** Stage and commit in one go (the command line, the demo). */
  async importFile(
    input: StageInput,
    overrides: CommitInput['overrides'] = {},
  ): Promise<{ preview: StagedPreview; evidence: EvidenceInfo }> {
    const preview = await this.stage(input);
    try {
      return { preview, evidence: this.commit({ stagingId: preview.stagingId, overrides }) };
    } finally {
      this.cancel(preview.stagingId);
    }
  }

  cancel(stagingId: string): { stagingId: string; cancelled: boolean } {
    const running = this.running.get(stagingId);
    if (running) {
      running.abort();
      return { stagingId, cancelled: true };
    }
    const entry = this.staged.get(stagingId);
    if (entry) {
      discardImport(entry.staged);
      this.staged.delete(stagingId);
      return { stagingId, cancelled: true };
    }
    return { stagingId, cancelled: false };
  }

  page(input: PageInput): Promise<EvidencePage> {
    return this.ask('page', input, input.evidenceId);
  }

  columnSummary(evidenceId: string, column?: string): Promise<ColumnSummary[]> {
    return this.ask(
      'columnSummary',
      column === undefined ? { evidenceId } : { evidenceId, column },
      evidenceId,
    );
  }

  histogram(input: HistogramInput): Promise<EvidenceHistogram> {
    return this.ask('histogram', input, input.evidenceId, input.baseline, input.incident);
  }

  timeSeries(input: TimeSeriesInput): Promise<TimeSeries> {
    return this.ask('timeSeries', input, input.evidenceId);
  }

  /** The drift table; columns are grouped by the roles given, else by the file's roles now. */
  drift(input: DriftInput): Promise<DriftTable> {
    const roles = input.roles ?? rolesOf(this.registry.get(input.evidenceId));
    return this.ask('drift', { ...input, roles }, input.evidenceId, input.baseline, input.incident);
  }

  /** The file's time span and the change point that stands out, if any (proposes windows). */
  timeOverview(evidenceId: string): Promise<TimeOverview> {
    return this.ask('timeOverview', { evidenceId }, evidenceId);
  }

  /** Saves the comparison the facilitator chose for a file (null forgets it). */
  saveWindows(
    evidenceId: string,
    windows: { baseline: EvidenceWindowSpec; incident: EvidenceWindowSpec } | null,
  ): EvidenceInfo {
    const found = this.registry.get(evidenceId);
    if (windows) checkWindows(found, windows, (id) => this.registry.find(id));
    const at = (this.options.now ?? (() => new Date()))().toISOString();
    return publicInfo(this.registry.saveWindows(evidenceId, windows, at));
  }

  /** What the workspace needs of the postmortem: its zone and the incident's times. */
  incidentContext(postmortemId: string): IncidentContext {
    this.requirePostmortem(postmortemId);
    const row = this.options
      .db()
      .prepare('SELECT time_zone, started_at, ended_at FROM postmortems WHERE id = ?')
      .get(postmortemId) as {
      time_zone: string;
      started_at: string | null;
      ended_at: string | null;
    };
    return { timeZone: row.time_zone, startedAt: row.started_at, endedAt: row.ended_at };
  }

  /** Recomputes what a pin shows (the report and the diagnosis screen call this). */
  async computePin(spec: PinSpec): Promise<PinResult> {
    switch (spec.kind) {
      case 'histogram':
        return { kind: 'histogram', result: await this.histogram(spec.query) };
      case 'time-series':
        return { kind: 'time-series', result: await this.timeSeries(spec.query) };
      case 'drift-table':
        return { kind: 'drift-table', result: await this.drift(spec.query) };
    }
  }

  /** Removes staging leftovers and committed files no registry row names (crash leftovers). */
  removeLeftovers(): string[] {
    const removed = removeStalePartials(this.evidenceDir);
    let names: string[];
    try {
      names = fs.readdirSync(this.evidenceDir);
    } catch {
      return removed;
    }
    const known = this.registry.files();
    const now = Date.now();
    for (const name of names) {
      // A column cache goes with its file; a half-written one (a crash) goes at once.
      const cacheOf = CACHE.exec(name);
      if (cacheOf) {
        if (cacheOf[2] !== undefined || !known.has(`${cacheOf[1]}.sqlite`)) {
          fs.rmSync(path.join(this.evidenceDir, name), { force: true });
          removed.push(name);
        }
        continue;
      }
      if (!COMMITTED.test(name) || known.has(name)) continue;
      const file = path.join(this.evidenceDir, name);
      try {
        if (now - fs.statSync(file).mtimeMs < ORPHAN_AGE_MS) continue;
        fs.rmSync(file, { force: true });
        removed.push(name);
      } catch {
        // Best effort: tried again on the next start.
      }
    }
    return removed;
  }

  close(): void {
    void this.stop();
  }

  /** close(), resolved once the query worker has ended: what a process awaits before exiting. */
  async stop(): Promise<void> {
    for (const controller of this.running.values()) controller.abort();
    for (const { staged } of this.staged.values()) discardImport(staged);
    this.staged.clear();
    if (this.options.finishCaches && this.caching.size > 0) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        Promise.allSettled([...this.caching]),
        new Promise((resolve) => (timer = setTimeout(resolve, CACHE_WAIT_MS).unref())),
      ]);
      clearTimeout(timer);
    }
    await this.queries.stop();
  }

  /** The registry's file for this evidence id (throws not_found, as the queries do). */
  fileOf(evidenceId: string): string {
    return this.registry.get(evidenceId).file;
  }

  /**
   * Sends a query to the worker with the files it may open: the main file is looked up now (an
   * unknown id fails at once); another file a window names is looked up too, and its error, if
   * any, is thrown by the worker only when the query reaches that window.
   */
  private async ask<M extends keyof QueryMethods>(
    method: M,
    input: QueryMethods[M]['input'],
    evidenceId: string,
    ...windows: EvidenceWindowSpec[]
  ): Promise<QueryMethods[M]['result']> {
    const refOf = (id: string): FileRef => {
      const found = this.registry.get(id);
      return { file: found.file, name: found.fileName, timeZone: this.zoneOf(found.postmortemId) };
    };
    const files: Record<string, FileRef> = { [evidenceId]: refOf(evidenceId) };
    for (const window of windows) {
      if (window.kind !== 'evidence' || window.evidenceId in files) continue;
      try {
        files[window.evidenceId] = refOf(window.evidenceId);
      } catch (error) {
        files[window.evidenceId] = { error: serializeError(error) };
      }
    }
    return this.queries.query(method, input, files);
  }

  /** The zone whose clock a postmortem's time buckets follow (UTC if it cannot be read). */
  private zoneOf(postmortemId: string): string {
    const row = this.options
      .db()
      .prepare('SELECT time_zone FROM postmortems WHERE id = ?')
      .get(postmortemId) as { time_zone: string } | undefined;
    return row?.time_zone ?? 'UTC';
  }

  requirePostmortem(postmortemId: string): void {
    if (!postmortemExists(this.options.db(), postmortemId)) {
      throw new AppError(
        'not_found',
        `There is no postmortem with id "${postmortemId}" (or it is in the bin).`,
      );
    }
  }
}

/** Each column's role as the file has it now (chosen, else inferred). */
export function rolesOf(found: EvidenceInfo): Record<string, ColumnRole | 'time'> {
  return Object.fromEntries(found.columns.map((c) => [c.name, c.role]));
}

function publicInfo(found: RegisteredEvidence): EvidenceInfo {
  const { file: _file, ...info } = found;
  return info;
}

function asAppError(error: unknown): unknown {
  if (!(error instanceof ImportError)) return error;
  const code =
    error.code === 'not-found'
      ? 'not_found'
      : error.code === 'cancelled'
        ? 'cancelled'
        : error.code === 'disk-full'
          ? 'unavailable'
          : error.code === 'internal'
            ? 'internal'
            : 'invalid_input';
  // The window offers to read the file again in another encoding: mark the field, not just the text.
  const issues =
    error.code === 'invalid-encoding' ? [{ path: 'encoding', message: error.message }] : undefined;
  return new AppError(code, error.message, issues);
}
