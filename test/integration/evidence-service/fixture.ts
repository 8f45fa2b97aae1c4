import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { blankPostmortem } from '../../../shared/domain';
import { DocumentsDatabase } from '../../../main/db/documents-database';
import { migrations } from '../../../main/db/migrations';
import type { Migration } from '../../../main/db/migrations/types';
import { EvidenceService } from '../../../main/evidence/service/evidence-service';
import { PostmortemRepository } from '../../../main/postmortems/repository';

/** The app's migration list; it must hold the evidence tables (migration 003). */
export function migrationsWithEvidence(): readonly Migration[] {
  if (!migrations.some((m) => m.version === 3)) {
    throw new Error('Migration 003 (evidence) is not listed in main/db/migrations/index.ts.');
  }
  return migrations;
}

export interface EvidenceFixture {
  dataDir: string;
  service: EvidenceService;
  documents: DocumentsDatabase;
  postmortemId: string;
  newPostmortem(title: string, timeZone?: string): string;
  close(): void;
}

export async function openFixture(): Promise<EvidenceFixture> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-evidence-'));
  const now = () => new Date('2026-03-20T10:00:00Z');
  const documents = await DocumentsDatabase.open({
    dataDir,
    now,
    migrations: migrationsWithEvidence(),
    log: () => {},
  });
  const repository = new PostmortemRepository(documents.writable(), now);
  const service = new EvidenceService({ dataDir, db: () => documents.writable(), now });
  // One timeline event ('ev-1') to pin to, besides the diagnosis questions.
  const newPostmortem = (title: string, timeZone?: string) =>
    repository.create({
      ...blankPostmortem(title, timeZone),
      timeline: [
        { id: 'ev-1', at: '2026-03-12T02:00:00.000Z', kind: 'deployment', text: 'v13 live' },
      ],
    }).id;
  return {
    dataDir,
    service,
    documents,
    postmortemId: newPostmortem('Evidence test'),
    newPostmortem,
    close() {
      service.close();
      documents.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
