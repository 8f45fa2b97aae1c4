import {
  actionArea,
  rootCauseLayer,
  type ActionArea,
  type PostmortemContent,
  type RootCauseLayer,
} from '../domain';

/**
 * Which area of corrective action answers a cause of each layer, most of the time:
 * - data, feature engineering, model logic, deployment pipeline: prevention (a contract test, a
 *   validation, a gate stops the same fault reaching production again);
 * - infrastructure: mitigation (redundancy, rollback, capacity limit the damage when it fails);
 * - monitoring: detection (an alert or a check that would have caught it sooner);
 * - process: process improvement (a review, an owner, a runbook).
 * A cause answered only by actions of other areas is said, not refused: the room may know better.
 */
export const EXPECTED_AREA: Record<RootCauseLayer, ActionArea> = {
  data: 'prevention',
  feature_engineering: 'prevention',
  model_logic: 'prevention',
  deployment_pipeline: 'prevention',
  infrastructure: 'mitigation',
  monitoring: 'detection',
  process: 'process_improvement',
};

export type CoverageGap =
  | { kind: 'uncovered'; causeId: string; message: string }
  | { kind: 'area'; causeId: string; message: string }
  | { kind: 'causeless'; actionId: string; message: string };

export interface CauseCoverage {
  causeId: string;
  layer: RootCauseLayer;
  description: string;
  actionIds: string[];
}

export interface Coverage {
  causes: CauseCoverage[];
  gaps: CoverageGap[];
}

type Source = Pick<PostmortemContent, 'rootCauses' | 'actions' | 'links'>;

const clip = (text: string) => {
  const t = text.trim().replace(/\s+/g, ' ');
  return t === '' ? '' : `“${t.length > 60 ? `${t.slice(0, 59)}…` : t}”`;
};

/**
 * Every root cause needs at least one corrective action, and every action names the causes it
 * answers (the 'action_cause' links): the gaps, in words for the room.
 */
export function coverageOf(doc: Source): Coverage {
  const answers = (causeId: string) =>
    doc.links.filter((l) => l.kind === 'action_cause' && l.to === causeId).map((l) => l.from);
  const causes = doc.rootCauses.map((c) => ({
    causeId: c.id,
    layer: c.layer,
    description: c.description,
    actionIds: answers(c.id),
  }));
  const gaps: CoverageGap[] = [];
  causes.forEach((c, index) => {
    const layer = rootCauseLayer.labels[c.layer];
    const name = `${layer} cause ${index + 1}${clip(c.description) ? ` ${clip(c.description)}` : ''}`;
    if (c.actionIds.length === 0) {
      gaps.push({
        kind: 'uncovered',
        causeId: c.causeId,
        message: `${name} has no corrective action.`,
      });
      return;
    }
    const expected = EXPECTED_AREA[c.layer];
    const areas = c.actionIds.map((id) => doc.actions.find((a) => a.id === id)?.area);
    if (!areas.includes(expected)) {
      gaps.push({
        kind: 'area',
        causeId: c.causeId,
        message: `${layer} cause with no ${actionArea.labels[expected]} action: ${name} is answered only by ${[...new Set(areas.filter((a) => a !== undefined))].map((a) => actionArea.labels[a].toLowerCase()).join(' and ')}.`,
      });
    }
  });
  doc.actions.forEach((a, index) => {
    if (!doc.links.some((l) => l.kind === 'action_cause' && l.from === a.id)) {
      gaps.push({
        kind: 'causeless',
        actionId: a.id,
        message: `Action ${index + 1}${clip(a.description) ? ` ${clip(a.description)}` : ''} names no root cause it answers.`,
      });
    }
  });
  return { causes, gaps };
}
