import { documentStatus } from '../../../../shared/domain';
import { SelectField, TextField } from '../../components/fields';
import { absoluteTime, relativeTime } from '../../lib/relative-time';
import { useNow } from '../../lib/use-now';
import { useOpenDocument, useSnapshot } from '../../data/hooks';
import { ExportToggle } from '../export/ExportPanel';

export function DocumentHeader() {
  const updatedAt = useSnapshot((s) => s.doc?.updatedAt ?? null);
  const id = useOpenDocument().postmortemId;
  const now = useNow(30_000);
  return (
    <div className="document-header">
      <TextField path="title" label="Title" className="title-field" />
      <div className="document-meta">
        <SelectField path="status" label="Document status" choices={documentStatus} />
        {updatedAt ? (
          <p className="muted last-saved">
            Last stored{' '}
            <time dateTime={updatedAt} title={absoluteTime(updatedAt)}>
              {relativeTime(updatedAt, now)}
            </time>
          </p>
        ) : null}
      </div>
      {id ? <ExportToggle postmortemId={id} /> : null}
    </div>
  );
}
