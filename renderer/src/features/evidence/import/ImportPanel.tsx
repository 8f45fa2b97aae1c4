import { useEffect, useId, useRef, useState } from 'react';
import type { EvidenceInfo } from '../../../../../shared/evidence';
import { getApi } from '../../../api';
import { canChooseFiles } from '../../../api/files';
import { ImportProgressBar } from './ImportProgressBar';
import { StagedPreviewView } from './StagedPreviewView';
import { EncodingSelect } from './EncodingSelect';
import { useImport, type Encoding } from './use-import';

/** A file dropped on the panel: the desktop app knows its path; a browser gives only the name. */
export interface DroppedFile {
  name: string;
  path: string | null;
}

interface Props {
  postmortemId: string;
  dropped: DroppedFile | null;
  onCommitted(info: EvidenceInfo): void;
  onClose(): void;
}

/**
 * Import by path: the back end reads the file from disk, so the file itself never passes through
 * the window (a 2 GB log would not fit in it anyway).
 */
export function ImportPanel({ postmortemId, dropped, onCommitted, onClose }: Props) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const droppedName = dropped && !dropped.path ? dropped.name : null;
  const [path, setPath] = useState(dropped?.path ?? dropped?.name ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const [encoding, setEncoding] = useState<Encoding>('auto');
  const { state, stage, cancel, commit } = useImport(postmortemId, onCommitted);

  useEffect(() => {
    // A file dropped on the desktop app comes with its path: read it at once.
    if (dropped?.path) void stage(dropped.path, 'auto');
    else input.current?.focus();
    // Once per panel: EvidencePanel gives each dropped file a panel of its own (key).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  async function choose() {
    try {
      const { filePath } = await getApi()['files.chooseCsv']({});
      if (filePath) {
        setPath(filePath);
        setProblem(null);
        void stage(filePath, encoding);
      }
    } catch (e) {
      setProblem(e instanceof Error ? e.message : String(e));
    }
  }

  function start(chosen: Encoding = encoding) {
    const p = path.trim().replace(/^"(.*)"$/, '$1');
    if (p === '') return setProblem('Type or paste the full path of the CSV file.');
    if (!/^([a-zA-Z]:[\\/]|\/|\\\\)/.test(p)) {
      return setProblem(
        `“${p}” is not a full path. Give it from the root, e.g. /home/you/Downloads/${p.split(/[\\/]/).pop() || 'file.csv'} or C:\\Users\\you\\Downloads\\file.csv.`,
      );
    }
    setProblem(null);
    void stage(p, chosen);
  }

  return (
    <section className="ev-import" aria-labelledby={`${id}-title`}>
      <div className="ev-row ev-spread">
        <h3 id={`${id}-title`}>Import a CSV file</h3>
        <button
          type="button"
          className="button quiet small"
          onClick={() => {
            void cancel();
            onClose();
          }}
        >
          Close import
        </button>
      </div>
      {(state.step === 'idle' || state.step === 'failed') && (
        <form
          className="ev-import-form"
          onSubmit={(e) => {
            e.preventDefault();
            start();
          }}
        >
          {canChooseFiles() && (
            <button type="button" className="button" onClick={() => void choose()}>
              Choose a file…
            </button>
          )}
          <div className="field">
            <label htmlFor={`${id}-path`}>Path of the CSV file on this computer</label>
            <input
              ref={input}
              id={`${id}-path`}
              type="text"
              value={path}
              spellCheck={false}
              autoComplete="off"
              placeholder="/home/you/Downloads/predictions.csv"
              aria-describedby={
                // The message that names what is wrong with the path or the file it points to.
                problem
                  ? `${id}-problem ${id}-hint`
                  : state.step === 'failed'
                    ? `${id}-failed ${id}-hint`
                    : `${id}-hint`
              }
              aria-invalid={problem || state.step === 'failed' ? true : undefined}
              onChange={(e) => setPath(e.target.value)}
            />
            <span id={`${id}-hint`} className="hint">
              The app reads the file where it is; nothing is uploaded. Copy the path from your file
              manager (on Windows: Shift + right-click, “Copy as path”).
            </span>
          </div>
          {droppedName && (
            <p className="ev-notice" role="status">
              You dropped <strong>{droppedName}</strong>. A browser window cannot tell the app where
              that file is on disk: complete the path above with its folder, then read it.
            </p>
          )}
          {problem && (
            <p className="field-error" id={`${id}-problem`} role="alert">
              {problem}
            </p>
          )}
          <EncodingSelect
            id={`${id}-encoding`}
            label="Text encoding"
            value={encoding}
            onChange={setEncoding}
          />
          {state.step === 'failed' && (
            <p className="field-error" id={`${id}-failed`} role="alert">
              {state.message}
            </p>
          )}
          {state.step === 'failed' && state.encodingProblem && (
            <div className="ev-notice ev-row">
              <span>
                This file is not UTF-8. Files saved by Excel on Windows are usually Windows-1252.
              </span>
              <button
                type="button"
                className="button small"
                onClick={() => {
                  setEncoding('windows-1252');
                  start('windows-1252');
                }}
              >
                Read it as Windows-1252
              </button>
              <button
                type="button"
                className="button small"
                onClick={() => {
                  setEncoding('latin1');
                  start('latin1');
                }}
              >
                Read it as Latin-1
              </button>
            </div>
          )}
          <button type="submit" className="button primary">
            Read the file
          </button>
        </form>
      )}
      {state.step === 'staging' && (
        <ImportProgressBar
          progress={state.progress}
          fileName={state.filePath.split(/[\\/]/).pop() ?? state.filePath}
          onCancel={() => void cancel()}
        />
      )}
      {(state.step === 'staged' || state.step === 'committing') && (
        <StagedPreviewView
          key={state.preview.stagingId}
          preview={state.preview}
          busy={state.step === 'committing'}
          onCommit={(overrides) => commit(overrides)}
          onDiscard={() => void cancel()}
          onReencode={(encoding) => {
            const filePath = state.filePath;
            void (async () => {
              await cancel();
              await stage(filePath, encoding);
            })();
          }}
        />
      )}
    </section>
  );
}
