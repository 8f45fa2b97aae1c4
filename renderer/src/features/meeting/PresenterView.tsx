import { participantRole } from '../../../../shared/domain';
import { formatDuration, GROUND_RULES, STEP_GUIDANCE } from '../../../../shared/meeting';
import { useLiveDocument, useMeeting, useMeetingClock } from './hooks';
import { ActionsContent, ParkingLotContent, SectionContent } from './SectionContent';
import { MeetingFigures, StepTimer } from './Timer';
import './meeting.css';

export interface PresenterViewProps {
  postmortemId: string;
}

/**
 * What the room sees on the shared screen: the step, its questions, what has been written and the
 * timer, in large type and high contrast. No controls, no facilitator notes; it follows the
 * facilitator's window through the back end's pushes (meeting.changed, postmortem.changed).
 */
export function PresenterView({ postmortemId }: PresenterViewProps) {
  const { record, error } = useMeeting(postmortemId);
  const { doc } = useLiveDocument(postmortemId);
  const clock = useMeetingClock(record);

  if (!record || !clock) {
    return (
      <main className="presenter" data-testid="presenter">
        <p>{error ?? 'Waiting for the meeting…'}</p>
      </main>
    );
  }
  const { status } = record.state;
  const stepId = clock.current.id;
  const guidance = STEP_GUIDANCE[stepId];
  return (
    <main
      className="presenter"
      data-testid="presenter"
      data-status={status}
      aria-labelledby="presenter-title"
    >
      <header className="presenter-head">
        <div>
          <p className="presenter-kicker">
            {doc ? `${doc.title} · ` : ''}
            {status === 'planned'
              ? 'The meeting has not started yet'
              : status === 'ended'
                ? 'The meeting has ended'
                : `Step ${clock.current.index + 1} of ${clock.steps.length}`}
          </p>
          <h1 id="presenter-title">{clock.current.title}</h1>
          <p className="presenter-aim">{guidance.aim}</p>
        </div>
        <div className="presenter-clock">
          <StepTimer clock={clock} className="presenter-timer" />
          <MeetingFigures clock={clock} />
        </div>
      </header>
      <div className="presenter-body">
        <section className="presenter-questions" aria-label="Questions">
          <h2>Questions</h2>
          <ol>
            {guidance.questions.map((q) => (
              <li key={q}>{q}</li>
            ))}
          </ol>
        </section>
        <section className="presenter-content" aria-label="What we have written">
          {stepId === 'ground_rules' ? (
            <>
              <h2>Ground rules</h2>
              <ol className="content-list">
                {GROUND_RULES.map((rule) => (
                  <li key={rule}>{rule}</li>
                ))}
              </ol>
              {doc && doc.participants.length > 0 ? (
                <>
                  <h2>Roles</h2>
                  <ul className="content-list">
                    {doc.participants.map((p) => (
                      <li key={p.id}>
                        {p.name} — {participantRole.labels[p.role]}
                        {p.team ? `, ${p.team}` : ''}
                        {record.attendance.some((a) => a.participantId === p.id)
                          ? ' (present)'
                          : ''}
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
            </>
          ) : stepId === 'recap' ? (
            <>
              <h2>Corrective actions</h2>
              {doc ? <ActionsContent doc={doc} /> : null}
              <h2>Parking lot</h2>
              {doc ? <ParkingLotContent doc={doc} /> : null}
              <h2>Next follow-up</h2>
              <p className="content-text">{record.followUpDate ?? 'not set yet'}</p>
            </>
          ) : (
            <>
              <h2>What we have written</h2>
              {doc ? <SectionContent stepId={stepId} doc={doc} /> : <p>Loading the document…</p>}
            </>
          )}
        </section>
      </div>
      {status === 'planned' ? (
        <footer className="presenter-agenda" aria-label="Agenda">
          <h2>Agenda</h2>
          <ol>
            {clock.steps
              .filter((s) => !s.skipped)
              .map((s) => (
                <li key={s.id}>
                  {s.title} — {formatDuration(s.timeboxSeconds)}
                </li>
              ))}
          </ol>
        </footer>
      ) : null}
    </main>
  );
}
