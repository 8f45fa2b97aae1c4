import { randomUUID } from 'node:crypto';
import { AppError } from '../../shared/contract';
import type { Postmortem, PostmortemContent, PostmortemListItem } from '../../shared/domain';
import { BIN_KEEP_DAYS, LIMITS } from '../../shared/domain';
import type { WriteDb } from '../db/handles';
import { listNames } from '../../shared/doc/registry';
import { ChildStatements, type Children } from './children';
import { BIN_SQL, GET_SQL, LIST_SQL, PURGE_SQL, SEARCH_SQL } from './queries';
import { assemble, contentColumns, type PostmortemRow } from './rows';
import { SearchIndex } from '../search/search-index';
import { searchPostmortems } from '../search/search-query';
import { boardActions } from '../actions/board-query';
import type { BoardRequest, BoardResult } from '../../shared/actions/board';
import { libraryTrends } from '../trends/trends-query';
import { similarIncidents } from '../trends/similar-query';
import type { Trends } from '../../shared/trends/types';
import type { Similar } from '../../shared/trends/similar';
import type { SearchRequest, SearchResult } from '../../shared/search/types';

export const PURGE_AFTER_DAYS = BIN_KEEP_DAYS;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The postmortems table and its items: reading a whole postmortem, creating, copying, the bin.
 * Edits go through operations (ops/operation-service.ts), never through a rewrite of the rows.
 * Content arrives validated; SQLite still guards what it can (foreign keys, CHECKs), and every
 * write is one transaction.
 */
export class PostmortemRepository {
  private readonly children: ChildStatements;
  /** The full-text index of what is written, kept in the same transaction as each change. */
  readonly search: SearchIndex;

  constructor(
    private readonly db: WriteDb,
    private readonly now: () => Date = () => new Date(),
    private readonly newId: () => string = randomUUID,
  ) {
    // Case-insensitive beyond ASCII (LIKE and NOCASE fold only A-Z): "müller" finds "Müller".
    db.function('fold', { deterministic: true }, (value: unknown) =>
      typeof value === 'string' ? value.normalize('NFC').toLowerCase() : value,
    );
    this.children = new ChildStatements(db);
    this.search = new SearchIndex(db);
  }

  /** Postmortems not in the bin, most recently updated first; `query` matches title or model name. */
  list(query?: string): PostmortemListItem[] {
    const needle = query?.trim().normalize('NFC').toLowerCase() ?? '';
    if (needle === '') {
      return this.db.prepare(LIST_SQL).all() as PostmortemListItem[];
    }
    return this.db.prepare(SEARCH_SQL).all({ needle }) as PostmortemListItem[];
  }

  /** What the bin holds, most recently deleted first (each with its `deletedAt`). */
  listDeleted(): PostmortemListItem[] {
    return this.db.prepare(BIN_SQL).all() as PostmortemListItem[];
  }

  /** Full-text search over every live postmortem (main/search). */
  searchAll(request: SearchRequest): SearchResult {
    return searchPostmortems(this.db, request);
  }

  /** Every live postmortem's actions, filtered, overdue first (main/actions). */
  actions(request: BoardRequest, today: string): BoardResult {
    return boardActions(this.db, request, today);
  }

  /** The library's trends (main/trends); `today` decides what is overdue. */
  trends(today: string): Trends {
    return libraryTrends(this.db, today);
  }

  /** Earlier postmortems like this one, best first (main/trends). */
  similar(id: string, limit: number): Similar[] {
    this.liveRow(id);
    return similarIncidents(this.db, id, limit);
  }

  get(id: string): Postmortem {
    return this.read(this.liveRow(id));
  }

  create(content: PostmortemContent, templateId: string | null = null): Postmortem {
    const id = this.newId();
    const stamp = this.now().toISOString();
    this.db
      .transaction(() => {
        this.insertRow(id, content, templateId, stamp);
        this.children.insertAll(id, childrenOf(content));
        this.search.sync(id, content);
      })
      .immediate();
    return this.get(id);
  }

  /** The postmortem's row, checked to be live (not in the bin); for the operation service. */
  requireLive(id: string): PostmortemRow {
    return this.liveRow(id);
  }

  /**
   * A new postmortem with the same content, titled "Copy of …". Item ids are kept: they are keyed
   * by (postmortem, id), so the copy's links need no translation.
   */
  duplicate(id: string): Postmortem {
    const {
      id: _id,
      templateId,
      createdAt: _c,
      updatedAt: _u,
      revision: _r,
      ...content
    } = this.get(id);
    return this.create(
      { ...content, title: `Copy of ${content.title}`.slice(0, LIMITS.title) },
      templateId,
    );
  }

  /** Moves a postmortem to the bin; purged for good after PURGE_AFTER_DAYS. Repeating it is harmless. */
  delete(id: string): { id: string; deletedAt: string } {
    return this.db
      .transaction(() => {
        const row = this.anyRow(id);
        if (row.deleted_at) return { id, deletedAt: row.deleted_at };
        const deletedAt = this.now().toISOString();
        this.db.prepare('UPDATE postmortems SET deleted_at = ? WHERE id = ?').run(deletedAt, id);
        return { id, deletedAt };
      })
      .immediate();
  }

  /** Takes a postmortem back out of the bin (the undo of delete). */
  restore(id: string): Postmortem {
    this.db
      .transaction(() => {
        this.anyRow(id);
        this.db.prepare('UPDATE postmortems SET deleted_at = NULL WHERE id = ?').run(id);
      })
      .immediate();
    return this.get(id);
  }

  /** Deletes for good what has been in the bin longer than `days`; returns how many. */
  purgeDeleted(days = PURGE_AFTER_DAYS): number {
    const cutoff = new Date(this.now().getTime() - days * DAY_MS).toISOString();
    return this.db.prepare(PURGE_SQL).run(cutoff).changes;
  }

  private insertRow(
    id: string,
    content: PostmortemContent,
    templateId: string | null,
    stamp: string,
  ): void {
    const columns = contentColumns(content);
    const names = Object.keys(columns);
    this.db
      .prepare(
        `INSERT INTO postmortems (id, template_id, ${names.join(', ')}, created_at, updated_at,
         revision) VALUES (@id, @template_id, ${names.map((n) => `@${n}`).join(', ')}, @stamp,
         @stamp, 0)`,
      )
      .run({ ...columns, id, template_id: templateId, stamp });
  }

  private read(row: PostmortemRow): Postmortem {
    return assemble(row, this.children.read(row.id));
  }

  /** Indexes a postmortem written outside this class (a portable file's rows), bin or not. */
  reindex(id: string): void {
    this.search.sync(id, this.read(this.anyRow(id)));
  }

  /** Indexes every postmortem again when the registry's text fields changed since the index was built. */
  ensureSearchCurrent(): boolean {
    return this.search.ensureCurrent((id) => this.read(this.anyRow(id)));
  }

  /** Bumps the revision for a change made outside the operations (a restore from the bin). */
  touch(id: string): number {
    this.db
      .prepare('UPDATE postmortems SET revision = revision + 1, updated_at = ? WHERE id = ?')
      .run(this.now().toISOString(), id);
    return this.anyRow(id).revision;
  }

  private anyRow(id: string): PostmortemRow {
    const row = this.db.prepare(GET_SQL).get(id) as PostmortemRow | undefined;
    if (!row) {
      throw new AppError(
        'not_found',
        `There is no postmortem with id "${id}"; it may have been purged from the bin.`,
      );
    }
    return row;
  }

  private liveRow(id: string): PostmortemRow {
    const row = this.anyRow(id);
    if (row.deleted_at) {
      throw new AppError(
        'not_found',
        `"${row.title}" is in the bin (deleted ${row.deleted_at}); restore it first.`,
      );
    }
    return row;
  }
}

/** The rows of each list and the links, as ChildStatements stores them. */
export function childrenOf(content: PostmortemContent): Children {
  const lists = {
    kpis: content.purpose.kpis,
    acceptedRisks: content.purpose.acceptedRisks,
    diagnosis: content.diagnosis,
    rootCauses: content.rootCauses,
    workedWell: content.workedWell,
    actions: content.actions,
    lessons: content.lessons,
    timeline: content.timeline,
    participants: content.participants,
    parkingLot: content.parkingLot,
    notes: content.notes,
    causeNodes: content.causeNodes,
    findings: content.findings,
  } satisfies Record<(typeof listNames)[number], readonly object[]>;
  return { ...(lists as unknown as Omit<Children, 'links'>), links: content.links };
}
