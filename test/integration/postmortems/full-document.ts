import { postmortemContentSchema, type PostmortemContent } from '../../../shared/domain';

/** A postmortem with every field filled and every list holding items, in a deliberate order. */
export function fullDocument(): PostmortemContent {
  return postmortemContentSchema.parse({
    title: 'Fraud scorer v13 blocked good card payments',
    status: 'in_review',
    summary: {
      modelName: 'fraud-scorer',
      modelVersion: 'v13',
      severity: 'SEV2',
      whatHappened: 'The new version flagged 4% of legitimate payments as fraud for six hours.',
      timeZone: 'Europe/Berlin',
      startedAt: '2024-03-12T03:00:00+01:00',
      endedAt: '2024-03-12T09:30:00Z',
      detectedAt: '2024-03-12T05:15:30.250Z',
      detectedBy: 'Support lead',
      discovery: 'customer_report',
      impactedWho: 'Card holders in DE and AT; merchants saw declined payments.',
      impactedCount: 18234.5,
      impactedUnit: 'transactions',
    },
    purpose: {
      objective: 'Stop fraudulent card payments without blocking good customers.',
      taskType: 'classification',
      kpis: [
        { id: 'k2', name: 'Precision', target: 0.97, unit: '', note: 'weekly' },
        { id: 'k1', name: 'False-positive rate', target: null, unit: '%', note: '' },
      ],
      acceptedRisks: [
        { id: 'r1', name: 'False positives', value: 0.5, unit: '%', note: 'agreed Q1' },
      ],
    },
    diagnosis: [
      {
        id: 'weak_monitoring',
        question: 'weak_monitoring',
        text: '',
        hint: '',
        status: 'contributed',
        findings: 'No alert on decline rate.',
      },
      {
        id: 'data_drift',
        question: 'data_drift',
        text: '',
        hint: '',
        status: 'ruled_out',
        findings: 'Inputs matched training.',
      },
      {
        id: 'missing_inputs',
        question: 'missing_inputs',
        text: '',
        hint: '',
        status: 'unknown',
        findings: '',
      },
      {
        id: 'outdated_logic',
        question: 'outdated_logic',
        text: '',
        hint: '',
        status: 'contributed',
        findings: 'Merchant codes list was old.',
      },
      {
        id: 'labeling',
        question: 'labeling',
        text: '',
        hint: '',
        status: 'not_examined',
        findings: '',
      },
      {
        id: 'silent_deployment',
        question: 'silent_deployment',
        text: '',
        hint: '',
        status: 'contributed',
        findings: 'v13 shipped without canary.',
      },
    ],
    rootCauses: [
      { id: 'c1', layer: 'deployment_pipeline', description: 'No canary stage.', hint: '' },
      { id: 'c2', layer: 'monitoring', description: 'Decline rate not watched.', hint: '' },
    ],
    workedWell: [
      { id: 'w1', text: 'Rollback took 4 minutes thanks to the registry.' },
      { id: 'w2', text: 'Support escalated quickly — ünïcödé too.' },
    ],
    actions: [
      {
        id: 'a1',
        area: 'detection',
        description: 'Alert on decline rate > 2x baseline.',
        owner: 'Priya',
        dueDate: '2024-04-01',
        status: 'in_progress',
        reviewDate: '2024-04-15',
        hint: '',
      },
      {
        id: 'a2',
        area: 'prevention',
        description: 'Canary 5% for 24 h.',
        owner: 'Sam',
        dueDate: null,
        status: 'open',
        reviewDate: null,
        hint: 'A candidate from the template.',
      },
    ],
    lessons: [
      { id: 'untested', prompt: 'untested', answer: 'We never tested on weekend traffic.' },
      {
        id: 'failed_assumption',
        prompt: 'failed_assumption',
        answer: 'That offline AUC predicts decline rate.',
      },
      { id: 'ignored_signals', prompt: 'ignored_signals', answer: '' },
      { id: 'silent_failure', prompt: 'silent_failure', answer: 'The merchant list sync.' },
    ],
    timeline: [
      { id: 't1', at: '2024-03-12T02:00:00Z', kind: 'deployment', text: 'v13 deployed.' },
      { id: 't2', at: '2024-03-12T05:15:00Z', kind: 'detection', text: 'Support ticket.' },
      { id: 't3', at: '2024-03-12T09:30:00Z', kind: 'resolution', text: 'Rolled back to v12.' },
    ],
    participants: [
      { id: 'p1', name: 'Ana', team: 'ML platform', role: 'facilitator' },
      { id: 'p2', name: 'Ben', team: 'Payments', role: 'scribe' },
      { id: 'p3', name: 'Chen', team: 'Support', role: 'participant' },
    ],
    parkingLot: [
      { id: 'l1', text: 'Review the merchant list owner.', createdAt: '2024-03-13T10:00:00Z' },
    ],
    notes: [
      {
        id: 'n1',
        text: 'Line one\nLine two with "quotes" and \'apostrophes\'.',
        step: 'Diagnosis',
        createdAt: '2024-03-13T10:05:00Z',
      },
    ],
    // A child before its parent in the stored order, as an outdent can leave it.
    causeNodes: [
      {
        id: 'k3',
        parentId: 'k2',
        kind: 'cause',
        text: 'No canary stage.',
        layer: 'deployment_pipeline',
      },
      { id: 'k1', parentId: null, kind: 'problem', text: 'Monitoring missed it.', layer: null },
      {
        id: 'k2',
        parentId: 'k1',
        kind: 'cause',
        text: 'Shipped straight to all traffic.',
        layer: 'process',
      },
      {
        id: 'k4',
        parentId: null,
        kind: 'cause',
        text: 'Decline rate not watched.',
        layer: 'monitoring',
      },
    ],
    findings: [
      {
        id: 'f1',
        evidenceId: 'evidence-gone',
        columnName: 'amount',
        label: 'amount: PSI 0.81, drift',
      },
    ],
    links: [
      { kind: 'action_cause', from: 'a1', to: 'c2' },
      { kind: 'action_cause', from: 'a2', to: 'c1' },
      { kind: 'chain_answer', from: 'k1', to: 'weak_monitoring' },
      { kind: 'node_cause', from: 'k3', to: 'c1' },
      { kind: 'node_cause', from: 'k4', to: 'c2' },
      { kind: 'node_event', from: 'k2', to: 't1' },
      { kind: 'node_finding', from: 'k1', to: 'f1' },
    ],
    hints: { 'summary.impactedWho': 'Who, and how many?' },
  });
}
