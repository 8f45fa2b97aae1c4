import { z } from 'zod';

// Every enum is listed once here with its label, so the editor, the contract and the report agree.
function labelled<const T extends readonly [string, ...string[]]>(
  values: T,
  labels: Record<T[number], string>,
) {
  return { schema: z.enum(values), values, labels };
}

export const severity = labelled(['SEV1', 'SEV2', 'SEV3', 'SEV4'], {
  SEV1: 'SEV1 – critical',
  SEV2: 'SEV2 – major',
  SEV3: 'SEV3 – moderate',
  SEV4: 'SEV4 – minor',
});

export const documentStatus = labelled(['draft', 'in_review', 'final'], {
  draft: 'Draft',
  in_review: 'In review',
  final: 'Final',
});

export const discoveryChannel = labelled(
  ['alert', 'customer_report', 'audit', 'internal_review', 'dashboard', 'other'],
  {
    alert: 'Automated alert',
    customer_report: 'Customer report',
    audit: 'Audit',
    internal_review: 'Internal review',
    dashboard: 'Someone looking at a dashboard',
    other: 'Other',
  },
);

export const taskType = labelled(
  ['classification', 'ranking', 'regression', 'generation', 'forecasting', 'other'],
  {
    classification: 'Classification',
    ranking: 'Ranking',
    regression: 'Regression',
    generation: 'Generation',
    forecasting: 'Forecasting',
    other: 'Other',
  },
);

export const diagnosisQuestionId = labelled(
  [
    'data_drift',
    'missing_inputs',
    'outdated_logic',
    'labeling',
    'silent_deployment',
    'weak_monitoring',
  ],
  {
    data_drift: 'Did the production data drift away from what the model learned?',
    missing_inputs: 'Were inputs missing or malformed?',
    outdated_logic: 'Were features or business logic out of date?',
    labeling: 'Were the labels inconsistent or wrong?',
    silent_deployment: 'Did a silent deployment replace the good version?',
    weak_monitoring: 'Was monitoring too weak to catch it sooner?',
  },
);

export const diagnosisStatus = labelled(['not_examined', 'ruled_out', 'contributed', 'unknown'], {
  not_examined: 'Not yet examined',
  ruled_out: 'Ruled out',
  contributed: 'Contributed',
  unknown: 'Unknown',
});

export const rootCauseLayer = labelled(
  [
    'data',
    'feature_engineering',
    'model_logic',
    'deployment_pipeline',
    'infrastructure',
    'monitoring',
    'process',
  ],
  {
    data: 'Data',
    feature_engineering: 'Feature engineering',
    model_logic: 'Model logic',
    deployment_pipeline: 'Deployment pipeline',
    infrastructure: 'Infrastructure',
    monitoring: 'Monitoring',
    process: 'Process',
  },
);

export const actionArea = labelled(
  ['prevention', 'detection', 'mitigation', 'process_improvement'],
  {
    prevention: 'Prevention',
    detection: 'Detection',
    mitigation: 'Mitigation',
    process_improvement: 'Process improvement',
  },
);

export const actionStatus = labelled(['open', 'in_progress', 'done', 'wont_do'], {
  open: 'Open',
  in_progress: 'In progress',
  done: 'Done',
  wont_do: "Won't do",
});

export const lessonPromptId = labelled(
  ['failed_assumption', 'untested', 'ignored_signals', 'silent_failure'],
  {
    failed_assumption: 'Which assumption turned out to be wrong?',
    untested: 'What did we not test for?',
    ignored_signals: 'Where did we miss or discount weak signals?',
    silent_failure: 'Which team, process or tool failed without anyone noticing?',
  },
);

export const timelineKind = labelled(
  ['deployment', 'detection', 'escalation', 'mitigation', 'communication', 'resolution', 'other'],
  {
    deployment: 'Deployment',
    detection: 'Detection',
    escalation: 'Escalation',
    mitigation: 'Mitigation',
    communication: 'Communication',
    resolution: 'Resolution',
    other: 'Other',
  },
);

export const participantRole = labelled(['facilitator', 'scribe', 'participant'], {
  facilitator: 'Facilitator',
  scribe: 'Scribe',
  participant: 'Participant',
});

export type Severity = z.infer<typeof severity.schema>;
export type DocumentStatus = z.infer<typeof documentStatus.schema>;
export type DiscoveryChannel = z.infer<typeof discoveryChannel.schema>;
export type TaskType = z.infer<typeof taskType.schema>;
export type DiagnosisQuestionId = z.infer<typeof diagnosisQuestionId.schema>;
export type DiagnosisStatus = z.infer<typeof diagnosisStatus.schema>;
export type RootCauseLayer = z.infer<typeof rootCauseLayer.schema>;
export type ActionArea = z.infer<typeof actionArea.schema>;
export type ActionStatus = z.infer<typeof actionStatus.schema>;
export type LessonPromptId = z.infer<typeof lessonPromptId.schema>;
export type TimelineKind = z.infer<typeof timelineKind.schema>;
export type ParticipantRole = z.infer<typeof participantRole.schema>;
