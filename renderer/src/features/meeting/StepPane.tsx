import { EarlierOverdue } from './EarlierOverdue';
import { ExportPanel } from '../export/ExportPanel';
import { useId, useRef, type ReactNode } from 'react';
import { useFocusWhenReady } from '../../lib/use-focus-when-ready';
import { UserText } from '../../components/UserText';
import type { MeetingRecord } from '../../../../shared/contract/meeting';
import { participantRole, type Postmortem } from '../../../../shared/domain';
import {
  GROUND_RULES,
  STEP_GUIDANCE,
  type MeetingClock,
  type StepId,
  postmortemStepOf,
} from '../../../../shared/meeting';
import { MeetingLogTable } from './MeetingLogTable';
import { ActionsContent, ParkingLotContent } from './SectionContent';
import { useMeetingStore } from './store';

interface Props {
  record: MeetingRecord;
  clock: MeetingClock;
  doc: Postmortem | null;
  renderSection: (sectionId: string) => ReactNode;
}

function Attendance({ record, doc }: { record: MeetingRecord; doc: Postmortem }) {
  const setAttendance = useMeetingStore((s) => s.setAttendance);
  const error = useMeetingStore((s) => (s.message?.field === 'attendance' ? s.message.text : null));
  const present = new Set(record.attendance.map((a) => a.participantId));
  return (
    <fieldset className="meeting-attendance">
      <legend>Who is present</legend>
      {doc.participants.length === 0 ? (
        <p className="hint">Add the participants below, then mark who is here.</p>
      ) : (
        <ul>
          {doc.participants.map((p) => (
            <li key={p.id}>
              <label>
                <input
                  type="checkbox"
                  checked={present.has(p.id)}
                  disabled={record.state.status === 'ended'}
                  onChange={(e) =>
                    void setAttendance(record.postmortemId, p.id, e.currentTarget.checked)
                  }
                />
                <UserText>{p.name}</UserText>{' '}
                <span className="muted">
                  ({p.team ? <UserText>{p.team}</UserText> : 'no team'},{' '}
                  {participantRole.labels[p.role]})
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

function FollowUp({ record }: { record: MeetingRecord }) {
  const id = useId();
  const setFollowUp = useMeetingStore((s) => s.setFollowUp);
  const error = useMeetingStore((s) => (s.message?.field === 'followUp' ? s.message.text : null));
  return (
    <div className="field">
      <label htmlFor={id}>Next follow-up</label>
      <input
        id={id}
        type="date"
        key={record.followUpDate ?? 'none'}
        defaultValue={record.followUpDate ?? ''}
        aria-describedby={error ? `${id}-error` : undefined}
        onBlur={(e) => {
          const value = e.currentTarget.value || null;
          if (value !== record.followUpDate) void setFollowUp(record.postmortemId, value);
        }}
      />
      {error ? (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** The current step: its aim and questions, then what the room works on in it. */
export function StepPane({ record, clock, doc, renderSection }: Props) {
  const stepId: StepId = postmortemStepOf(clock.current.id);
  const guidance = STEP_GUIDANCE[stepId];
  // Entering the meeting: the button that led here is gone; the step's title takes the focus.
  const title = useRef<HTMLHeadingElement>(null);
  useFocusWhenReady(true, title, clock.current.index);
  return (
    <main className="meeting-step" id="main" aria-labelledby="meeting-step-title">
      <p className="meeting-step-number">
        Step {clock.current.index + 1} of {clock.steps.length}
        {record.state.status === 'planned' ? ' (the meeting opens here)' : ''}
      </p>
      <h1 id="meeting-step-title" tabIndex={-1} ref={title}>
        {clock.current.title}
      </h1>
      <p className="meeting-aim">{guidance.aim}</p>
      <section className="meeting-questions" aria-label="Questions for the room">
        <h2>Questions for the room</h2>
        <ol>
          {guidance.questions.map((q) => (
            <li key={q}>{q}</li>
          ))}
        </ol>
      </section>
      {stepId === 'ground_rules' ? (
        <>
          <section className="meeting-ground-rules" aria-label="Ground rules">
            <h2>Ground rules</h2>
            <ol>
              {GROUND_RULES.map((rule) => (
                <li key={rule}>{rule}</li>
              ))}
            </ol>
          </section>
          <h2>Roles</h2>
          <p className="hint">
            Confirm who facilitates and who takes notes; edit the list if needed.
          </p>
          {doc ? <Attendance record={record} doc={doc} /> : null}
          {renderSection('participants')}
          <EarlierOverdue postmortemId={record.postmortemId} />
        </>
      ) : stepId === 'recap' ? (
        <>
          <section aria-label="Actions to confirm">
            <h2>Corrective actions</h2>
            <p className="hint">Every action needs an owner and a date.</p>
            {doc ? <ActionsContent doc={doc} /> : null}
          </section>
          <section aria-label="Parking lot">
            <h2>Parking lot</h2>
            {doc ? <ParkingLotContent doc={doc} /> : null}
          </section>
          <FollowUp record={record} />
          <MeetingLogTable clock={clock} record={record} />
          <ExportPanel postmortemId={record.postmortemId} heading="Export the final report" />
        </>
      ) : (
        <div className="meeting-section-editor">{renderSection(stepId)}</div>
      )}
    </main>
  );
}
