import { useState } from 'react';
import { getApi } from '../../api';
import { systemTimeZone } from '../../lib/zoned-time';
import { useAppStore } from '../../stores/store';
import type { Template } from './use-library';

/** Start a postmortem from a blank page or from a scenario template. */
export function CreatePanel({
  templates,
  prominent,
}: {
  templates: Template[];
  prominent: boolean;
}) {
  const navigate = useAppStore((s) => s.navigate);
  const pushToast = useAppStore((s) => s.pushToast);
  const [busy, setBusy] = useState(false);

  const create = async (templateId?: string) => {
    setBusy(true);
    try {
      const created = await getApi()['postmortems.create']({
        timeZone: systemTimeZone(),
        ...(templateId ? { templateId } : {}),
      });
      navigate({ name: 'editor', id: created.id });
    } catch (e) {
      pushToast({
        message: `Could not create the postmortem: ${e instanceof Error ? e.message : String(e)}`,
      });
      setBusy(false);
    }
  };

  const templateList = (
    <ul className="template-list">
      {templates.map((t) => (
        <li key={t.id} className="template-card">
          <h3>{t.title}</h3>
          <p className="muted">{t.description}</p>
          <button
            type="button"
            className="button small"
            disabled={busy}
            onClick={() => void create(t.id)}
            aria-label={`Create from template: ${t.title}`}
          >
            Use this scenario
          </button>
        </li>
      ))}
    </ul>
  );

  return (
    <section
      className={`create-panel ${prominent ? 'prominent' : ''}`}
      aria-labelledby="create-heading"
    >
      <div className="create-row">
        <h2 id="create-heading" className={prominent ? undefined : 'visually-hidden'}>
          Start a postmortem
        </h2>
        <button
          type="button"
          className="button primary"
          disabled={busy}
          onClick={() => void create()}
        >
          <span aria-hidden="true" className="icon">
            +
          </span>
          New blank postmortem
        </button>
      </div>
      {templates.length === 0 ? null : prominent ? (
        <>
          <p className="muted">Or start from a scenario, with the questions already framed:</p>
          {templateList}
        </>
      ) : (
        <details className="template-details">
          <summary>Start from a scenario template ({templates.length})</summary>
          {templateList}
        </details>
      )}
    </section>
  );
}
