import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_EVIDENCE } from '../../../shared/template';
import type { ApiContext } from '../../../main/api/context';
import { EventBus } from '../../../main/api/event-bus';
import { DocumentsDatabase } from '../../../main/db/documents-database';
import { readMeta } from '../../../main/db/meta';
import { seedDemoEvidenceOnce } from '../../../main/evidence/seed-demo';
import { startEvidence } from '../../../main/evidence/start';
import { seedDemoOnce } from '../../../main/postmortems/seed';
import { Services } from '../../../main/services';
import { sharedTemplates } from '../../../main/postmortems/template-source';
import { migrationsWithEvidence } from './fixture';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

async function context(resourcesDir: string | null): Promise<ApiContext> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-seed-'));
  dirs.push(dataDir);
  const now = () => new Date('2026-03-20T10:00:00Z');
  const events = new EventBus();
  let documents: DocumentsDatabase | null = null;
  const services = new Services({ dataDir, events, now, db: () => documents!.writable() });
  documents = await DocumentsDatabase.open({
    dataDir,
    now,
    migrations: migrationsWithEvidence(),
    log: () => {},
    onOpen: (db) => seedDemoOnce(db, services.bind(db), sharedTemplates),
  });
  return {
    version: 'test',
    dataDir,
    resourcesDir,
    events,
    documents,
    templates: sharedTemplates,
    now,
    services,
  };
}

describe('demo evidence seeding', () => {
  it('imports the demo CSV into the demo postmortem once, with its pins that compute', async () => {
    const ctx = await context(path.resolve('resources'));
    const demoId = readMeta(ctx.documents.writable(), 'demo_seeded') as string;
    const logged: string[] = [];
    await seedDemoEvidenceOnce(ctx, (m) => logged.push(m));
    await seedDemoEvidenceOnce(ctx, (m) => logged.push(m));
    expect(logged).toEqual([]);
    const service = ctx.services.evidence;
    const [evidence, ...more] = service.list(demoId);
    expect(more).toEqual([]);
    expect(evidence?.fileName).toBe(DEMO_EVIDENCE.fileName);
    expect(evidence?.timeColumn).toBe(DEMO_EVIDENCE.timeColumn);
    const pins = service.pins.list(demoId);
    expect(pins).toHaveLength(DEMO_EVIDENCE.pins.length);
    for (const pin of pins) {
      const shown = await service.computePin(pin.spec);
      expect(shown.kind).toBe(pin.spec.kind);
    }
    const drift = pins.find((p) => p.spec.kind === 'drift-table');
    const table = await service.computePin(drift!.spec);
    if (table.kind !== 'drift-table') throw new Error('expected the drift table');
    const drifting = table.result.columns.filter((c) => c.drift).map((c) => c.column);
    expect(drifting).toEqual(
      expect.arrayContaining(['amount', 'merchant_category', 'model_version']),
    );
    const device = table.result.columns.find((c) => c.column === 'device_type')!;
    expect(device.missingShareIncident).toBeGreaterThan(device.missingShareBaseline * 5);
    const versions = pins.find(
      (p) => p.spec.kind === 'time-series' && p.spec.query.column === 'model_version',
    );
    expect(versions?.spec.kind === 'time-series' && versions.spec.query.agg).toBe('categories');
    // The cause tree cites the imported file's amount column and the chains' pins.
    const demo = ctx.services.postmortems().get(demoId);
    expect(demo.findings.map((f) => [f.evidenceId, f.columnName])).toEqual([
      [evidence!.id, 'amount'],
    ]);
    const cited = demo.links.filter((l) => l.kind === 'node_pin').map((l) => l.to);
    const chainPins = pins.filter(
      (p) =>
        p.target.kind === 'diagnosis' &&
        ['data_drift', 'silent_deployment'].includes(p.target.answerId),
    );
    expect(cited.sort()).toEqual(chainPins.map((p) => p.id).sort());
    expect(ctx.documents.writable().pragma('foreign_key_check')).toEqual([]);
    ctx.services.dispose();
    ctx.documents.close();
  });

  it('logs instead of throwing when the demo file is missing', async () => {
    const ctx = await context(fs.mkdtempSync(path.join(os.tmpdir(), 'pm-nores-')));
    const logged: string[] = [];
    await seedDemoEvidenceOnce(ctx, (m) => logged.push(m));
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(/demo evidence was not added: .*missing/);
    ctx.documents.close();
  });

  it('waits for a start with resources when there are none (the command line)', async () => {
    const ctx = await context(null);
    await seedDemoEvidenceOnce(ctx, () => {});
    expect(readMeta(ctx.documents.writable(), 'demo_evidence_seeded')).toBeNull();
    ctx.documents.close();
  });

  it('removes unfinished and orphaned evidence files at start, and keeps registered ones', async () => {
    const ctx = await context(path.resolve('resources'));
    await startEvidence(ctx, () => {});
    const dir = path.join(ctx.dataDir, 'evidence');
    const kept = fs.readdirSync(dir);
    expect(kept).toHaveLength(1); // the demo's evidence
    const orphan = path.join(dir, '0b5c3a8e-1111-4222-8333-944455556666.sqlite');
    const partial = path.join(dir, '0b5c3a8e-1111-4222-8333-944455556667.sqlite.partial');
    const fresh = path.join(dir, '0b5c3a8e-1111-4222-8333-944455556668.sqlite');
    for (const f of [orphan, partial, fresh]) fs.writeFileSync(f, '');
    const old = new Date(Date.now() - 2 * 3_600_000);
    fs.utimesSync(orphan, old, old);
    const logged: string[] = [];
    await startEvidence(ctx, (m) => logged.push(m));
    expect(fs.readdirSync(dir).sort()).toEqual([...kept, path.basename(fresh)].sort());
    expect(logged).toEqual(['Removed 2 unfinished evidence file(s).']);
    ctx.services.dispose();
    ctx.documents.close();
  });
});
