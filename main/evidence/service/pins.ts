import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/contract/errors';
import {
  evidenceIdsOf,
  pinSpecSchema,
  type Pin,
  type PinSpec,
  type PinTarget,
} from '../../../shared/evidence';
import type { WriteDb } from '../../db/handles';

interface PinRow {
  id: string;
  postmortem_id: string;
  target_kind: 'diagnosis' | 'timeline';
  target_id: string;
  kind: string;
  spec_json: string;
  caption: string;
  position: number;
  created_at: string;
}

export interface NewPin {
  postmortemId: string;
  target: PinTarget;
  spec: PinSpec;
  caption: string;
}

export interface PinChanges {
  target?: PinTarget;
  spec?: PinSpec;
  caption?: string;
  position?: number;
}

/** Pins: what to compute, where to show it. Positions are kept dense (0..n-1) per target. */
export class PinRepository {
  constructor(
    private readonly db: () => WriteDb,
    private readonly now: () => Date,
  ) {}

  list(postmortemId: string): Pin[] {
    const rows = this.db()
      .prepare(
        'SELECT * FROM pins WHERE postmortem_id = ? ORDER BY target_kind, target_id, position, created_at',
      )
      .all(postmortemId) as PinRow[];
    return rows.map(fromRow);
  }

  get(id: string): Pin {
    const row = this.db().prepare('SELECT * FROM pins WHERE id = ?').get(id) as PinRow | undefined;
    if (!row)
      throw new AppError('not_found', `There is no pin with id "${id}"; it may have been removed.`);
    return fromRow(row);
  }

  create(pin: NewPin): Pin {
    const db = this.db();
    const id = randomUUID();
    const at = this.now().toISOString();
    db.transaction(() => {
      this.requireTarget(pin.postmortemId, pin.target);
      const [kind, targetId] = targetKey(pin.target);
      const position = db
        .prepare(
          'SELECT count(*) FROM pins WHERE postmortem_id = ? AND target_kind = ? AND target_id = ?',
        )
        .pluck()
        .get(pin.postmortemId, kind, targetId) as number;
      db.prepare(
        `INSERT INTO pins (id, postmortem_id, target_kind, target_id, kind, spec_json, caption,
           position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        id,
        pin.postmortemId,
        kind,
        targetId,
        pin.spec.kind,
        JSON.stringify(pin.spec),
        pin.caption,
        position,
        at,
        at,
      );
      this.link(id, pin.spec);
    }).immediate();
    return this.get(id);
  }

  update(id: string, changes: PinChanges): Pin {
    const db = this.db();
    db.transaction(() => {
      const current = this.get(id);
      const target = changes.target ?? current.target;
      const spec = changes.spec ?? current.spec;
      const moved = JSON.stringify(target) !== JSON.stringify(current.target);
      if (moved) this.requireTarget(current.postmortemId, target);
      if (moved) this.removeFromTarget(current);
      const [kind, targetId] = targetKey(target);
      const count = db
        .prepare(
          'SELECT count(*) FROM pins WHERE postmortem_id = ? AND target_kind = ? AND target_id = ? AND id <> ?',
        )
        .pluck()
        .get(current.postmortemId, kind, targetId, id) as number;
      const wanted = changes.position ?? (moved ? count : current.position);
      const position = Math.min(wanted, count);
      if (!moved) this.removeFromTarget(current);
      db.prepare(
        `UPDATE pins SET position = position + 1 WHERE postmortem_id = ? AND target_kind = ?
           AND target_id = ? AND id <> ? AND position >= ?`,
      ).run(current.postmortemId, kind, targetId, id, position);
      db.prepare(
        `UPDATE pins SET target_kind = ?, target_id = ?, kind = ?, spec_json = ?, caption = ?,
           position = ?, updated_at = ? WHERE id = ?`,
      ).run(
        kind,
        targetId,
        spec.kind,
        JSON.stringify(spec),
        changes.caption ?? current.caption,
        position,
        this.now().toISOString(),
        id,
      );
      db.prepare('DELETE FROM pin_evidence WHERE pin_id = ?').run(id);
      this.link(id, spec);
    }).immediate();
    return this.get(id);
  }

  delete(id: string): { id: string } {
    const db = this.db();
    db.transaction(() => {
      const current = this.get(id);
      db.prepare('DELETE FROM pins WHERE id = ?').run(id);
      this.removeFromTarget(current);
    }).immediate();
    return { id };
  }

  /** A pin's target is a row with a foreign key to it: say which is missing before SQLite does. */
  private requireTarget(postmortemId: string, target: PinTarget): void {
    const [kind, id] = targetKey(target);
    const table = kind === 'diagnosis' ? 'diagnosis_answers' : 'timeline_events';
    const found = this.db()
      .prepare(`SELECT 1 FROM ${table} WHERE postmortem_id = ? AND id = ?`)
      .get(postmortemId, id);
    if (!found) {
      throw new AppError(
        'not_found',
        `The ${kind === 'diagnosis' ? 'diagnosis question' : 'timeline event'} to pin to is no ` +
          'longer in this postmortem (deleted in another window?); choose another.',
      );
    }
  }

  /** Closes the gap a pin leaves among its target's pins. */
  private removeFromTarget(pin: Pin): void {
    const [kind, targetId] = targetKey(pin.target);
    this.db()
      .prepare(
        `UPDATE pins SET position = position - 1 WHERE postmortem_id = ? AND target_kind = ?
           AND target_id = ? AND id <> ? AND position > ?`,
      )
      .run(pin.postmortemId, kind, targetId, pin.id, pin.position);
  }

  private link(id: string, spec: PinSpec): void {
    const insert = this.db().prepare(
      'INSERT INTO pin_evidence (pin_id, evidence_id) VALUES (?, ?)',
    );
    for (const evidenceId of evidenceIdsOf(spec)) insert.run(id, evidenceId);
  }
}

function targetKey(target: PinTarget): ['diagnosis' | 'timeline', string] {
  return target.kind === 'diagnosis'
    ? ['diagnosis', target.answerId]
    : ['timeline', target.eventId];
}

function fromRow(row: PinRow): Pin {
  // The stored spec was validated on the way in; parsing again keeps an edited file from leaking.
  const spec = pinSpecSchema.parse(JSON.parse(row.spec_json));
  const target: PinTarget =
    row.target_kind === 'diagnosis'
      ? { kind: 'diagnosis', answerId: row.target_id }
      : { kind: 'timeline', eventId: row.target_id };
  return {
    id: row.id,
    postmortemId: row.postmortem_id,
    target,
    spec,
    caption: row.caption,
    position: row.position,
    createdAt: row.created_at,
  };
}
