import fs from 'node:fs';
import path from 'node:path';
import type { EvidenceInfo, PinSpec } from '../../shared/evidence';
import { DEMO_EVIDENCE } from '../../shared/template';
import { DEMO_FINDING_EVIDENCE } from '../../shared/template/demo-fraud-analysis';
import type { WriteDb } from '../db/handles';
import type { ApiContext } from '../api/context';
import { readMeta, writeMeta } from '../db/meta';
import { committedPathFor } from './import/staging-files';
import { postmortemExists } from './service/registry';

/** Set by the postmortem seeding: the id of the demo postmortem. */
const DEMO_POSTMORTEM = 'demo_seeded';
/** Set once the demo's evidence was imported (or could not be), so it is never imported twice. */
const DEMO_EVIDENCE_SEEDED = 'demo_evidence_seeded';

/**
 * Imports the demo's evidence file into the demo postmortem and pins its charts, the first time the
 * back end starts after the demo postmortem was added. Failures are logged, never thrown: a broken
 * demo must not keep the user from their own documents.
 */
export async function seedDemoEvidenceOnce(
  ctx: ApiContext,
  log: (message: string) => void,
): Promise<void> {
  try {
    const db = ctx.documents.writable();
    if (readMeta(db, DEMO_EVIDENCE_SEEDED) !== null) return;
    const postmortemId = readMeta(db, DEMO_POSTMORTEM);
    // No demo postmortem yet, or no resources (the command line): a later start seeds it.
    if (postmortemId === null || ctx.resourcesDir === null) return;
    const seeded = () => writeMeta(db, DEMO_EVIDENCE_SEEDED, ctx.now().toISOString());
    if (postmortemExists(db, postmortemId)) await seedDemoEvidence(ctx, postmortemId, seeded);
    else seeded();
  } catch (error) {
    log(
      `The demo evidence was not added: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/**
 * Imports resources/demo/<DEMO_EVIDENCE.fileName> and creates the demo's pins. The evidence's row,
 * its pins and `alsoInTransaction` (the "seeded" mark) commit in one transaction: a kill before it
 * leaves nothing registered (the next start seeds again, once), a kill after it leaves everything.
 */
export async function seedDemoEvidence(
  ctx: ApiContext,
  postmortemId: string,
  alsoInTransaction: () => void = () => {},
): Promise<EvidenceInfo> {
  if (ctx.resourcesDir === null)
    throw new Error('No resources folder: the demo evidence is not available.');
  const filePath = path.join(ctx.resourcesDir, 'demo', DEMO_EVIDENCE.fileName);
  if (!fs.existsSync(filePath)) throw new Error(`The demo evidence file is missing: ${filePath}.`);
  const service = ctx.services.evidence;
  const staged = await service.stage({ postmortemId, filePath });
  const time = staged.columns.find((c) => c.name === DEMO_EVIDENCE.timeColumn);
  const db = ctx.documents.writable();
  const committed: { id: string | null } = { id: null };
  try {
    return db
      .transaction(() => {
        const evidence = service.commit({
          stagingId: staged.stagingId,
          overrides: time ? { timeColumn: time.index } : {},
        });
        committed.id = evidence.id;
        for (const pin of DEMO_EVIDENCE.pins) {
          const spec = demoPinSpec(evidence, pin.kind, 'column' in pin ? pin.column : undefined);
          service.pins.create({
            postmortemId,
            target: { kind: 'diagnosis', answerId: pin.question },
            spec,
            caption: pin.caption,
          });
        }
        citeDemoEvidence(db, postmortemId, evidence.id);
        alsoInTransaction();
        return evidence;
      })
      .immediate();
  } catch (error) {
    service.cancel(staged.stagingId);
    // Rolled back: the file the commit renamed into place has no row, so it goes too.
    if (committed.id)
      fs.rmSync(committedPathFor(service.evidenceDir, committed.id), { force: true });
    throw error;
  }
}

function demoPinSpec(evidence: EvidenceInfo, kind: string, column: string | undefined): PinSpec {
  const window = (w: { start: string; end: string }) => ({
    kind: 'time' as const,
    column: DEMO_EVIDENCE.timeColumn,
    start: w.start,
    end: w.end,
  });
  const baseline = window(DEMO_EVIDENCE.baseline);
  const incident = window(DEMO_EVIDENCE.incident);
  if (kind === 'drift-table') {
    return {
      kind: 'drift-table',
      query: {
        evidenceId: evidence.id,
        baseline,
        incident,
        correction: 'benjamini-hochberg',
        alpha: 0.05,
      },
    };
  }
  if (!column) throw new Error(`The demo pin of kind ${kind} names no column.`);
  if (kind === 'histogram') {
    return { kind: 'histogram', query: { evidenceId: evidence.id, column, baseline, incident } };
  }
  const type = evidence.columns.find((c) => c.name === column)?.type;
  // Categories over time show a version switch; a 0/1 column reads best as a rate.
  const agg =
    type === 'category' || type === 'text' ? 'categories' : type === 'real' ? 'quantiles' : 'rate';
  return {
    kind: 'time-series',
    query: { evidenceId: evidence.id, timeColumn: DEMO_EVIDENCE.timeColumn, column, agg },
  };
}

/**
 * The demo's cause tree cites its evidence: the cited finding gets the imported file's id, and
 * each five-whys chain cites the pins of the diagnosis answer it starts from.
 */
function citeDemoEvidence(db: WriteDb, postmortemId: string, evidenceId: string): void {
  db.prepare(
    'UPDATE cited_findings SET evidence_id = ? WHERE postmortem_id = ? AND evidence_id = ?',
  ).run(evidenceId, postmortemId, DEMO_FINDING_EVIDENCE);
  db.prepare(
    `INSERT OR IGNORE INTO node_pins (postmortem_id, node_id, pin_id)
     SELECT c.postmortem_id, c.node_id, p.id FROM chain_answers c
     JOIN pins p ON p.postmortem_id = c.postmortem_id AND p.diagnosis_id = c.answer_id
     WHERE c.postmortem_id = ?`,
  ).run(postmortemId);
}
