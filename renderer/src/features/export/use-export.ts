import { useCallback, useEffect, useRef, useState } from 'react';
import type { ExportFormat, ReportChoices } from '../../../../shared/contract/export';
import type { ReportModel } from '../../../../shared/report';
import { ApiError, getApi, onEvent, transportKind } from '../../api';

export type ExportStatus =
  | { kind: 'idle' }
  | { kind: 'running'; fraction: number; stage: string }
  | { kind: 'done'; message: string }
  | { kind: 'failed'; message: string };

const message = (e: unknown) =>
  e instanceof ApiError || e instanceof Error ? e.message : String(e);

function newExportId(): string {
  return `export-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** The preview's model, refreshed when the choices change (a moment after the last change). */
export function usePreview(postmortemId: string, choices: ReportChoices, enabled: boolean) {
  const key = JSON.stringify(choices);
  const [result, setResult] = useState<{
    key: string;
    model: ReportModel | null;
    error: string | null;
  }>({ key: '', model: null, error: null });
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    const timer = setTimeout(() => {
      getApi()
        ['export.preview']({ postmortemId, choices: JSON.parse(key) as ReportChoices })
        .then((model) => live && setResult({ key, model, error: null }))
        .catch((e: unknown) => live && setResult((r) => ({ ...r, key, error: message(e) })));
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [postmortemId, key, enabled]);
  return { model: result.model, error: result.error, loading: enabled && result.key !== key };
}

function download(fileName: string, mimeType: string, base64: string): void {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Runs one export: the save dialog in the desktop app, a download in the browser. */
export function useExport(postmortemId: string) {
  const [status, setStatus] = useState<ExportStatus>({ kind: 'idle' });
  const current = useRef<string | null>(null);
  useEffect(
    () =>
      onEvent('export.progress', (p) => {
        if (p.exportId === current.current && p.fraction < 1) {
          setStatus({ kind: 'running', fraction: p.fraction, stage: p.stage });
        }
      }),
    [],
  );
  const run = useCallback(
    async (format: ExportFormat, choices: ReportChoices) => {
      const exportId = newExportId();
      current.current = exportId;
      setStatus({ kind: 'running', fraction: 0, stage: 'Starting' });
      const request = { postmortemId, format, choices, exportId };
      try {
        if (transportKind() === 'electron') {
          const result = await getApi()['export.save'](request);
          if ('cancelled' in result) setStatus({ kind: 'idle' });
          else
            setStatus({
              kind: 'done',
              message: `Saved ${result.path}${result.pages ? ` (${result.pages} pages)` : ''}.`,
            });
        } else {
          const file = await getApi()['export.download'](request);
          download(file.fileName, file.mimeType, file.base64);
          setStatus({
            kind: 'done',
            message: `Downloaded ${file.fileName}${file.pages ? ` (${file.pages} pages)` : ''}.`,
          });
        }
      } catch (e) {
        setStatus({ kind: 'failed', message: message(e) });
      } finally {
        current.current = null;
      }
    },
    [postmortemId],
  );
  return { status, run, saveLabel: transportKind() === 'electron' ? 'Save' : 'Download' };
}
