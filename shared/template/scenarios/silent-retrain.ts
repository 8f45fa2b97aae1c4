import { fromSketch } from '../from-sketch';
import type { PostmortemTemplate } from '../types';

export const silentRetrainTemplate: PostmortemTemplate = {
  id: 'silent-retrain',
  title: 'Silent retrain: production model replaced by one trained on test data',
  description:
    'A scheduled retraining job promoted a new model without anyone noticing; it had been trained on the evaluation data, so its offline scores looked excellent while production quality fell.',
  build: () =>
    fromSketch({
      title: 'Retraining job replaced the production model with one trained on test data',
      summary: {
        modelName: 'production-model',
        whatHappened:
          'Sketch – replace with the facts: a retraining run trained on the test set (or on data overlapping it), passed its own evaluation and replaced the production model without a human decision. When did it go live, when was it noticed, and what did the degraded predictions cause?',
        impactedWho: 'Users of the model’s predictions while the retrained version served.',
        impactedUnit: 'predictions',
      },
      purpose: {
        objective:
          'Keep the production model current by retraining on fresh data, without ever making it worse than the version it replaces.',
        taskType: 'classification',
        kpis: [
          {
            name: 'Primary quality metric on live data',
            unit: '',
            note: 'As measured after labels arrive.',
          },
          { name: 'Gap between offline and live quality', unit: '', note: '' },
        ],
        acceptedRisks: [{ name: 'Tolerated quality drop after a retrain', unit: '%', note: '' }],
      },
      diagnosisHints: {
        data_drift:
          'To ask: did the live data change, or only the model? Compare inputs before and after the switch: if the inputs are stable and the outputs moved, the model is the suspect.',
        missing_inputs:
          'To ask: did the retrained model expect a feature that the serving path does not send?',
        outdated_logic:
          'To ask: was the data split logic (train/validation/test) changed or reused from an older configuration?',
        labeling:
          'Likely. To ask: which rows did the job train on, and how many of them were in the test set? Did a path, a date filter or a table name point at the wrong split?',
        silent_deployment:
          'Likely. To ask: which step promoted the new model, on which criteria, and who was told? Does the model_version over time show when it took over? Was the previous version still available for a rollback?',
        weak_monitoring:
          'To ask: a suspiciously perfect offline score is a signal – did anything flag it? Which live metric could have shown the drop, and how soon?',
      },
      rootCauseLayers: [
        {
          layer: 'data',
          description:
            'To consider: the training query could read the test split; nothing enforced that the splits stay disjoint.',
        },
        {
          layer: 'deployment_pipeline',
          description:
            'To consider: promotion was automatic on offline metrics alone, with no shadow or canary stage and no notification.',
        },
        {
          layer: 'monitoring',
          description:
            'To consider: live quality is only known once labels arrive; no early proxy (prediction rate, confidence) was watched.',
        },
        {
          layer: 'process',
          description: 'To consider: nobody is named as the approver of a new production model.',
        },
      ],
      candidateActions: [
        {
          area: 'prevention',
          description:
            'Check in the training job that no training row appears in the evaluation set, and fail the run if any does.',
        },
        {
          area: 'prevention',
          description:
            'Treat an offline score far above the previous version’s as a failure to investigate, not a success.',
        },
        {
          area: 'detection',
          description:
            'Announce every change of the serving model version to the owning team and annotate the dashboards with it.',
        },
        {
          area: 'mitigation',
          description:
            'Make rollback to the previous registered version a single documented command.',
        },
        {
          area: 'process_improvement',
          description:
            'Require a shadow period and a named approver before a retrained model takes production traffic.',
        },
      ],
    }),
};
