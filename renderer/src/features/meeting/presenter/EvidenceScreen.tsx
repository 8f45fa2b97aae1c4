import { useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type {
  DriftTable,
  EvidenceHistogram,
  PinSpec,
  TimeSeries,
} from '../../../../../shared/evidence';
import { diagnosisQuestionId, type Postmortem } from '../../../../../shared/domain';
import type { ScreenEvidence, ScreenLayout } from '../../../../../shared/meeting';
// The evidence workspace's own charts and words (features/evidence), drawn large here.
import { evidenceApi } from '../../evidence/api';
import { HistogramChart } from '../../evidence/charts/HistogramChart';
import { TimeSeriesChart } from '../../evidence/charts/TimeSeriesChart';
import { binningNote } from '../../evidence/charts/histogram-data';
import { windowLabel } from '../../evidence/compare/windows';
import { sortRows } from '../../evidence/drift/DriftTableView';
import {
  decidingText,
  effectText,
  measureName,
  methodText,
  ruleText,
} from '../../evidence/drift/drift-text';
import { formatCount } from '../../evidence/format';
import { useEvidenceStore } from '../../evidence/store';
import { useAsync } from '../../evidence/use-async';
import { evidenceTitle } from '../evidence-on-screen';
import type { PresenterBlock } from './blocks';
import { PagedFlow } from './PagedFlow';

interface Props {
  evidence: ScreenEvidence;
  doc: Postmortem;
  page: number;
  focus: string | null;
  onLayout: (layout: ScreenLayout) => void;
}

type Answer = EvidenceHistogram | TimeSeries | DriftTable;

function compute(spec: PinSpec): Promise<Answer> {
  const api = evidenceApi();
  switch (spec.kind) {
    case 'histogram':
      return api['evidence.histogram'](spec.query);
    case 'time-series':
      return api['evidence.timeSeries'](spec.query);
    case 'drift-table':
      return api['evidence.drift'](spec.query);
  }
}

/** A diagnosis question in its words: the method's wording, or the room's own hypothesis. */
function questionWording(doc: Postmortem, answerId: string): string {
  const answer = doc.diagnosis.find((a) => a.id === answerId);
  if (!answer) return '(removed)';
  return answer.question
    ? diagnosisQuestionId.labels[answer.question]
    : answer.text || 'a hypothesis';
}

/** What the evidence is, what it answers and over which windows, as blocks of the flow. */
function useHeadingBlocks(evidence: ScreenEvidence, doc: Postmortem): PresenterBlock[] {
  const files = useEvidenceStore((s) => s.files[doc.id]?.value);
  return useMemo(() => {
    const { spec, target } = evidence;
    const zone = doc.summary.timeZone;
    const question =
      target?.kind === 'diagnosis'
        ? `Evidence for: ${questionWording(doc, target.answerId)}`
        : target?.kind === 'timeline'
          ? `Evidence for the timeline event: ${doc.timeline.find((e) => e.id === target.eventId)?.text ?? '(removed)'}`
          : null;
    return [
      {
        key: 'title',
        node: <h2 dir="auto">{evidenceTitle(evidence)}</h2>,
      },
      ...(question
        ? [
            {
              key: 'question',
              node: (
                <p className="presenter-aim" dir="auto">
                  {question}
                </p>
              ),
            },
          ]
        : []),
      ...(spec.kind !== 'time-series'
        ? [
            {
              key: 'windows',
              node: (
                <p className="content-meta">
                  Baseline: {windowLabel(spec.query.baseline, files ?? [], zone)}. Incident:{' '}
                  {windowLabel(spec.query.incident, files ?? [], zone)}.
                </p>
              ),
            },
          ]
        : []),
    ];
  }, [evidence, doc, files]);
}

/** A chart as tall as its box: the box's height less the legend above the plot. */
function ChartBox({ draw }: { draw: (height: number) => ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const content = useRef<HTMLDivElement>(null);
  const [height, setHeight] = useState(240);
  useLayoutEffect(() => {
    const fit = () => {
      if (!box.current || !content.current) return;
      // The content grows with the plot one for one: give the plot what the box has left.
      const spare = box.current.clientHeight - content.current.offsetHeight;
      setHeight((current) => (Math.abs(spare) > 2 ? Math.max(120, current + spare) : current));
    };
    fit();
    const observer = new ResizeObserver(fit);
    if (box.current) observer.observe(box.current);
    return () => observer.disconnect();
  });
  return (
    <div className="presenter-chart" ref={box}>
      <div ref={content}>{draw(height)}</div>
    </div>
  );
}

/** The drift table as one block per column, drifting columns first, paged like any content. */
function driftBlocks(table: DriftTable, heading: PresenterBlock[]): PresenterBlock[] {
  const rows = sortRows(table.columns, { key: 'drift', dir: 'desc' });
  return [
    ...heading,
    {
      key: 'verdict',
      node: (
        <p className="presenter-drift-verdict">
          <strong>{table.datasetDrift ? 'Dataset drift' : 'No dataset drift'}</strong>:{' '}
          {table.driftedColumns} of {table.testedColumns} tested features drift.
        </p>
      ),
    },
    ...rows.map((r) => ({
      key: `column:${r.column}`.slice(0, 120),
      label: r.column,
      node: (
        <div className={`presenter-drift-row${r.drift ? ' drifts' : ''}`}>
          <p>
            <strong dir="auto">{r.column}</strong>{' '}
            <span className="presenter-drift-flag">
              {r.kind === 'skipped' ? 'Not tested' : r.drift ? '▲ Drift' : 'No drift'}
            </span>
          </p>
          {r.kind === 'skipped' ? (
            <p className="content-meta">{r.skippedReason ?? 'Not tested.'}</p>
          ) : (
            <p className="content-meta">
              {measureName(r)} {decidingText(r)} (drift if {ruleText(r)}) · effect {effectText(r)}
            </p>
          )}
          <p className="content-meta">
            Values {formatCount(r.baselineCount)} / {formatCount(r.incidentCount)}
            {r.smallSample ? ' · small sample' : ''}
          </p>
        </div>
      ),
    })),
    { key: 'method', node: <p className="content-meta">{methodText(table)}</p> },
  ];
}

/**
 * Evidence the facilitator put on the shared screen, recomputed from its spec: a chart filling
 * the page, or the drift table paged by column. Text is at least 20 px (presenter.css).
 */
export function EvidenceScreen({ evidence, doc, page, focus, onLayout }: Props) {
  const key = JSON.stringify(evidence.spec);
  const result = useAsync<Answer>(key, () => compute(evidence.spec), 'screen');
  const heading = useHeadingBlocks(evidence, doc);
  const value = result.value;
  const blocks = useMemo((): PresenterBlock[] => {
    if (!value) {
      const state = result.error
        ? `This evidence could not be computed: ${result.error}`
        : 'Computing…';
      return [...heading, { key: 'state', node: <p>{state}</p> }];
    }
    if (evidence.spec.kind === 'drift-table') return driftBlocks(value as DriftTable, heading);
    if (evidence.spec.kind === 'histogram') {
      const note = binningNote(value as EvidenceHistogram);
      return [...heading, { key: 'binning', node: <p className="content-meta">{note}</p> }];
    }
    return heading;
  }, [value, result.error, evidence.spec.kind, heading]);

  const text = (
    <PagedFlow
      blocks={blocks}
      page={page}
      focus={focus}
      onLayout={onLayout}
      narrow={value !== null && evidence.spec.kind !== 'drift-table'}
    />
  );
  if (!value || evidence.spec.kind === 'drift-table') return text;
  // A chart beside its words: the words page (rarely) while the chart stays.
  return (
    <div className="presenter-chart-page">
      {text}
      <ChartBox
        draw={(height) =>
          evidence.spec.kind === 'histogram' ? (
            <HistogramChart
              histogram={value as EvidenceHistogram}
              height={height}
              fontSize={20}
              zone={doc.summary.timeZone}
            />
          ) : (
            <TimeSeriesChart
              series={value as TimeSeries}
              height={height}
              zone={doc.summary.timeZone}
            />
          )
        }
      />
    </div>
  );
}
