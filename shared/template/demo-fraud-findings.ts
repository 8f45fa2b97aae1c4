import type { DiagnosisAnswer, Lesson } from '../domain';

// Every figure here is read from resources/demo/fraud-predictions.csv with the windows of
// DEMO_EVIDENCE; test/unit/shared/template/demo-fraud.test.ts recomputes the ones it can.

export const DEMO_DIAGNOSIS: (Pick<DiagnosisAnswer, 'status' | 'findings'> & {
  question: NonNullable<DiagnosisAnswer['question']>;
})[] = [
  {
    question: 'data_drift',
    status: 'contributed',
    findings:
      'Drift table (pinned), baseline 11 March 01:00 to 12 March 01:00 (10,001 payments) against the incident window 12 March 03:00–06:00 (498 payments): amount is by far the largest shift – median 34.43 in the baseline, 3,118 in the incident window, about 100× higher (KS D = 0.92). Feature pipeline 2.4, shipped with v13, passes the gateway’s amount in cents; the model learned it in euros, so every payment looked like a very large one. merchant_category also shifts: UNMAPPED appears in 49 of 498 incident payments (9.8%) and never in the baseline – merchant codes missing from the new mapping table. country, customer_age_days and transactions_last_24h do not shift meaningfully: our customers and the fraud pattern did not change, what the model was fed did. Output: the flag rate rose from 0.56% (56 of 10,001) to 34.9% (174 of 498).',
  },
  {
    question: 'missing_inputs',
    status: 'contributed',
    findings:
      'device_type histogram (pinned): missing in 93 of 498 incident payments (18.7%) against 127 of 10,001 in the baseline (1.3%). Pipeline 2.4 reads the device from a new request header that app versions older than 7.2 do not send. The model scores a missing device as slightly riskier, so this added to the false positives, but it is secondary: the amount shift alone explains most of them.',
  },
  {
    question: 'outdated_logic',
    status: 'ruled_out',
    findings:
      'The decision threshold (0.5) and the rules around the model have not changed since November 2025; v13 was trained on payments up to 28 February 2026, so nothing it learned is out of date. The UNMAPPED category comes from the serving mapping table missing recent merchant codes, which we treat under data drift.',
  },
  {
    question: 'labeling',
    status: 'ruled_out',
    findings:
      'Label audit of v13’s training set: chargeback labels and analyst decisions agree on 98.6% of 2,000 sampled cases, in line with v12’s training set (98.4%). The labels did not make v13 stricter; its offline precision (0.93) and recall (0.84) were computed with the training pipeline’s features, which is why they looked healthy.',
  },
  {
    question: 'silent_deployment',
    status: 'contributed',
    findings:
      'model_version over time (pinned): every request from 03:00 to 06:00 was scored by v13, every request before and after by v12. The weekly retraining job promoted v13 at 02:56 on offline metrics alone and sent no notification, so nobody on call knew a new version was live. The promotion also switched serving to feature pipeline 2.4, which had never scored production traffic.',
  },
  {
    question: 'weak_monitoring',
    status: 'contributed',
    findings:
      'Flag rate over time (pinned): the jump is visible within minutes of 03:00, but no alert watches the flag rate, the input distributions or the confidence. Confidence histogram (pinned): median confidence fell from 0.99 to 0.79 – v13 was far less sure of its answers – and nothing looked at it. Latency and error-rate alerts stayed green throughout. The first human signal was the manual-review queue on the payments dashboard at 04:14, 74 minutes after the start.',
  },
];

export const DEMO_LESSONS: Omit<Lesson, 'id'>[] = [
  {
    prompt: 'failed_assumption',
    answer:
      'We assumed that a model that passes offline evaluation behaves the same in production. The evaluation computed features with the training pipeline; the serving pipeline was never part of it, so a unit mismatch between the two could not show up.',
  },
  {
    prompt: 'untested',
    answer:
      'We never compared the feature values of the training and serving pipelines on the same requests, and never scored a replay of real traffic with a candidate model before it took over. The segments that suffered most (high amounts, foreign cards) had no test of their own.',
  },
  {
    prompt: 'ignored_signals',
    answer:
      'The review queue passed its hourly capacity at 03:43 and nothing was set up to notice: the chart existed, but nobody watches it at night. In February a staging dry run of gateway payload v2 showed unusually large amounts; it was logged as a display issue and not linked to the model.',
  },
  {
    prompt: 'silent_failure',
    answer:
      'The retraining job’s automatic promotion did exactly what it was configured to do and told no one. Our service monitoring also stayed silent: the service was fast and healthy while its answers were wrong. Monitoring covered the infrastructure, not the model’s behaviour.',
  },
];
