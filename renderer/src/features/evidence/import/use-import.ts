import { useCallback, useEffect, useRef, useState } from 'react';
import type { EvidenceInfo, StagedPreview } from '../../../../../shared/evidence';
import type { importEncodings } from '../../../../../shared/evidence';
import { ApiError } from '../../../api';
import { errorMessage, evidenceApi, onImportProgress, type ImportProgress } from '../api';

export type Encoding = (typeof importEncodings)[number];

export type ImportState =
  | { step: 'idle' }
  | { step: 'staging'; stagingId: string; filePath: string; progress: ImportProgress | null }
  | { step: 'staged'; preview: StagedPreview; filePath: string }
  | { step: 'committing'; preview: StagedPreview; filePath: string }
  | { step: 'failed'; message: string; filePath: string; encodingProblem: boolean };

function newStagingId(): string {
  return `stage-${crypto.randomUUID()}`;
}

/** One import at a time: stage (with progress and cancel), then commit with overrides or discard. */
export function useImport(postmortemId: string, onCommitted: (info: EvidenceInfo) => void) {
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  const current = useRef<string | null>(null);

  useEffect(
    () =>
      onImportProgress((p) => {
        if (p.stagingId !== current.current) return;
        setState((s) =>
          s.step === 'staging' && s.stagingId === p.stagingId ? { ...s, progress: p } : s,
        );
      }),
    [],
  );

  const stage = useCallback(
    async (filePath: string, encoding: Encoding = 'auto') => {
      const stagingId = newStagingId();
      current.current = stagingId;
      setState({ step: 'staging', stagingId, filePath, progress: null });
      try {
        const preview = await evidenceApi()['evidence.stage']({
          postmortemId,
          filePath,
          stagingId,
          encoding,
        });
        if (current.current !== stagingId) return;
        setState({ step: 'staged', preview, filePath });
      } catch (e) {
        if (current.current !== stagingId) return;
        current.current = null;
        setState({
          step: 'failed',
          message: errorMessage(e),
          filePath,
          encodingProblem:
            e instanceof ApiError && (e.body.issues ?? []).some((i) => i.path === 'encoding'),
        });
      }
    },
    [postmortemId],
  );

  const cancel = useCallback(async () => {
    const id = current.current;
    current.current = null;
    setState({ step: 'idle' });
    if (id) {
      try {
        await evidenceApi()['evidence.cancel']({ stagingId: id });
      } catch {
        // Nothing was kept either way; the back end removes stale staging files at start.
      }
    }
  }, []);

  const commit = useCallback(
    async (
      overrides: Parameters<ReturnType<typeof evidenceApi>['evidence.commit']>[0]['overrides'],
    ) => {
      if (state.step !== 'staged') return;
      const { preview, filePath } = state;
      setState({ step: 'committing', preview, filePath });
      try {
        const info = await evidenceApi()['evidence.commit']({
          stagingId: preview.stagingId,
          overrides,
        });
        current.current = null;
        setState({ step: 'idle' });
        onCommitted(info);
      } catch (e) {
        setState({ step: 'staged', preview, filePath });
        throw e;
      }
    },
    [state, onCommitted],
  );

  return { state, stage, cancel, commit, reset: () => setState({ step: 'idle' }) };
}
