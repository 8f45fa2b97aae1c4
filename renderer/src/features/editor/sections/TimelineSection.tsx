import { TIMELINE_PART, timelineKind, type TimelineEvent } from '../../../../../shared/domain';
import { InstantField, SelectField, TextField } from '../../../components/fields';
import { ItemList, newId } from '../../../components/ItemList';
import { useOpenDocument } from '../../../data/hooks';
import { PinnedEvidence } from '../../evidence';
import { SectionFrame } from '../SectionFrame';

const byInstant = (a: TimelineEvent, b: TimelineEvent) => Date.parse(a.at) - Date.parse(b.at);

/** A new event starts one minute after the latest one (or at the incident's start, or now). */
function nextInstant(events: readonly TimelineEvent[], startedAt: string | null): string {
  const latest = events.reduce<number | null>(
    (max, e) => (max === null || Date.parse(e.at) > max ? Date.parse(e.at) : max),
    null,
  );
  if (latest !== null) return new Date(latest + 60_000).toISOString();
  if (startedAt) return startedAt;
  const now = new Date();
  now.setSeconds(0, 0);
  return now.toISOString();
}

export function TimelineSection() {
  const { postmortemId } = useOpenDocument();
  return (
    <SectionFrame {...TIMELINE_PART}>
      <ItemList
        list="timeline"
        noun="Event"
        addLabel="Add event"
        emptyText="No event yet. Events are shown in order of time."
        focusField="text"
        order={byInstant}
        make={(doc) => ({
          id: newId(),
          at: nextInstant(doc.timeline, doc.summary.startedAt),
          kind: 'other',
          text: '',
        })}
        renderItem={(p, event) => (
          <>
            <div className="grid two">
              <InstantField path={`${p}.at`} label="When" required />
              <SelectField path={`${p}.kind`} label="Kind" choices={timelineKind} />
            </div>
            <TextField path={`${p}.text`} label="What happened" multiline rows={2} />
            <PinnedEvidence postmortemId={postmortemId} target={event.id} />
          </>
        )}
      />
    </SectionFrame>
  );
}
