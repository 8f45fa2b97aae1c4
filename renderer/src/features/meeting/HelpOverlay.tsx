import { useEffect, useId, useRef } from 'react';
import { MEETING_SHORTCUTS } from '../../../../shared/meeting';

/** Every meeting shortcut, from the same table the key handler uses. */
export function HelpOverlay({ onClose }: { onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  const jumps = MEETING_SHORTCUTS.filter((s) => s.action === 'jump');
  const rows = MEETING_SHORTCUTS.filter((s) => s.action !== 'jump');
  return (
    <dialog
      ref={ref}
      className="dialog meeting-help"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId}>Keyboard shortcuts</h2>
      <p className="hint">
        They work anywhere on the meeting screen except while typing in a field.
      </p>
      <table>
        <tbody>
          {rows.map((s) => (
            <tr key={s.action}>
              <th scope="row">
                {s.keys.map((k, i) => (
                  <span key={k}>
                    {i > 0 ? ' or ' : ''}
                    <kbd>{k}</kbd>
                  </span>
                ))}
              </th>
              <td>{s.description}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">
              <kbd>{jumps[0]?.keys[0]}</kbd>–<kbd>{jumps[8]?.keys[0]}</kbd>,{' '}
              <kbd>{jumps[9]?.keys[0]}</kbd>
            </th>
            <td>Go to that step of the agenda (0 is step {jumps.length})</td>
          </tr>
        </tbody>
      </table>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose} autoFocus>
          Close
        </button>
      </div>
    </dialog>
  );
}
