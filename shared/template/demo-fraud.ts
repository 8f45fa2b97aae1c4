import type { PostmortemContent } from '../domain';
import { DEMO_DIAGNOSIS, DEMO_LESSONS } from './demo-fraud-findings';
import { demoAnalysis } from './demo-fraud-analysis';
import { newId } from './ids';

// Instants are written as the schema stores them (toISOString), so parsing the demo changes nothing.
/** The incident's headline numbers, shared with the tests that check them against the evidence file. */
export const DEMO_FACTS = {
  modelName: 'fraud-scorer',
  goodVersion: 'v12',
  badVersion: 'v13',
  startedAt: '2026-03-12T02:00:00.000Z',
  endedAt: '2026-03-12T05:00:00.000Z',
  detectedAt: '2026-03-12T03:14:00.000Z',
  /** Payments v13 flagged in the incident window: rows with prediction 1 in the evidence. */
  flagged: 174,
  /** Of those, confirmed as fraud by the review team (not in the evidence file). */
  confirmedFraud: 3,
  wronglyFlagged: 171,
  affectedCustomers: 158,
} as const;

const withIds = <T extends object>(items: readonly T[]) =>
  items.map((item) => ({ id: newId(), ...item }));

/** Items whose text the demo has written: no template hint behind them. */
const withHints = <T extends object>(items: readonly T[]) =>
  withIds(items).map((item) => ({ ...item, hint: '' }));

/** A complete demo postmortem, consistent with resources/demo/fraud-predictions.csv. */
export function demoPostmortem(): PostmortemContent {
  const f = DEMO_FACTS;
  const content: PostmortemContent = {
    title: `Fraud model ${f.badVersion} flagged legitimate transactions`,
    status: 'in_review',
    summary: {
      modelName: f.modelName,
      modelVersion: f.badVersion,
      severity: 'SEV2',
      whatHappened: `A retrained fraud model (${f.modelName} ${f.badVersion}) replaced ${f.goodVersion} without notice and wrongly flagged ${f.wronglyFlagged} legitimate card payments between 03:00 and 06:00 (Amsterdam time) on 12 March 2026, affecting ${f.affectedCustomers} customers. Flagged payments are declined and sent to manual review. The new version's serving pipeline fed the model amounts in cents instead of euros, so ordinary payments looked like very large ones: the flag rate went from about 0.6% to 35%. Rolling back to ${f.goodVersion} ended the incident at 06:00; all wrongly declined payments were cleared the same morning.`,
      timeZone: 'Europe/Amsterdam',
      startedAt: f.startedAt,
      endedAt: f.endedAt,
      detectedAt: f.detectedAt,
      detectedBy: 'Payments operations on-call analyst, from the manual-review queue dashboard',
      discovery: 'dashboard',
      impactedWho: `${f.affectedCustomers} card holders whose legitimate payments were declined (some more than once when they retried), the merchants who lost those sales, and the night review team, whose queue went from 1–2 cases to ${f.flagged}.`,
      impactedCount: f.wronglyFlagged,
      impactedUnit: 'legitimate transactions declined',
    },
    purpose: {
      objective:
        'Score every card payment in real time and decline the ones likely to be fraud, so that fraud losses stay low while legitimate customers pay without friction. Flagged payments go to a manual-review team who can release them.',
      taskType: 'classification',
      kpis: withIds([
        {
          name: 'Precision of fraud flags',
          target: 0.9,
          unit: 'ratio',
          note: 'At least; measured weekly on reviewed cases.',
        },
        {
          name: 'Recall on confirmed fraud',
          target: 0.8,
          unit: 'ratio',
          note: 'At least; confirmed by chargebacks.',
        },
        {
          name: 'False-positive rate',
          target: 0.5,
          unit: '% of legitimate payments',
          note: 'At most.',
        },
        {
          name: 'p95 scoring latency',
          target: 120,
          unit: 'ms',
          note: 'At most; the payment waits for the score.',
        },
      ]),
      acceptedRisks: withIds([
        {
          name: 'Tolerated false-positive rate',
          value: 0.5,
          unit: '%',
          note: 'Agreed with payments product in 2025.',
        },
        {
          name: 'Tolerated fraud losses',
          value: 0.05,
          unit: '% of payment volume',
          note: 'Per month.',
        },
        {
          name: 'Manual-review capacity at night',
          value: 40,
          unit: 'cases per hour',
          note: '00:00–06:00 local time.',
        },
      ]),
    },
    diagnosis: DEMO_DIAGNOSIS.map((answer) => ({
      id: answer.question,
      text: '',
      hint: '',
      ...answer,
    })),
    rootCauses: withHints([
      {
        layer: 'feature_engineering',
        description:
          'The amount feature is defined twice: training reads the warehouse column amount_eur (euros), while serving feature pipeline 2.4 reads the gateway’s amount_minor (cents). Nothing states a feature’s unit in one place, and nothing checks that both pipelines produce the same values.',
      },
      {
        layer: 'deployment_pipeline',
        description:
          'The weekly retraining job may promote a model to production on offline metrics alone, with no shadow run, no canary and no notification; a model release can also switch the serving feature pipeline with it.',
      },
      {
        layer: 'monitoring',
        description:
          'Monitoring covers the service (latency, errors) but not the model: no alert on the flag rate, on input drift or on the confidence distribution.',
      },
      {
        layer: 'process',
        description:
          'Feature pipeline 2.4 was reviewed as a platform change (the move to gateway payload v2), not as a change to the model’s inputs, so it never went through the model release checklist.',
      },
    ]),
    workedWell: withIds([
      {
        text: 'The payments operations on-call noticed the unusual review queue on the dashboard and escalated to the fraud ML on-call within 8 minutes.',
      },
      {
        text: 'The prediction log records the model version and every feature per request: comparing 11 and 12 March pointed to v13 and to the amount within 30 minutes.',
      },
      {
        text: 'v12 was still in the model registry with its serving configuration, so the rollback took 19 minutes and needed no rebuild.',
      },
      {
        text: 'Customer care had a holding message for agents within 10 minutes of the first calls, and one incident channel kept everyone on the same facts.',
      },
    ]),
    actions: withHints([
      {
        area: 'prevention',
        description:
          'Before every release, replay 1,000 logged requests through the training and the serving feature code and require identical feature values.',
        owner: 'Priya Raman (ML Platform)',
        dueDate: '2026-04-10',
        status: 'in_progress',
        reviewDate: '2026-04-17',
      },
      {
        area: 'prevention',
        description:
          'Record the unit and the training range of every fraud-scorer feature in the feature registry, and hold back scoring with an alert when more than 1% of requests in 5 minutes fall outside 10× that range.',
        owner: 'Lukas Brandt (Fraud Data Science)',
        dueDate: '2026-04-24',
        status: 'open',
        reviewDate: '2026-05-01',
      },
      {
        area: 'detection',
        description:
          'Page the fraud ML on-call when the 15-minute flag rate exceeds 3× its trailing 7-day level for the same hour, or when any input’s hourly PSI reaches 0.2.',
        owner: 'Tomás Ferreira (Fraud Analytics)',
        dueDate: '2026-04-03',
        status: 'in_progress',
        reviewDate: '2026-04-10',
      },
      {
        area: 'detection',
        description:
          'Announce every change of the serving model version in the fraud-ops channel and mark it on the payments dashboards.',
        owner: 'Priya Raman (ML Platform)',
        dueDate: '2026-03-20',
        status: 'done',
        reviewDate: '2026-03-27',
      },
      {
        area: 'mitigation',
        description:
          'Roll back automatically to the previous registered version when the flag-rate alert fires within 6 hours of a deployment, and write the runbook for releasing wrongly held payments in bulk.',
        owner: 'Aylin Demir (Payments Operations)',
        dueDate: '2026-04-17',
        status: 'open',
        reviewDate: '2026-04-24',
      },
      {
        area: 'process_improvement',
        description:
          'Stop automatic promotion: a retrained model runs 24 hours in shadow with a comparison report on new accounts, foreign cards and high amounts, then needs approval from the model owner and payments operations.',
        owner: 'Lukas Brandt (Fraud Data Science)',
        dueDate: '2026-04-30',
        status: 'open',
        reviewDate: '2026-05-07',
      },
    ]),
    lessons: DEMO_LESSONS.map((lesson) => ({ id: lesson.prompt, ...lesson })),
    timeline: withIds([
      {
        at: '2026-03-12T01:56:00.000Z',
        kind: 'deployment',
        text: 'The weekly retraining job promotes v13 to production after its offline evaluation passes (precision 0.93, recall 0.84); the release also switches serving to feature pipeline 2.4. No notification is sent.',
      },
      {
        at: '2026-03-12T02:00:00.000Z',
        kind: 'deployment',
        text: 'v13 scores all traffic; v12 stays in the registry.',
      },
      {
        at: '2026-03-12T02:43:00.000Z',
        kind: 'other',
        text: 'The manual-review queue passes 40 open cases, its hourly night capacity. No alert is configured on the queue.',
      },
      {
        at: f.detectedAt,
        kind: 'detection',
        text: 'The payments operations on-call sees 68 open review cases on the dashboard (1–2 on a normal night) and opens an incident.',
      },
      {
        at: '2026-03-12T03:22:00.000Z',
        kind: 'escalation',
        text: 'The fraud ML on-call is paged and joins the incident channel.',
      },
      {
        at: '2026-03-12T03:31:00.000Z',
        kind: 'communication',
        text: 'Customer care reports a cluster of calls about declined cards; agents receive a holding message at 04:41.',
      },
      {
        at: '2026-03-12T03:52:00.000Z',
        kind: 'other',
        text: 'The prediction log shows model_version v13 since 03:00 and amounts about 100× their usual level.',
      },
      {
        at: '2026-03-12T04:10:00.000Z',
        kind: 'escalation',
        text: 'Raised to SEV2; the payments product lead joins. Decision: roll back to v12 rather than fix pipeline 2.4 at night.',
      },
      {
        at: '2026-03-12T04:41:00.000Z',
        kind: 'mitigation',
        text: 'Rollback to v12 starts from the model registry; automatic promotion in the retraining job is switched off.',
      },
      {
        at: f.endedAt,
        kind: 'mitigation',
        text: 'v12 scores all traffic again; the flag rate returns to its usual level within the hour.',
      },
      {
        at: '2026-03-12T07:30:00.000Z',
        kind: 'mitigation',
        text: `The review team finishes the ${f.flagged} cases: ${f.wronglyFlagged} released as legitimate, ${f.confirmedFraud} confirmed as fraud.`,
      },
      {
        at: '2026-03-12T09:00:00.000Z',
        kind: 'communication',
        text: `Apology by e-mail and in the app to the ${f.affectedCustomers} affected customers, with an invitation to retry; the merchant desk is briefed.`,
      },
      {
        at: '2026-03-12T11:30:00.000Z',
        kind: 'resolution',
        text: 'Incident closed; postmortem meeting set for 16 March.',
      },
    ]),
    participants: withIds([
      { name: 'Marit de Vries', team: 'Reliability Engineering', role: 'facilitator' },
      { name: 'Tomás Ferreira', team: 'Fraud Analytics', role: 'scribe' },
      { name: 'Lukas Brandt', team: 'Fraud Data Science (model owner)', role: 'participant' },
      { name: 'Priya Raman', team: 'ML Platform', role: 'participant' },
      { name: 'Aylin Demir', team: 'Payments Operations', role: 'participant' },
      { name: 'Sophie Laurent', team: 'Customer Care', role: 'participant' },
    ]),
    parkingLot: withIds([
      {
        text: 'Does the chargeback predictor also read amount through feature pipeline 2.4? Check before its next retrain.',
        createdAt: '2026-03-16T13:24:00.000Z',
      },
      {
        text: 'Is a night review capacity of 40 cases per hour enough when the queue is the last safety net?',
        createdAt: '2026-03-16T13:41:00.000Z',
      },
      {
        text: `A goodwill gesture for the ${f.affectedCustomers} affected customers: payments product and legal to decide.`,
        createdAt: '2026-03-16T14:05:00.000Z',
      },
    ]),
    notes: withIds([
      {
        step: '',
        createdAt: '2026-03-16T14:30:00.000Z',
        text: 'Meeting held on 16 March 2026, 14:00–15:30 Amsterdam time. Evidence: prediction log of 11–12 March (fraud-predictions.csv); baseline window 11 March 01:00 to 12 March 01:00, incident window 12 March 03:00–06:00. The count of confirmed frauds comes from the review team’s case notes, the customer count from the payments ledger.',
      },
    ]),
    causeNodes: [],
    findings: [],
    links: [],
    hints: {},
  };
  return { ...content, ...demoAnalysis(content) };
}
