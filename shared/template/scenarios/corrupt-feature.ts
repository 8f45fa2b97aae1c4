import { fromSketch } from '../from-sketch';
import type { PostmortemTemplate } from '../types';

export const corruptFeatureTemplate: PostmortemTemplate = {
  id: 'corrupt-feature',
  title: 'Corrupt feature: a classifier that only answers 1',
  description:
    'One input column arrived broken (constant, empty, wrong type or units) and a binary classifier started predicting the positive class for everything.',
  build: () =>
    fromSketch({
      title: 'Binary classifier returned only 1s after a feature column broke',
      summary: {
        modelName: 'binary-classifier',
        whatHappened:
          'Sketch – replace with the facts: from a point in time the classifier predicted 1 for (almost) every request because one input column was corrupt. Which column, from when to when, how many predictions, and what did the 1s trigger downstream?',
        impactedWho:
          'Whoever acts on a positive prediction (customers, reviewers, downstream systems).',
        impactedUnit: 'predictions',
      },
      purpose: {
        objective:
          'Separate the cases that need action (1) from those that do not (0), so that the downstream team only handles the first.',
        taskType: 'classification',
        kpis: [
          { name: 'Precision', unit: 'ratio', note: '' },
          { name: 'Recall', unit: 'ratio', note: '' },
          { name: 'Share of requests predicted 1', unit: '%', note: 'Its normal range.' },
        ],
        acceptedRisks: [
          { name: 'Tolerated false-positive rate', unit: '%', note: '' },
          { name: 'Tolerated false-negative rate', unit: '%', note: '' },
        ],
      },
      diagnosisHints: {
        data_drift:
          'Likely. To ask: compare each input column between a normal window and the incident window. Which column changed – its range, its units, its categories? Did it become constant?',
        missing_inputs:
          'Likely. To ask: did the missing-value rate of any column rise? Did a number turn into text, or a value into a default (0, -1, empty)? What does the serving code fill in when a value is missing?',
        outdated_logic:
          'To ask: was the encoding or scaling of the broken column changed on one side only (training or serving)?',
        labeling:
          'Probably not the trigger. To ask: did anything about the labels change at the same time, which could hide or mimic the effect?',
        silent_deployment:
          'To ask: did the model version or the feature pipeline change near the start? Check the model_version column over time and the deployment log.',
        weak_monitoring:
          'To ask: a constant output is the easiest failure to detect – why was it not? Is the share of 1s charted and alerted on? How was it finally noticed?',
      },
      rootCauseLayers: [
        {
          layer: 'data',
          description:
            'To consider: the upstream source of the column changed (schema, units, an outage) without a contract or a notice.',
        },
        {
          layer: 'feature_engineering',
          description:
            'To consider: the pipeline passed the broken values on instead of rejecting them or falling back safely.',
        },
        {
          layer: 'monitoring',
          description:
            'To consider: no alert on the prediction rate or on per-column input quality.',
        },
      ],
      candidateActions: [
        {
          area: 'prevention',
          description:
            'Validate every input column against the schema and range learned from training before it reaches the model.',
        },
        {
          area: 'detection',
          description:
            'Alert when the share of positive predictions over 15 minutes leaves its normal range.',
        },
        {
          area: 'mitigation',
          description:
            'Define a safe fallback for when a required feature is invalid (route to manual handling, or serve a simpler model).',
        },
        {
          area: 'process_improvement',
          description:
            'Agree a data contract with the owner of the source, including how schema changes are announced.',
        },
      ],
    }),
};
