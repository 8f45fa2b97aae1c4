import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useWindowPair } from './compare/use-window-pair';
import { DataView } from './grid/DataView';
import { ImportPanel } from './import/ImportPanel';
import { useEvidenceStore, useZone } from './store';
import { CompareView } from './views/CompareView';
import { DriftView } from './views/DriftView';
import { FileList } from './views/FileList';
import { TimeSeriesView } from './views/TimeSeriesView';
import type { EvidenceInfo } from '../../../../shared/evidence';
import './evidence.css';
import { droppedFilePath } from '../../api/files';
import type { DroppedFile } from './import/ImportPanel';

const TABS = [
  { id: 'data', label: 'Data' },
  { id: 'time', label: 'Over time' },
  { id: 'compare', label: 'Compare windows' },
  { id: 'drift', label: 'Drift table' },
] as const;
type Tab = (typeof TABS)[number]['id'];

/** The evidence workspace of the diagnosis step: files, import, grid, charts, comparison, drift, pins. */
export function EvidencePanel({ postmortemId }: { postmortemId: string }) {
  const filesState = useEvidenceStore((s) => s.files[postmortemId]);
  const selectedId = useEvidenceStore((s) => s.selected[postmortemId] ?? null);
  const loadFiles = useEvidenceStore((s) => s.loadFiles);
  const loadPins = useEvidenceStore((s) => s.loadPins);
  const loadContext = useEvidenceStore((s) => s.loadContext);
  const select = useEvidenceStore((s) => s.select);
  const zone = useZone(postmortemId);
  const [importing, setImporting] = useState(false);
  const [dropped, setDropped] = useState<DroppedFile | null>(null);
  const [dragging, setDragging] = useState(false);
  // Full screen: the workspace fills the window (the facilitator shares it, or works the data).
  const [full, setFull] = useState(false);
  const fullButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    void loadFiles(postmortemId);
    void loadPins(postmortemId);
    void loadContext(postmortemId);
  }, [postmortemId, loadFiles, loadPins, loadContext]);

  const files = filesState?.value ?? [];
  const evidence = files.find((f) => f.id === selectedId) ?? null;
  const panel = useRef<HTMLElement>(null);

  // A CSV dropped anywhere on the window while the document is open is evidence for this panel
  // (and a drop must never make the window open the file itself).
  useEffect(() => {
    const carriesFiles = (e: globalThis.DragEvent) => e.dataTransfer?.types.includes('Files');
    const over = (e: globalThis.DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      setDragging(true);
    };
    const leave = (e: globalThis.DragEvent) => {
      if (e.relatedTarget === null) setDragging(false);
    };
    const drop = (e: globalThis.DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      setDragging(false);
      const file = e.dataTransfer?.files[0];
      if (!file) return;
      setDropped({ name: file.name, path: droppedFilePath(file) });
      setImporting(true);
      panel.current?.scrollIntoView({ block: 'start' });
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, []);

  useEffect(() => {
    if (!full) return;
    // The page behind must not scroll under the full-screen workspace.
    const previous = document.body.style.overflow;
    document.body.style.overflow = 'hidden';
    return () => {
      document.body.style.overflow = previous;
    };
  }, [full]);

  function leaveFullScreen() {
    setFull(false);
    fullButton.current?.focus();
  }

  return (
    <section
      ref={panel}
      className={`ev-panel${dragging ? ' dragging' : ''}${full ? ' ev-fullscreen' : ''}`}
      aria-label="Evidence"
      onKeyDown={(e) => {
        if (full && e.key === 'Escape' && !e.defaultPrevented) {
          e.preventDefault();
          leaveFullScreen();
        }
      }}
    >
      <div className="ev-row ev-spread">
        <h2 className="ev-title">Evidence</h2>
        <div className="ev-row">
          <button
            ref={fullButton}
            type="button"
            className="button"
            aria-pressed={full}
            title={full ? 'Back to the document (Escape)' : 'Fill the window with the evidence'}
            onClick={() => (full ? leaveFullScreen() : setFull(true))}
          >
            {full ? 'Exit full screen' : 'Full screen'}
          </button>
          <button
            type="button"
            className="button primary"
            aria-expanded={importing}
            onClick={() => {
              setDropped(null);
              setImporting(!importing);
            }}
          >
            Import CSV…
          </button>
        </div>
      </div>
      {dragging && <p className="ev-drop-hint">Drop the CSV file to import it.</p>}
      {importing && (
        <ImportPanel
          key={dropped ? `${dropped.name}:${dropped.path ?? ''}` : ''}
          postmortemId={postmortemId}
          dropped={dropped}
          onClose={() => setImporting(false)}
          onCommitted={(info) => {
            setImporting(false);
            void loadFiles(postmortemId).then(() => select(postmortemId, info.id));
          }}
        />
      )}
      {filesState?.error && (
        <p className="field-error">Evidence files could not be listed: {filesState.error}</p>
      )}
      {filesState && !filesState.loading && files.length === 0 && !importing && (
        <p className="ev-note">
          No evidence yet. Import a CSV file (a prediction log, a feature extract) to look at it
          together.
        </p>
      )}
      {files.length > 0 && (
        <FileList
          files={files}
          zone={zone}
          selected={selectedId}
          onSelect={(id) => select(postmortemId, id)}
          onDeleted={() => {
            void loadFiles(postmortemId);
            void loadPins(postmortemId);
          }}
        />
      )}
      {evidence && (
        <Workspace
          key={evidence.id}
          postmortemId={postmortemId}
          evidence={evidence}
          files={files}
        />
      )}
    </section>
  );
}

function Workspace({
  postmortemId,
  evidence,
  files,
}: {
  postmortemId: string;
  evidence: EvidenceInfo;
  files: EvidenceInfo[];
}) {
  const id = useId();
  const [tab, setTab] = useState<Tab>('data');
  const tabRefs = useRef<Record<string, HTMLButtonElement | null>>({});
  const pair = useWindowPair(postmortemId, evidence);
  const zone = useZone(postmortemId);

  function onKey(e: KeyboardEvent) {
    const i = TABS.findIndex((t) => t.id === tab);
    let next = i;
    if (e.key === 'ArrowRight') next = (i + 1) % TABS.length;
    else if (e.key === 'ArrowLeft') next = (i - 1 + TABS.length) % TABS.length;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = TABS.length - 1;
    else return;
    e.preventDefault();
    const t = TABS[next]!;
    setTab(t.id);
    tabRefs.current[t.id]?.focus();
  }

  return (
    <div className="ev-workspace">
      {evidence.warnings.length > 0 && (
        <ul className="ev-warnings" aria-label={`Warnings about ${evidence.fileName}`}>
          {evidence.warnings.map((w, i) => (
            <li key={i}>
              <span className="ev-flag">Warning</span> {w}
            </li>
          ))}
        </ul>
      )}
      <div
        role="tablist"
        aria-label={`Views of ${evidence.fileName}`}
        className="ev-tabs"
        onKeyDown={onKey}
      >
        {TABS.map((t) => (
          <button
            key={t.id}
            ref={(el) => {
              tabRefs.current[t.id] = el;
            }}
            type="button"
            role="tab"
            id={`${id}-tab-${t.id}`}
            aria-controls={`${id}-panel`}
            aria-selected={tab === t.id}
            tabIndex={tab === t.id ? 0 : -1}
            className="ev-tab"
            onClick={() => setTab(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`${id}-panel`}
        aria-labelledby={`${id}-tab-${tab}`}
        className="ev-tabpanel"
      >
        {tab === 'data' && <DataView evidence={evidence} zone={zone} />}
        {tab === 'time' && (
          <TimeSeriesView postmortemId={postmortemId} evidence={evidence} pair={pair} />
        )}
        {tab === 'compare' && (
          <CompareView postmortemId={postmortemId} evidence={evidence} files={files} pair={pair} />
        )}
        {tab === 'drift' && (
          <DriftView postmortemId={postmortemId} evidence={evidence} files={files} pair={pair} />
        )}
      </div>
    </div>
  );
}
