import type { ReactNode } from 'react';
import {
  actionArea,
  diagnosisQuestionId,
  diagnosisStatus,
  discoveryChannel,
  lessonPromptId,
  rootCauseLayer,
  severity,
  taskType,
  timelineKind,
  type Postmortem,
} from '../../../../shared/domain';
import type { StepId } from '../../../../shared/meeting';

// Read-only renderings of what the room has written so far, for the presenter view and the recap.
// Instants are shown in the postmortem's own time zone, as the editor shows them.

function formatInstant(iso: string | null, timeZone: string): string {
  if (!iso) return 'not set';
  try {
    return new Intl.DateTimeFormat('en-GB', {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone,
    }).format(new Date(iso));
  } catch {
    return iso;
  }
}

function Empty({ children }: { children: ReactNode }) {
  return <p className="content-empty">{children}</p>;
}

function Fact({ label, value }: { label: string; value: ReactNode }) {
  return (
    <div className="content-fact">
      <dt>{label}</dt>
      <dd>{value === '' || value === null ? <span className="content-missing">—</span> : value}</dd>
    </div>
  );
}

function Summary({ doc }: { doc: Postmortem }) {
  const s = doc.summary;
  const tz = s.timeZone;
  return (
    <>
      {s.whatHappened ? (
        <p className="content-text">{s.whatHappened}</p>
      ) : (
        <Empty>Not written yet.</Empty>
      )}
      <dl className="content-facts">
        <Fact label="Model" value={[s.modelName, s.modelVersion].filter(Boolean).join(' ')} />
        <Fact label="Severity" value={s.severity ? severity.labels[s.severity] : ''} />
        <Fact label="Started" value={formatInstant(s.startedAt, tz)} />
        <Fact label="Detected" value={formatInstant(s.detectedAt, tz)} />
        <Fact label="Ended" value={formatInstant(s.endedAt, tz)} />
        <Fact
          label="Detected by"
          value={[s.detectedBy, s.discovery ? discoveryChannel.labels[s.discovery] : '']
            .filter(Boolean)
            .join(' · ')}
        />
        <Fact
          label="Impact"
          value={[
            s.impactedWho,
            s.impactedCount !== null ? `${s.impactedCount} ${s.impactedUnit}`.trim() : '',
          ]
            .filter(Boolean)
            .join(' · ')}
        />
      </dl>
    </>
  );
}

/** The events in order of time, as the editor shows them. */
function Timeline({ doc }: { doc: Postmortem }) {
  if (doc.timeline.length === 0) return <Empty>No event on the timeline yet.</Empty>;
  const tz = doc.summary.timeZone;
  const events = [...doc.timeline].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  return (
    <ol className="content-list">
      {events.map((e) => (
        <li key={e.id}>
          <strong>{formatInstant(e.at, tz)}</strong> ({timelineKind.labels[e.kind]}) {e.text}
        </li>
      ))}
    </ol>
  );
}

function Purpose({ doc }: { doc: Postmortem }) {
  const p = doc.purpose;
  return (
    <>
      {p.objective ? (
        <p className="content-text">{p.objective}</p>
      ) : (
        <Empty>Not written yet.</Empty>
      )}
      <dl className="content-facts">
        <Fact label="Task" value={p.taskType ? taskType.labels[p.taskType] : ''} />
      </dl>
      {p.kpis.length > 0 ? (
        <>
          <h3 className="content-subheading">Indicators and targets</h3>
          <ul className="content-list">
            {p.kpis.map((k) => (
              <li key={k.id}>
                {k.name}
                {k.target !== null ? `: target ${k.target} ${k.unit}` : ''}
                {k.note ? ` (${k.note})` : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {p.acceptedRisks.length > 0 ? (
        <>
          <h3 className="content-subheading">Accepted risks</h3>
          <ul className="content-list">
            {p.acceptedRisks.map((r) => (
              <li key={r.id}>
                {r.name}
                {r.value !== null ? `: ${r.value} ${r.unit}` : ''}
                {r.note ? ` (${r.note})` : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

function Diagnosis({ doc }: { doc: Postmortem }) {
  return (
    <ul className="content-list">
      {doc.diagnosis.map((a) => (
        <li key={a.question}>
          <strong>{diagnosisQuestionId.labels[a.question]}</strong>{' '}
          <span className={`content-status status-${a.status}`}>
            {diagnosisStatus.labels[a.status]}
          </span>
          {a.findings ? <p className="content-text">{a.findings}</p> : null}
        </li>
      ))}
    </ul>
  );
}

function RootCauses({ doc }: { doc: Postmortem }) {
  if (doc.rootCauses.length === 0) return <Empty>No root causes written yet.</Empty>;
  return (
    <ul className="content-list">
      {doc.rootCauses.map((c) => (
        <li key={c.id}>
          <strong>{rootCauseLayer.labels[c.layer]}:</strong> {c.description}
        </li>
      ))}
    </ul>
  );
}

function WorkedWell({ doc }: { doc: Postmortem }) {
  if (doc.workedWell.length === 0) return <Empty>Nothing written yet.</Empty>;
  return (
    <ul className="content-list">
      {doc.workedWell.map((w) => (
        <li key={w.id}>{w.text}</li>
      ))}
    </ul>
  );
}

export function ActionsContent({ doc }: { doc: Postmortem }) {
  if (doc.actions.length === 0) return <Empty>No corrective actions yet.</Empty>;
  return (
    <ul className="content-list">
      {doc.actions.map((a) => (
        <li key={a.id}>
          <strong>{actionArea.labels[a.area]}:</strong> {a.description || '(no description)'}
          <span className="content-meta">
            {' '}
            — owner: {a.owner || <span className="content-missing">no owner yet</span>}, due:{' '}
            {a.dueDate ?? <span className="content-missing">no date yet</span>}
          </span>
        </li>
      ))}
    </ul>
  );
}

function Lessons({ doc }: { doc: Postmortem }) {
  return (
    <ul className="content-list">
      {doc.lessons.map((l) => (
        <li key={l.prompt}>
          <strong>{lessonPromptId.labels[l.prompt]}</strong>
          {l.answer ? (
            <p className="content-text">{l.answer}</p>
          ) : (
            <p className="content-empty">Not answered yet.</p>
          )}
        </li>
      ))}
    </ul>
  );
}

export function ParkingLotContent({ doc }: { doc: Postmortem }) {
  if (doc.parkingLot.length === 0) return <Empty>The parking lot is empty.</Empty>;
  return (
    <ul className="content-list">
      {doc.parkingLot.map((p) => (
        <li key={p.id}>{p.text}</li>
      ))}
    </ul>
  );
}

/** What the room has written for the step's section (nothing for the opening and the recap). */
export function SectionContent({ stepId, doc }: { stepId: StepId; doc: Postmortem }) {
  switch (stepId) {
    case 'summary':
      return <Summary doc={doc} />;
    case 'timeline':
      return <Timeline doc={doc} />;
    case 'purpose':
      return <Purpose doc={doc} />;
    case 'diagnosis':
      return <Diagnosis doc={doc} />;
    case 'root_causes':
      return <RootCauses doc={doc} />;
    case 'worked_well':
      return <WorkedWell doc={doc} />;
    case 'actions':
      return <ActionsContent doc={doc} />;
    case 'lessons':
      return <Lessons doc={doc} />;
    case 'ground_rules':
    case 'recap':
      return null;
  }
}
