import { useId, useState } from 'react';
import type { Pin } from '../../../../../shared/evidence';
import { errorMessage, evidenceApi } from '../api';

interface Props {
  pin: Pin;
  onChanged(): Promise<void>;
  onRemove(): void;
}

/** The caption under a pinned chart, editable in place, with the pin's remove button. */
export function PinCaption({ pin, onChanged, onRemove }: Props) {
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(pin.caption);
  const [error, setError] = useState<string | null>(null);
  const short = pin.caption ? `: ${pin.caption.slice(0, 60)}` : '';

  async function save() {
    try {
      await evidenceApi()['pins.update']({ id: pin.id, caption: text.trim() });
      await onChanged();
      setEditing(false);
      setError(null);
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  if (editing) {
    return (
      <figcaption className="ev-pin-caption-edit">
        <div className="field">
          <label htmlFor={`${id}-caption`}>Caption</label>
          <textarea
            id={`${id}-caption`}
            rows={2}
            maxLength={1000}
            value={text}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                setText(pin.caption);
                setEditing(false);
              }
            }}
          />
        </div>
        {error && <p className="field-error">{error}</p>}
        <div className="ev-row">
          <button type="button" className="button primary small" onClick={() => void save()}>
            Save caption
          </button>
          <button
            type="button"
            className="button small"
            onClick={() => {
              setText(pin.caption);
              setEditing(false);
            }}
          >
            Cancel
          </button>
        </div>
      </figcaption>
    );
  }
  return (
    <figcaption className="ev-pin-caption">
      <span>{pin.caption || <em className="muted">No caption</em>}</span>
      <span className="ev-row">
        <button
          type="button"
          className="button quiet small"
          onClick={() => setEditing(true)}
          aria-label={`Edit caption${short}`}
        >
          Edit caption
        </button>
        <button
          type="button"
          className="button quiet small"
          onClick={onRemove}
          aria-label={`Remove pin${short}`}
        >
          Remove
        </button>
      </span>
    </figcaption>
  );
}
