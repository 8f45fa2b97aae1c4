import type { CauseNode, CitedFinding, Link, PostmortemContent, RootCauseLayer } from '../domain';
import { newId } from './ids';

/**
 * The evidence id the demo's cited finding carries until the demo's evidence file is imported
 * (main/evidence/seed-demo.ts then writes the file's real id in its place).
 */
export const DEMO_FINDING_EVIDENCE = 'demo-evidence';

type Demo = Pick<
  PostmortemContent,
  'diagnosis' | 'rootCauses' | 'actions' | 'timeline' | 'causeNodes' | 'findings' | 'links'
>;

interface Sketch {
  text: string;
  layer: RootCauseLayer | null;
  /** Index of the root cause (section 4) this node is; its text is then that cause's words. */
  cause?: number;
  children?: Sketch[];
}

/**
 * The demo's causal analysis: two five-whys chains (from the drifted amount and from the silent
 * promotion) and two more branches, 15 nodes over six layers; each root cause of section 4 is a
 * node of the tree, and each is answered by at least one action of the expected area.
 */
export function demoAnalysis(doc: Omit<Demo, 'causeNodes' | 'findings' | 'links'>): Demo {
  const causes = doc.rootCauses;
  const words = (i: number) => causes[i]!.description;
  const amountChain: Sketch = {
    text: 'The amount feature drifted: median 34.43 in the baseline, 3,118 while v13 served (about 100× higher).',
    layer: 'data',
    children: [
      {
        text: 'Feature pipeline 2.4, shipped with v13, passed the gateway’s amount in cents; the model had learned it in euros.',
        layer: 'feature_engineering',
        children: [
          {
            text: 'Training and serving each compute the amount feature from a different source column.',
            layer: 'feature_engineering',
            children: [{ text: words(0), layer: causes[0]!.layer, cause: 0 }],
          },
          { text: words(3), layer: causes[3]!.layer, cause: 3 },
        ],
      },
    ],
  };
  const promotionChain: Sketch = {
    text: 'v13 replaced v12 at 03:00 without anyone being told.',
    layer: 'deployment_pipeline',
    children: [
      {
        text: 'The weekly retraining job promoted v13 as soon as its offline evaluation passed.',
        layer: 'deployment_pipeline',
        children: [
          {
            text: 'The offline evaluation used the training pipeline’s features, so v13 looked healthy (precision 0.93).',
            layer: 'model_logic',
          },
          { text: words(1), layer: causes[1]!.layer, cause: 1 },
        ],
      },
    ],
  };
  const detection: Sketch = {
    text: 'Nobody was alerted for 74 minutes; a person noticed the review queue on a dashboard.',
    layer: 'monitoring',
    children: [
      { text: words(2), layer: causes[2]!.layer, cause: 2 },
      {
        text: 'The manual-review queue passed its night capacity (40 cases per hour) with no alert on it.',
        layer: 'monitoring',
      },
    ],
  };
  const device: Sketch = {
    text: 'device_type was missing in 18.7% of incident payments (1.3% in the baseline).',
    layer: 'data',
    children: [
      {
        text: 'Pipeline 2.4 reads the device from a request header that app versions before 7.2 do not send.',
        layer: 'feature_engineering',
      },
      {
        text: 'Merchant codes missing from the new mapping table became UNMAPPED (9.8% of incident payments).',
        layer: 'data',
      },
    ],
  };

  const causeNodes: CauseNode[] = [];
  const links: Link[] = [];
  const place = (sketch: Sketch, parentId: string | null, kind: CauseNode['kind']): string => {
    const id = newId();
    causeNodes.push({ id, parentId, kind, text: sketch.text, layer: sketch.layer });
    if (sketch.cause !== undefined) {
      links.push({ kind: 'node_cause', from: id, to: causes[sketch.cause]!.id });
    }
    for (const child of sketch.children ?? []) place(child, id, 'cause');
    return id;
  };
  const amount = place(amountChain, null, 'problem');
  const promotion = place(promotionChain, null, 'problem');
  place(detection, null, 'cause');
  place(device, null, 'cause');

  const finding: CitedFinding = {
    id: newId(),
    evidenceId: DEMO_FINDING_EVIDENCE,
    columnName: 'amount',
    label:
      'amount drifts: median 34.43 → 3,118 (KS D = 0.92), baseline 11 March 01:00 – 12 March 01:00 against 12 March 03:00–06:00.',
  };
  links.push(
    { kind: 'chain_answer', from: amount, to: 'data_drift' },
    { kind: 'chain_answer', from: promotion, to: 'silent_deployment' },
    { kind: 'node_finding', from: amount, to: finding.id },
    { kind: 'node_event', from: promotion, to: doc.timeline[0]!.id },
  );
  // Which actions answer which causes (section 6): every cause answered, every action naming one.
  const answers: [number, number[]][] = [
    [0, [0, 1]],
    [1, [0, 3, 5]],
    [2, [2, 4]],
    [3, [5]],
  ];
  for (const [cause, actions] of answers) {
    for (const action of actions) {
      links.push({ kind: 'action_cause', from: doc.actions[action]!.id, to: causes[cause]!.id });
    }
  }
  return { ...doc, causeNodes, findings: [finding], links: sortedLinks(links) };
}

function sortedLinks(links: Link[]): Link[] {
  const key = (l: Link) => `${l.kind}\u0000${l.from}\u0000${l.to}`;
  return links.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
