import { fromSketch } from '../from-sketch';
import type { PostmortemTemplate } from '../types';

export const fraudFalsePositivesTemplate: PostmortemTemplate = {
  id: 'fraud-false-positives',
  title: 'Fraud model flagged legitimate transactions',
  description:
    'A fraud model started flagging far more legitimate payments than usual, declining customers or flooding the review queue.',
  build: () =>
    fromSketch({
      title: 'Fraud model wrongly flagged legitimate transactions',
      summary: {
        modelName: 'fraud-scorer',
        whatHappened:
          'Sketch – replace with the facts, as precisely as: "the fraud model wrongly flagged 42 legitimate transactions between 02:00 and 05:00, affecting 13 customers". What happened to a flagged payment (declined, held, sent to review)?',
        impactedWho: 'Customers whose legitimate payments were flagged; the review team.',
        impactedUnit: 'transactions',
      },
      purpose: {
        objective:
          'Stop fraudulent payments before they complete while letting legitimate customers pay without friction.',
        taskType: 'classification',
        kpis: [
          { name: 'Precision of fraud flags', unit: 'ratio', note: '' },
          { name: 'Recall on confirmed fraud', unit: 'ratio', note: '' },
          { name: 'False-positive rate', unit: '% of legitimate payments', note: '' },
          { name: 'p95 scoring latency', unit: 'ms', note: '' },
        ],
        acceptedRisks: [
          { name: 'Tolerated false-positive rate', unit: '%', note: '' },
          { name: 'Manual-review capacity', unit: 'cases per hour', note: '' },
        ],
      },
      diagnosisHints: {
        data_drift:
          'Likely. To ask: compare each feature and the prediction rate between a normal window and the incident window. Which feature moved first? Are there categories never seen before?',
        missing_inputs:
          'To ask: did missing values rise in any column? How does the model score a payment with a missing feature?',
        outdated_logic:
          'To ask: are the thresholds, rules and category mappings around the model current? Did a merchant or country list change?',
        labeling:
          'To ask: were the fraud labels the model learned from consistent (chargebacks vs analyst decisions)? Did a labeling change make the model stricter?',
        silent_deployment:
          'Likely. To ask: which model version and feature pipeline were serving? Did the model_version change near the start, and was anyone told?',
        weak_monitoring:
          'To ask: is the flag rate alerted on, per hour and per segment? Who noticed first – an alert, the review queue, a customer? How much earlier could the data have shown it?',
      },
      rootCauseLayers: [
        {
          layer: 'feature_engineering',
          description:
            'To consider: a feature is computed differently when training and when serving (units, encoding, mapping tables).',
        },
        {
          layer: 'deployment_pipeline',
          description:
            'To consider: a new model or pipeline reached production without a canary, a shadow run or a notice.',
        },
        {
          layer: 'monitoring',
          description: 'To consider: no alert on the share of flagged payments or on input drift.',
        },
      ],
      candidateActions: [
        {
          area: 'prevention',
          description:
            'Test that training and serving compute the same feature values on a replay of logged requests before every release.',
        },
        {
          area: 'detection',
          description:
            'Alert when the flag rate per hour exceeds a multiple of its usual level for that hour.',
        },
        {
          area: 'mitigation',
          description:
            'Make rollback to the previous registered model version one command, with a runbook.',
        },
        {
          area: 'process_improvement',
          description:
            'Test every release on the most important customer segments (new accounts, foreign cards, high amounts).',
        },
      ],
    }),
};
