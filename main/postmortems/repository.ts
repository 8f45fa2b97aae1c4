import { randomUUID } from 'node:crypto';
import { AppError } from '../../shared/contract';
import type { Postmortem, PostmortemContent, PostmortemListItem } from '../../shared/domain';
import { LIMITS } from '../../shared/domain';
import type { WriteDb } from '../db/handles';
import { ChildStatements, childrenOf } from './children';
import { GET_SQL, LIST_SQL, PURGE_SQL, SEARCH_SQL } from './queries';
import { assemble, contentColumns, type PostmortemRow } from './rows';

export const PURGE_AFTER_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The postmortems table and its sections. Content arrives validated (the dispatcher parses it with
 * the contract's schema); SQLite still guards what it can (foreign keys, CHECKs), and every write
 * is one transaction.
 */
export class PostmortemRepository {
  private readonly children: ChildStatements;

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
  }

  /** Postmortems not in the bin, most recently updated first; `query` matches title or model name. */
  list(query?: string): PostmortemListItem[] {
    const needle = query?.trim().normalize('NFC').toLowerCase() ?? '';
    if (needle === '') {
      return this.db.prepare(LIST_SQL).all() as PostmortemListItem[];
    }
    return this.db.prepare(SEARCH_SQL).all({ needle }) as PostmortemListItem[];
  }

  get(id: string): Postmortem {
    return this.read(this.liveRow(id));
  }

  create(content: PostmortemContent): Postmortem {
    const id = this.newId();
    const stamp = this.now().toISOString();
    this.db
      .transaction(() => {
        this.insertRow(id, content, stamp);
        this.children.replace(id, childrenOf(content));
      })
      .immediate();
    return this.get(id);
  }

  /** Full replace of the content, accepted only if nobody saved since `baseRevision` was read. */
  save(id: string, baseRevision: number, content: PostmortemContent): Postmortem {
    this.db
      .transaction(() => {
        const row = this.liveRow(id);
        if (row.revision !== baseRevision) {
          throw new AppError(
            'conflict',
            `"${row.title}" was changed elsewhere (it is at revision ${row.revision}, this edit ` +
              `started from ${baseRevision}). Nothing was saved: reload it, then apply your change again.`,
          );
        }
        const columns = contentColumns(content);
        const names = Object.keys(columns);
        this.db
          .prepare(
            `UPDATE postmortems SET ${names.map((n) => `${n} = @${n}`).join(', ')},
             revision = revision + 1, updated_at = @updated_at WHERE id = @id`,
          )
          .run({ ...columns, updated_at: this.now().toISOString(), id });
        this.children.replace(id, childrenOf(content));
      })
      .immediate();
    return this.get(id);
  }

  rename(id: string, title: string): Postmortem {
    this.db
      .transaction(() => {
        this.liveRow(id);
        this.db
          .prepare(
            `UPDATE postmortems SET title = ?, revision = revision + 1, updated_at = ? WHERE id = ?`,
          )
          .run(title, this.now().toISOString(), id);
      })
      .immediate();
    return this.get(id);
  }

  /** A new postmortem with the same content, titled "Copy of …", and new ids for every item. */
  duplicate(id: string): Postmortem {
    const source = this.get(id);
    const copy: PostmortemContent = {
      title: `Copy of ${source.title}`.slice(0, LIMITS.title),
      status: source.status,
      summary: source.summary,
      purpose: {
        ...source.purpose,
        kpis: source.purpose.kpis.map((k) => ({ ...k, id: this.newId() })),
        acceptedRisks: source.purpose.acceptedRisks.map((r) => ({ ...r, id: this.newId() })),
      },
      diagnosis: source.diagnosis,
      rootCauses: source.rootCauses.map((c) => ({ ...c, id: this.newId() })),
      workedWell: source.workedWell.map((w) => ({ ...w, id: this.newId() })),
      actions: source.actions.map((a) => ({ ...a, id: this.newId() })),
      lessons: source.lessons,
      timeline: source.timeline.map((e) => ({ ...e, id: this.newId() })),
      participants: source.participants.map((p) => ({ ...p, id: this.newId() })),
      parkingLot: source.parkingLot.map((p) => ({ ...p, id: this.newId() })),
      notes: source.notes,
    };
    return this.create(copy);
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

  private insertRow(id: string, content: PostmortemContent, stamp: string): void {
    const columns = contentColumns(content);
    const names = Object.keys(columns);
    this.db
      .prepare(
        `INSERT INTO postmortems (id, ${names.join(', ')}, created_at, updated_at, revision)
         VALUES (@id, ${names.map((n) => `@${n}`).join(', ')}, @stamp, @stamp, 0)`,
      )
      .run({ ...columns, id, stamp });
  }

  private read(row: PostmortemRow): Postmortem {
    return assemble(row, this.children.read(row.id));
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
