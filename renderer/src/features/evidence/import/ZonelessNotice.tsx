import { useMemo } from 'react';
import type { StagedPreview } from '../../../../../shared/evidence';
import { UserText } from '../../../components/UserText';
import { formatOffset, timeZoneNames } from '../../../lib/zoned-time';
import { formatCount } from '../format';

interface Props {
  id: string;
  /** The instant columns (as chosen now) holding times written without a zone. */
  columns: StagedPreview['columns'];
  zone: string;
  defaultZone: string;
  onChange(zone: string): void;
}

/**
 * Times such as "2024-03-12 02:00" name no zone: the preview says which zone they will be read in
 * (the postmortem's, unless chosen here) instead of reading them as UTC without a word.
 */
export function ZonelessNotice({ id, columns, zone, defaultZone, onChange }: Props) {
  const zones = useMemo(() => {
    const names = timeZoneNames();
    return names.includes(defaultZone) ? names : [defaultZone, ...names];
  }, [defaultZone]);
  if (columns.length === 0) return null;
  const total = columns.reduce((n, c) => n + c.zonelessCount, 0);
  const sample = columns[0]?.sampleValues[0];
  const sampleMs = sample ? Date.parse(sample.replace(' ', 'T') + 'Z') : NaN;
  // The offset on the sample's day, when it reads as ISO (a day/month one just names the zone).
  const offset = Number.isNaN(sampleMs) ? '' : ` (${formatOffset(sampleMs, zone)} then)`;
  return (
    <div className="ev-notice" role="note" aria-labelledby={`${id}-zone-title`}>
      <p id={`${id}-zone-title`}>
        <strong>Times without a zone:</strong> {formatCount(total)} value
        {total === 1 ? '' : 's'} in{' '}
        {columns.map((c, i) => (
          <span key={c.index}>
            {i > 0 ? ', ' : ''}“<UserText>{c.name}</UserText>”
          </span>
        ))}{' '}
        {sample ? (
          <>
            (such as <UserText>{sample}</UserText>){' '}
          </>
        ) : null}
        name no time zone. They will be read as clock times in <strong>{zone}</strong>
        {offset}; times that carry a zone (Z, +02:00) keep it.
      </p>
      <div className="ev-row ev-controls">
        <label htmlFor={`${id}-zone`}>Read times without a zone in</label>
        <select id={`${id}-zone`} value={zone} onChange={(e) => onChange(e.target.value)}>
          {zones.map((name) => (
            <option key={name} value={name}>
              {name === defaultZone ? `${name} (the postmortem’s zone)` : name}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
