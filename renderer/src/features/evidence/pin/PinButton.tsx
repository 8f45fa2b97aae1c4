import { useRef, useState } from 'react';
import type { PinSpec } from '../../../../../shared/evidence';
import { PinDialog } from './PinDialog';

interface Props {
  postmortemId: string;
  spec: PinSpec | null;
  what: string;
  defaultCaption?: string;
}

/** "Pin…" beside a chart or table; says where it went once pinned. */
export function PinButton({ postmortemId, spec, what, defaultCaption = '' }: Props) {
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <div className="ev-pin">
      <button
        ref={button}
        type="button"
        className="button small"
        aria-expanded={open}
        disabled={!spec}
        onClick={() => {
          setDone(null);
          setOpen(!open);
        }}
      >
        Pin the {what}…
      </button>
      <span role="status" className="ev-pin-done">
        {done ? `Pinned to “${done}”.` : ''}
      </span>
      {open && spec && (
        <PinDialog
          postmortemId={postmortemId}
          spec={spec}
          what={what}
          defaultCaption={defaultCaption}
          onClose={(to) => {
            setOpen(false);
            setDone(to);
            button.current?.focus();
          }}
        />
      )}
    </div>
  );
}
