import { useEffect, useRef, useState, type ReactNode } from 'react';
import { UserText } from '../../components/UserText';
import { documentStatus, type PostmortemListItem } from '../../../../shared/domain';
import { absoluteTime, relativeTime, shortDate } from '../../lib/relative-time';
import { ExportToggle } from '../export/ExportPanel';

interface Props {
  item: PostmortemListItem;
  /** Where a search matched, shown under the model. */
  snippet?: ReactNode;
  now: number;
  onOpen: () => void;
  onRename: (title: string) => Promise<string | null>;
  onDuplicate: () => void;
  onDelete: () => void;
  /** Plans a follow-up review of its open actions. */
  onReview: () => void;
}

function RenameForm({
  item,
  onRename,
  onDone,
}: {
  item: PostmortemListItem;
  onRename: Props['onRename'];
  onDone: () => void;
}) {
  const [value, setValue] = useState(item.title);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.select(), []);
  const errorId = `rename-error-${item.id}`;
  return (
    <form
      className="rename-form"
      onSubmit={(e) => {
        e.preventDefault();
        void onRename(value).then((problem) => (problem ? setError(problem) : onDone()));
      }}
    >
      <label htmlFor={`rename-${item.id}`} className="visually-hidden">
        New title for {item.title}
      </label>
      <input
        ref={input}
        id={`rename-${item.id}`}
        type="text"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(e) => setValue(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            onDone();
          }
        }}
      />
      <button type="submit" className="button small primary">
        Save title
      </button>
      <button type="button" className="button small" onClick={onDone}>
        Cancel
      </button>
      {error ? (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      ) : null}
    </form>
  );
}

export function LibraryRow({
  item,
  snippet,
  now,
  onOpen,
  onRename,
  onDuplicate,
  onDelete,
  onReview,
}: Props) {
  const [renaming, setRenaming] = useState(false);
  const renameButton = useRef<HTMLButtonElement>(null);
  const finishRename = () => {
    setRenaming(false);
    requestAnimationFrame(() => renameButton.current?.focus());
  };

  return (
    <li className="library-row">
      <div className="row-main">
        {renaming ? (
          <RenameForm item={item} onRename={onRename} onDone={finishRename} />
        ) : (
          <h3 className="row-title">
            <button type="button" className="link-button" onClick={onOpen}>
              <UserText>{item.title}</UserText>
            </button>
          </h3>
        )}
        <p className="row-model">
          <span className="meta-label">Model</span>{' '}
          {item.modelName || item.modelVersion ? (
            <>
              <UserText>{item.modelName}</UserText> <UserText>{item.modelVersion}</UserText>
            </>
          ) : (
            <span className="muted">not set</span>
          )}
        </p>
        {snippet}
      </div>
      <dl className="row-meta">
        <div>
          <dt>Incident</dt>
          <dd>
            {item.incidentStartedAt ? (
              <time
                dateTime={item.incidentStartedAt}
                title={absoluteTime(item.incidentStartedAt, item.timeZone)}
              >
                {shortDate(item.incidentStartedAt, item.timeZone)}
              </time>
            ) : (
              <span className="muted">No date</span>
            )}
          </dd>
        </div>
        <div>
          <dt>Status</dt>
          <dd>
            <span className={`badge status-${item.status}`}>
              {documentStatus.labels[item.status]}
            </span>
          </dd>
        </div>
        <div>
          <dt>Last change</dt>
          <dd>
            {/* Focusable so the absolute time is reachable without a mouse (shown on focus). */}
            <time
              className="relative-time"
              dateTime={item.updatedAt}
              title={absoluteTime(item.updatedAt)}
              tabIndex={0}
            >
              {relativeTime(item.updatedAt, now)}
              <span className="absolute-time"> ({absoluteTime(item.updatedAt)})</span>
            </time>
          </dd>
        </div>
      </dl>
      <div className="row-actions">
        <button
          ref={renameButton}
          type="button"
          className="button small quiet"
          onClick={() => setRenaming(true)}
          aria-label={`Rename ${item.title}`}
          disabled={renaming}
        >
          Rename
        </button>
        <button
          type="button"
          className="button small quiet"
          onClick={onDuplicate}
          aria-label={`Duplicate ${item.title}`}
        >
          Duplicate
        </button>
        <button
          type="button"
          className="button small quiet"
          onClick={onReview}
          aria-label={`Follow-up review of ${item.title}`}
        >
          Follow-up review
        </button>
        <ExportToggle postmortemId={item.id} label="Export" name={`Export ${item.title}`} />
        <button
          type="button"
          className="button small quiet danger-text"
          onClick={onDelete}
          aria-label={`Delete ${item.title}`}
        >
          Delete
        </button>
      </div>
    </li>
  );
}
