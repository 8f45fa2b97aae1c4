import path from 'node:path';
import { openWritable } from '../../../main/db/connection';
import { migrate } from '../../../main/db/migrate';
import { OperationService } from '../../../main/postmortems/ops/operation-service';
import { PostmortemRepository } from '../../../main/postmortems/repository';
import type { AppliedBatch } from '../../../shared/doc/batch';
import type { PostmortemContent } from '../../../shared/domain';
import { manualClock, tempDir } from '../db/temp';

/** A real database file with the operation service over it, collecting what it announces. */
export function opsSetup() {
  const file = path.join(tempDir('pm-ops-'), 'documents.sqlite');
  const db = openWritable(file);
  migrate(db);
  const clock = manualClock('2026-03-16T14:00:00.000Z');
  const repo = new PostmortemRepository(db, clock.now);
  const announced: AppliedBatch[] = [];
  const pinsChanged: string[] = [];
  const ops = new OperationService(db, repo, clock.now, {
    batch: (batch) => announced.push(batch),
    pinsChanged: (id) => pinsChanged.push(id),
  });
  const create = (content: PostmortemContent) => repo.create(content).id;
  /** Every row whose foreign key points nowhere, across the whole database. */
  const orphans = () => db.pragma('foreign_key_check') as unknown[];
  return { file, db, clock, repo, ops, announced, pinsChanged, create, orphans };
}
