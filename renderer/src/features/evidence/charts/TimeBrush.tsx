import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { formatInstant } from '../format';
import { edgeForKey, moveEdge, shiftRange, type BrushDomain, type BrushRange } from './brush-steps';

interface Props {
  domain: BrushDomain;
  range: BrushRange;
  zone: string;
  onChange(range: BrushRange): void;
  /** Pixels left and right of the track, so it lines up with the chart's plot area. */
  inset: { left: number; right: number };
}

type Drag = { what: 'from' | 'to' | 'range'; startX: number; startRange: BrushRange };

/**
 * A time range under the chart: two handles (sliders) and the range between them. A handle
 * follows the pointer for the whole drag (pointer capture, every move), the range drags as one,
 * and the keyboard steps a bucket (arrows) or a larger calendar unit (Page Up/Down); each handle
 * announces its time on the postmortem's clock.
 */
export function TimeBrush({ domain, range, zone, onChange, inset }: Props) {
  const track = useRef<HTMLDivElement>(null);
  const drag = useRef<Drag | null>(null);
  const span = Math.max(1, domain.max - domain.min);
  const pct = (ms: number) => `${(((ms - domain.min) / span) * 100).toFixed(4)}%`;

  const msAt = (clientX: number): number => {
    const rect = track.current?.getBoundingClientRect();
    if (!rect || rect.width <= 0) return domain.min;
    return domain.min + ((clientX - rect.left) / rect.width) * span;
  };

  const start = (e: PointerEvent<HTMLElement>) => {
    const what = e.currentTarget.dataset.drag as Drag['what'];
    if (e.button !== 0) return;
    e.preventDefault();
    e.stopPropagation();
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { what, startX: e.clientX, startRange: range };
    if (what !== 'range') e.currentTarget.focus();
  };
  const move = (e: PointerEvent<HTMLElement>) => {
    const d = drag.current;
    if (!d) return;
    if (d.what === 'range')
      onChange(shiftRange(d.startRange, msAt(e.clientX) - msAt(d.startX), domain));
    else onChange(moveEdge(range, d.what, msAt(e.clientX), domain));
  };
  const end = (e: PointerEvent<HTMLElement>) => {
    if (!drag.current) return;
    drag.current = null;
    if (e.currentTarget.hasPointerCapture(e.pointerId))
      e.currentTarget.releasePointerCapture(e.pointerId);
  };
  const key = (e: KeyboardEvent<HTMLElement>) => {
    const edge = e.currentTarget.dataset.drag as 'from' | 'to';
    const at = edgeForKey(e.key, range, edge, domain);
    if (at === null) return;
    e.preventDefault();
    onChange(moveEdge(range, edge, at, domain));
  };

  const handle = (edge: 'from' | 'to') => (
    <div
      role="slider"
      tabIndex={0}
      aria-label={edge === 'from' ? 'Start of the brushed range' : 'End of the brushed range'}
      aria-valuemin={domain.min}
      aria-valuemax={domain.max}
      aria-valuenow={range[edge]}
      aria-valuetext={formatInstant(range[edge], zone)}
      aria-orientation="horizontal"
      className={`ev-brush-handle ev-brush-${edge}`}
      style={{ left: pct(range[edge]) }}
      data-drag={edge}
      onPointerDown={start}
      onPointerMove={move}
      onPointerUp={end}
      onPointerCancel={end}
      onKeyDown={key}
    />
  );

  return (
    <div className="ev-brush" style={{ marginLeft: inset.left, marginRight: inset.right }}>
      <div ref={track} className="ev-brush-track">
        <div
          className="ev-brush-range"
          style={{ left: pct(range.from), width: `calc(${pct(range.to)} - ${pct(range.from)})` }}
          title="Drag to move the range"
          data-drag="range"
          onPointerDown={start}
          onPointerMove={move}
          onPointerUp={end}
          onPointerCancel={end}
        />
        {handle('from')}
        {handle('to')}
      </div>
    </div>
  );
}
