import type { DiagnosisQuestionId } from '../domain';

/** A chart or comparison the demo postmortem shows pinned to one diagnosis question. */
export interface DemoPin {
  question: DiagnosisQuestionId;
  kind: 'drift-table' | 'histogram' | 'time-series';
  /** The column charted; absent for the drift table, which covers every column. */
  column?: string;
  caption: string;
}

export interface DemoWindow {
  /** Inclusive, ISO 8601 UTC. */
  start: string;
  /** Exclusive, ISO 8601 UTC. */
  end: string;
}

/**
 * The demo's evidence file (shipped in resources/demo/) and how the demo looks at it.
 * scripts/generate-demo-evidence.ts writes the file from these same windows, so changing a window
 * here means regenerating the file and re-checking the numbers quoted in demo-fraud.ts.
 */
export const DEMO_EVIDENCE = {
  fileName: 'fraud-predictions.csv',
  timeColumn: 'timestamp',
  /** The whole day before the incident: v12 only, normal night and day traffic. */
  baseline: { start: '2026-03-11T00:00:00Z', end: '2026-03-12T00:00:00Z' },
  /** While v13 served: from its silent promotion until the rollback to v12 completed. */
  incident: { start: '2026-03-12T02:00:00Z', end: '2026-03-12T05:00:00Z' },
  pins: [
    {
      question: 'data_drift',
      kind: 'drift-table',
      caption:
        'Every input and output, baseline (11 March 01:00 to 12 March 01:00) against the incident window (12 March, 03:00–06:00).',
    },
    {
      question: 'data_drift',
      kind: 'histogram',
      column: 'amount',
      caption:
        'amount: the incident values sit about 100× higher – cents where the model expects euros.',
    },
    {
      question: 'data_drift',
      kind: 'histogram',
      column: 'merchant_category',
      caption: 'merchant_category: UNMAPPED appears only in the incident window.',
    },
    {
      question: 'missing_inputs',
      kind: 'histogram',
      column: 'device_type',
      caption: 'device_type: missing values rise sharply while v13 serves.',
    },
    {
      question: 'silent_deployment',
      kind: 'time-series',
      column: 'model_version',
      caption: 'model_version over time: v13 serves from 03:00 to 06:00, v12 before and after.',
    },
    {
      question: 'weak_monitoring',
      kind: 'time-series',
      column: 'prediction',
      caption: 'Share of transactions flagged as fraud over time: the jump nobody was alerted to.',
    },
    {
      question: 'weak_monitoring',
      kind: 'histogram',
      column: 'confidence',
      caption: 'confidence: v13 is far less sure of its answers than v12 was.',
    },
  ] satisfies readonly DemoPin[],
} as const;

/** The evidence file's header, in order. */
export const DEMO_EVIDENCE_COLUMNS = [
  'timestamp',
  'request_id',
  'model_version',
  'amount',
  'merchant_category',
  'country',
  'customer_age_days',
  'transactions_last_24h',
  'device_type',
  'prediction',
  'confidence',
] as const;
