import { useMemo } from 'react';
import { discoveryChannel, severity, SECTIONS } from '../../../../../shared/domain';
import { useDocValue } from '../../../components/doc-hooks';
import { InstantField, NumberField, SelectField, TextField } from '../../../components/fields';
import { rezone } from '../../../lib/rezone';
import { formatOffset, timeZoneNames } from '../../../lib/zoned-time';
import { useNow } from '../../../lib/use-now';
import { diffDocs } from '../../../../../shared/doc/diff';
import { useOpenDocument } from '../../../data/hooks';
import { SectionFrame } from '../SectionFrame';

const section = SECTIONS[0];

function TimeZonePicker() {
  const zone = useDocValue<string>('summary.timeZone');
  const startedAt = useDocValue<string | null>('summary.startedAt');
  const sync = useOpenDocument();
  const now = useNow(60_000);
  const zones = useMemo(() => {
    const names = timeZoneNames();
    return names.includes(zone) ? names : [zone, ...names];
  }, [zone]);
  const offset = formatOffset(startedAt ? Date.parse(startedAt) : now, zone);
  return (
    <div className="field">
      <label htmlFor="f-summary-timeZone">Time zone of the times below</label>
      <select
        id="f-summary-timeZone"
        aria-describedby="f-summary-timeZone-hint"
        value={zone}
        onChange={(e) => {
          const next = e.target.value;
          const doc = sync.getSnapshot().doc;
          if (doc) sync.applyAll(diffDocs(doc, rezone(doc, next)));
        }}
      >
        {zones.map((name) => (
          <option key={name} value={name}>
            {name.replace(/_/g, ' ')}
          </option>
        ))}
      </select>
      <p className="hint" id="f-summary-timeZone-hint">
        {zone} is {offset} at the incident. Changing the zone keeps the clock times as typed.
      </p>
    </div>
  );
}

export function SummarySection() {
  const zone = useDocValue<string>('summary.timeZone');
  const zoneHint = `In ${zone.replace(/_/g, ' ')}`;
  return (
    <SectionFrame {...section}>
      <div className="grid two">
        <TextField path="summary.modelName" label="Model name" placeholder="e.g. fraud-scorer" />
        <TextField path="summary.modelVersion" label="Model version" placeholder="e.g. v13" />
      </div>
      <TextField
        path="summary.whatHappened"
        label="What happened"
        multiline
        rows={4}
        hint="Example of the precision to aim for: “The fraud model wrongly flagged 42 legitimate transactions between 02:00 and 05:00, affecting 13 customers.”"
      />
      <SelectField
        path="summary.severity"
        label="Severity"
        choices={severity}
        emptyLabel="Not set"
      />
      <TimeZonePicker />
      <div className="grid instants">
        <InstantField path="summary.startedAt" label="Started" hint={zoneHint} />
        <InstantField path="summary.endedAt" label="Ended" hint={zoneHint} />
        <InstantField path="summary.detectedAt" label="Detected" hint={zoneHint} />
      </div>
      <div className="grid two">
        <TextField
          path="summary.detectedBy"
          label="Detected by"
          placeholder="A person, team or system"
        />
        <SelectField
          path="summary.discovery"
          label="How it was discovered"
          choices={discoveryChannel}
          emptyLabel="Not set"
        />
      </div>
      <TextField path="summary.impactedWho" label="Who was impacted" multiline rows={2} />
      <div className="grid two">
        <NumberField path="summary.impactedCount" label="How many were impacted" min={0} />
        <TextField
          path="summary.impactedUnit"
          label="Unit of the impact"
          placeholder="e.g. customers, transactions"
        />
      </div>
    </SectionFrame>
  );
}
