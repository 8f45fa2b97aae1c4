import { useAppStore } from '../stores/store';

/** Notices at the bottom of the window; an action (Undo) is a real button reachable by keyboard. */
export function Toasts() {
  const toasts = useAppStore((s) => s.toasts);
  const dismiss = useAppStore((s) => s.dismissToast);
  return (
    <section className="toasts" aria-label="Notifications">
      <div role="status" aria-live="polite">
        {toasts.map((toast) => (
          <div key={toast.id} className="toast">
            <p>{toast.message}</p>
            <div className="toast-actions">
              {toast.action ? (
                <button
                  type="button"
                  className="button small primary"
                  onClick={() => {
                    dismiss(toast.id);
                    toast.action?.run();
                  }}
                >
                  {toast.action.label}
                </button>
              ) : null}
              <button
                type="button"
                className="button small quiet"
                aria-label="Dismiss notification"
                onClick={() => dismiss(toast.id)}
              >
                <span aria-hidden="true">✕</span>
              </button>
            </div>
          </div>
        ))}
      </div>
    </section>
  );
}
