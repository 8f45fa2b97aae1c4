import { fromSketch } from '../from-sketch';
import type { PostmortemTemplate } from '../types';

export const llmHallucinationTemplate: PostmortemTemplate = {
  id: 'llm-hallucination',
  title: 'LLM invented legal citations in contract analysis',
  description:
    'A language model summarising contracts cited cases, statutes or clauses that do not exist, and the citations reached a reader who relied on them.',
  build: () =>
    fromSketch({
      title: 'Contract-analysis assistant cited legal sources that do not exist',
      summary: {
        modelName: 'contract-analysis-assistant',
        whatHappened:
          'Sketch – replace with the facts: the assistant produced analyses citing court decisions or statutes that do not exist (or do not say what was claimed). How many analyses, which matters, who read them, and did any citation reach a client, a counterparty or a court?',
        impactedWho:
          'Lawyers and clients who received the analyses; the matters in which they were used.',
        impactedUnit: 'analyses',
        discovery: 'customer_report',
      },
      purpose: {
        objective:
          'Draft a first analysis of a contract, with every legal claim backed by a source a lawyer can check, so that review starts from a sound draft.',
        taskType: 'generation',
        kpis: [
          {
            name: 'Citations that resolve to a real source',
            unit: '%',
            note: 'Checked on a sample.',
          },
          { name: 'Citations that support the claim made', unit: '%', note: '' },
          { name: 'Drafts accepted with minor edits', unit: '%', note: '' },
        ],
        acceptedRisks: [
          { name: 'Tolerated unverifiable citations reaching a reviewer', unit: '%', note: '' },
          {
            name: 'Tolerated unverifiable citations reaching a client',
            unit: 'count',
            note: 'Usually zero.',
          },
        ],
      },
      diagnosisHints: {
        data_drift:
          'To ask: did the contracts change (new jurisdiction, language, contract type) compared with the ones the prompts and evaluations were built on?',
        missing_inputs:
          'Likely. To ask: did the retrieval step return the expected sources? When it returned nothing, did the model answer anyway from memory?',
        outdated_logic:
          'To ask: are the prompt, the retrieval index and the legal sources current? Was a source withdrawn or renumbered?',
        labeling:
          'To ask: how was citation accuracy measured before release – who checked the reference answers, and on how many cases?',
        silent_deployment:
          'To ask: did the model, the prompt, the temperature or the retrieval configuration change without notice (including a change by the model vendor)?',
        weak_monitoring:
          'Likely. To ask: is any citation checked automatically against a legal database before a person sees it? How was the problem found, and by whom?',
      },
      rootCauseLayers: [
        {
          layer: 'model_logic',
          description:
            'To consider: the model is allowed to produce citations that do not come from retrieved sources.',
        },
        {
          layer: 'infrastructure',
          description:
            'To consider: retrieval failures or timeouts are passed to the model as empty context instead of stopping the answer.',
        },
        {
          layer: 'monitoring',
          description:
            'To consider: no automatic check that each citation exists and says what is claimed.',
        },
        {
          layer: 'process',
          description:
            'To consider: the review step assumed the citations had been verified by the tool, and the tool assumed the reviewer would check them.',
        },
      ],
      candidateActions: [
        {
          area: 'prevention',
          description:
            'Only allow citations that come from retrieved documents, and say so in the answer when none were found.',
        },
        {
          area: 'detection',
          description:
            'Verify every citation against the legal database before the draft is shown and mark the ones that do not resolve.',
        },
        {
          area: 'mitigation',
          description:
            'List every analysis produced in the affected period and notify the responsible lawyer of each.',
        },
        {
          area: 'process_improvement',
          description:
            'State in the review guideline who verifies citations, and sample-check drafts every week.',
        },
      ],
    }),
};
