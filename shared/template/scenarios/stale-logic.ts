import { fromSketch } from '../from-sketch';
import type { PostmortemTemplate } from '../types';

export const staleLogicTemplate: PostmortemTemplate = {
  id: 'stale-logic',
  title: 'Outdated rules: 2020 tax codes applied to 2024 filings',
  description:
    'A model or its feature logic kept using rules that had expired, and produced confident but wrong results for current cases.',
  build: () =>
    fromSketch({
      title: 'Tax model applied 2020 tax codes to 2024 filings',
      summary: {
        modelName: 'tax-code-classifier',
        whatHappened:
          'Sketch – replace with the facts: the model that assigns tax codes to filings used the 2020 code table for 2024 filings. Which filings were affected, how many were processed before it was noticed, and what happened to them (refunds, corrections, penalties)?',
        impactedWho: 'Filers (and the advisers filing for them) whose 2024 filings were coded.',
        impactedUnit: 'filings',
      },
      purpose: {
        objective:
          'Assign each incoming filing the tax code that applies to its tax year, so that it is assessed under the right rules without manual coding.',
        taskType: 'classification',
        kpis: [
          { name: 'Coding accuracy on audited filings', unit: '%', note: 'Per tax year.' },
          { name: 'Share of filings sent to manual coding', unit: '%', note: '' },
          { name: 'Corrections after assessment', unit: 'per 1,000 filings', note: '' },
        ],
        acceptedRisks: [
          {
            name: 'Tolerated wrong codes before review',
            unit: '%',
            note: 'Agreed with tax operations?',
          },
        ],
      },
      diagnosisHints: {
        data_drift:
          'To ask: did the filings themselves change (new forms, new fields, a new mix of filers), or only the rules applied to them? Compare the filings of the incident period with the last period that was coded correctly.',
        missing_inputs:
          'To ask: is the tax year present and parsed on every filing? What does the model do when it is missing – does it fall back to a default year?',
        outdated_logic:
          'Likely. To ask: where does the code table live (in the model, a feature, a lookup), who updates it and when? Which version of the table was live during the incident, and which one was intended? Did any test cover a filing for the current year?',
        labeling:
          'To ask: were the training labels coded under the old rules? If the model learned from 2020-era labels, retraining on them brings the old codes back.',
        silent_deployment:
          'To ask: did a release, rollback or configuration change bring back an older table or model? Which version was serving, according to the registry and to the logs?',
        weak_monitoring:
          'To ask: is there any check that the codes assigned are valid for the filing year? How was this noticed – audit, complaint, an adviser? How long after it started?',
      },
      rootCauseLayers: [
        {
          layer: 'model_logic',
          description:
            'To consider: rules with an expiry date (tax years) are built into the model or its features with no notion of validity period.',
        },
        {
          layer: 'process',
          description:
            'To consider: the yearly rule change has no owner or calendar step that reaches the model team.',
        },
        {
          layer: 'monitoring',
          description:
            'To consider: nothing compares the codes assigned with the codes valid for the filing year.',
        },
      ],
      candidateActions: [
        {
          area: 'prevention',
          description:
            'Give the code table a validity period and refuse to code a filing whose year the table does not cover.',
        },
        {
          area: 'detection',
          description:
            'Alert when any assigned code is not valid for the filing year, checked daily against the official table.',
        },
        {
          area: 'mitigation',
          description:
            'Keep a query that lists every filing coded with an expired table, so that corrections can start the same day.',
        },
        {
          area: 'process_improvement',
          description:
            'Add the model to the yearly rule-change checklist, with a test filing for the new year that must pass before the tax year opens.',
        },
      ],
    }),
};
