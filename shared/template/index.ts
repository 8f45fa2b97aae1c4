import { corruptFeatureTemplate } from './scenarios/corrupt-feature';
import { fraudFalsePositivesTemplate } from './scenarios/fraud-false-positives';
import { llmHallucinationTemplate } from './scenarios/llm-hallucination';
import { silentRetrainTemplate } from './scenarios/silent-retrain';
import { staleLogicTemplate } from './scenarios/stale-logic';
import type { PostmortemTemplate } from './types';

export type { PostmortemTemplate } from './types';
export { demoPostmortem, DEMO_FACTS } from './demo-fraud';
export {
  DEMO_EVIDENCE,
  DEMO_EVIDENCE_COLUMNS,
  type DemoPin,
  type DemoWindow,
} from './demo-evidence';

/** The scenario templates, in the order the method lists its typical scenarios. */
export const templates: readonly PostmortemTemplate[] = [
  staleLogicTemplate,
  corruptFeatureTemplate,
  silentRetrainTemplate,
  llmHallucinationTemplate,
  fraudFalsePositivesTemplate,
];

export function findTemplate(id: string): PostmortemTemplate | undefined {
  return templates.find((template) => template.id === id);
}
