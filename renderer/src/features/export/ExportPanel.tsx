import { useId, useState } from 'react';
import {
  EXPORT_FORMATS,
  type ExportFormat,
  type ReportChoices,
} from '../../../../shared/contract/export';
import {
  PAPER_SIZES,
  REPORT_SECTIONS,
  type PaperSize,
  type ReportSectionId,
} from '../../../../shared/report';
import { ReportPreview } from './ReportPreview';
import { usePreview, useExport } from './use-export';
import './export.css';

const FORMAT_LABELS: Record<ExportFormat, string> = {
  pdf: 'PDF report',
  md: 'Markdown report (with the charts as SVG files)',
  bundle: 'Portable postmortem file (evidence and pins included)',
};
const SHORT: Record<ExportFormat, string> = { pdf: 'PDF', md: 'Markdown', bundle: 'portable file' };

interface Props {
  postmortemId: string;
  /** Where the panel sits, for its accessible name ("Export the report"). */
  heading?: string;
  onClose?: () => void;
}

/**
 * Export, in place (no modal: the meeting flow has none): choose the format and options, read the
 * preview, then save (native dialog) or download, with a progress bar while it is made.
 */
export function ExportPanel({ postmortemId, heading = 'Export the report', onClose }: Props) {
  const id = useId();
  const [format, setFormat] = useState<ExportFormat>('pdf');
  const [choices, setChoices] = useState<ReportChoices>({
    anonymise: false,
    omit: [],
    paper: 'A4',
  });
  const preview = usePreview(postmortemId, choices, format !== 'bundle');
  const { status, run, saveLabel } = useExport(postmortemId);
  const running = status.kind === 'running';
  const toggleSection = (section: ReportSectionId, kept: boolean) =>
    setChoices((c) => ({
      ...c,
      omit: kept ? c.omit.filter((s) => s !== section) : [...c.omit, section],
    }));

  return (
    <section className="export-panel" aria-labelledby={`${id}-title`}>
      <div className="export-head">
        <h2 id={`${id}-title`}>{heading}</h2>
        {onClose ? (
          <button type="button" className="button small quiet" onClick={onClose}>
            Close export
          </button>
        ) : null}
      </div>
      <div className="export-body">
        <div className="export-options">
          <fieldset>
            <legend>Format</legend>
            {EXPORT_FORMATS.map((f) => (
              <label key={f} className="export-choice">
                <input
                  type="radio"
                  name={`${id}-format`}
                  value={f}
                  checked={format === f}
                  onChange={() => setFormat(f)}
                />
                {FORMAT_LABELS[f]}
              </label>
            ))}
          </fieldset>
          {format !== 'bundle' ? (
            <>
              <div className="field">
                <label htmlFor={`${id}-paper`}>Paper</label>
                <select
                  id={`${id}-paper`}
                  value={choices.paper}
                  onChange={(e) =>
                    setChoices((c) => ({ ...c, paper: e.target.value as PaperSize }))
                  }
                >
                  {PAPER_SIZES.map((p) => (
                    <option key={p} value={p}>
                      {p}
                    </option>
                  ))}
                </select>
              </div>
              <label className="export-choice">
                <input
                  type="checkbox"
                  checked={choices.anonymise}
                  onChange={(e) => setChoices((c) => ({ ...c, anonymise: e.target.checked }))}
                />
                Replace names by roles
              </label>
              <fieldset>
                <legend>Sections to include</legend>
                {REPORT_SECTIONS.map((s) => (
                  <label key={s.id} className="export-choice">
                    <input
                      type="checkbox"
                      checked={!choices.omit.includes(s.id)}
                      onChange={(e) => toggleSection(s.id, e.target.checked)}
                    />
                    {s.title}
                  </label>
                ))}
              </fieldset>
            </>
          ) : (
            <p className="hint">
              One file with the postmortem, its evidence files and its pins, to hand to another team
              or to archive. Another data folder imports it from its library (“Import a portable
              postmortem file”) or with <code>npm run -s cli -- import-bundle FILE</code>.
            </p>
          )}
          <button
            type="button"
            className="button primary"
            disabled={running}
            onClick={() => void run(format, choices)}
          >
            {saveLabel} {SHORT[format]}
          </button>
          {status.kind === 'running' ? (
            <div className="export-progress">
              <label htmlFor={`${id}-progress`}>{status.stage}…</label>
              <progress
                id={`${id}-progress`}
                aria-label="Export progress"
                max={1}
                value={status.fraction}
              />
            </div>
          ) : null}
          <p role="status" className={status.kind === 'failed' ? 'field-error' : 'muted'}>
            {status.kind === 'done' || status.kind === 'failed' ? status.message : ''}
          </p>
        </div>
        {format !== 'bundle' ? (
          <div
            className="export-preview"
            role="region"
            aria-label="Report preview"
            aria-busy={preview.loading}
            tabIndex={0}
          >
            {preview.error ? <p className="field-error">{preview.error}</p> : null}
            {preview.model ? (
              <ReportPreview model={preview.model} />
            ) : (
              <p className="muted">Preparing the preview…</p>
            )}
          </div>
        ) : null}
      </div>
    </section>
  );
}

/** A button that opens the export panel in place (editor header, library row, meeting). */
export function ExportToggle({
  postmortemId,
  label = 'Export report',
  name,
}: {
  postmortemId: string;
  label?: string;
  /** The accessible name when the visible label is short (a library row). */
  name?: string;
}) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <>
      <button
        type="button"
        className="button small"
        aria-label={name}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen((o) => !o)}
      >
        {label}
      </button>
      {open ? (
        <div id={panelId} className="export-slot">
          <ExportPanel postmortemId={postmortemId} onClose={() => setOpen(false)} />
        </div>
      ) : null}
    </>
  );
}
