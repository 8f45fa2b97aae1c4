// Evidence import engine: CSV file -> one SQLite evidence file, in two steps so the user can see a
// preview and correct the inferred schema before anything is stored.
//
//   const staged = await stageImport({ filePath, evidenceDir, signal, onProgress });
//   // show staged.previewRows, staged.columns (inferredType), staged.warnings, staged.badRows
//   const ev = commitImport(staged, { columns: [{ index: 2, type: 'text', name: 'Note' }], timeColumn: 0 });
//   // or discardImport(staged)
//   const { db, meta, close } = openEvidence(ev.path);
//
// The schema of the evidence file is described in evidence-file.ts.
export { stageImport, columnNames } from './stage';
export { commitImport, discardImport } from './commit';
export { openEvidence, readEvidenceMeta, readBadRows, type OpenEvidence } from './open';
export { removeStalePartials, committedPathFor } from './staging-files';
export { ImportError, type ImportErrorCode } from './errors';
export { EVIDENCE_SCHEMA_VERSION, MAX_COLUMNS } from './evidence-file';
export { BUNDLED_WORKER_FILE } from './worker-launch';
export * from './types';
