import type { Encoding } from './use-import';

export const ENCODING_LABELS: Record<Encoding, string> = {
  auto: 'Detect (UTF-8, or UTF-16 with a byte-order mark)',
  'windows-1252': 'Windows-1252 (Western European, Excel on Windows)',
  latin1: 'Latin-1 (ISO 8859-1)',
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 little-endian',
  'utf-16be': 'UTF-16 big-endian',
};

export function EncodingSelect(props: {
  id: string;
  label: string;
  value: Encoding;
  withAuto?: boolean;
  onChange(e: Encoding): void;
}) {
  return (
    <div className="field ev-encoding">
      <label htmlFor={props.id}>{props.label}</label>
      <select
        id={props.id}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value as Encoding)}
      >
        {(Object.keys(ENCODING_LABELS) as Encoding[])
          .filter((e) => props.withAuto !== false || e !== 'auto')
          .map((e) => (
            <option key={e} value={e}>
              {ENCODING_LABELS[e]}
            </option>
          ))}
      </select>
    </div>
  );
}
