import { ApiError } from '../../../shared/contract';
import { postmortemContentSchema } from '../../../shared/domain';
import type { Postmortem, PostmortemContent } from '../../../shared/domain';
import { getApi } from '../api';
import { clearDrafts, readDraft, writeDraft } from '../lib/drafts';
import { createHistory, record, redo, reset, undo, type History } from '../lib/history';
import { fieldErrorsFromApi, fieldErrorsFromZod, firstMessage } from '../lib/issues';
import type { AppState, EditorSlice, Slice } from './types';

export const SAVE_DEBOUNCE_MS = 600;
const RETRY_MS = 4000;

/** The editable part of a stored postmortem (what `postmortems.save` takes as content). */
export function contentOf(stored: Postmortem): PostmortemContent {
  const { id: _id, createdAt: _c, updatedAt: _u, revision: _r, ...rest } = stored;
  const content: Record<string, unknown> = {};
  // Only the schema's own keys: anything else the store returns must not travel back in a save.
  for (const key of Object.keys(postmortemContentSchema.shape)) {
    content[key] = (rest as Record<string, unknown>)[key];
  }
  return content as PostmortemContent;
}

function validate(doc: PostmortemContent) {
  const result = postmortemContentSchema.safeParse(doc);
  return result.success ? {} : fieldErrorsFromZod(result.error);
}

function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.body.message;
  if (error instanceof Error) return error.message;
  return String(error);
}

export const createEditorSlice: Slice<EditorSlice> = (set, get) => {
  // The save loop lives beside the slice: one open document, at most one save in flight.
  let debounce: ReturnType<typeof setTimeout> | null = null;
  let retry: ReturnType<typeof setTimeout> | null = null;
  let inFlight = false;
  let saveAgain = false;
  let session = 0;

  const storage = () => window.localStorage;

  const clearTimers = () => {
    if (debounce) clearTimeout(debounce);
    if (retry) clearTimeout(retry);
    debounce = retry = null;
  };

  const doc = () => get().history?.present ?? null;

  const scheduleSave = () => {
    if (debounce) clearTimeout(debounce);
    debounce = setTimeout(() => void saveNow(), SAVE_DEBOUNCE_MS);
    set({ saveState: { kind: 'pending' } });
  };

  /** `content` must be contentOf(stored), the very object `history` holds when nothing is pending. */
  const applyStored = (
    stored: Postmortem,
    content: PostmortemContent,
    history: History<PostmortemContent>,
  ) => {
    set({
      history,
      savedDoc: content,
      baseRevision: stored.revision,
      updatedAt: stored.updatedAt,
      fieldErrors: validate(history.present),
      saveState: { kind: 'saved' },
    });
  };

  const reloadAfterConflict = async (id: string, mine: PostmortemContent) => {
    const stored = await getApi()['postmortems.get']({ id });
    if (get().editorId !== id) return;
    clearDrafts(storage(), id);
    const history = get().history ?? createHistory(mine);
    // The stored version becomes a new step, so Undo brings the edits made here back on screen.
    const content = contentOf(stored);
    applyStored(stored, content, record(history, content, { at: Date.now() }));
    get().pushToast({
      message:
        'This postmortem was saved from another window, so the stored version is shown. Undo brings your version back.',
    });
  };

  const saveNow = async (): Promise<void> => {
    if (debounce) clearTimeout(debounce);
    debounce = null;
    const { editorId: id, baseRevision, savedDoc } = get();
    const sent = doc();
    if (id === null || sent === null) return;
    if (inFlight) {
      saveAgain = true;
      return;
    }
    if (sent === savedDoc) {
      set({ saveState: { kind: 'saved' } });
      return;
    }
    const errors = validate(sent);
    if (Object.keys(errors).length > 0) {
      set({
        fieldErrors: errors,
        saveState: { kind: 'failed', reason: firstMessage(errors) ?? 'the document is not valid.' },
      });
      return;
    }
    const mySession = session;
    inFlight = true;
    set({ saveState: { kind: 'saving' } });
    try {
      const stored = await getApi()['postmortems.save']({ id, baseRevision, content: sent });
      if (mySession !== session) return;
      const current = doc();
      clearDrafts(storage(), id);
      set({ baseRevision: stored.revision, savedDoc: sent, updatedAt: stored.updatedAt });
      if (current !== null && current !== sent) {
        writeDraft(storage(), id, stored.revision, current);
        saveAgain = true;
      } else {
        set({ saveState: { kind: 'saved' } });
      }
    } catch (error) {
      if (mySession !== session) return;
      if (error instanceof ApiError && error.code === 'invalid_input') {
        const errors = fieldErrorsFromApi(error.body.issues);
        set({
          fieldErrors: errors,
          saveState: { kind: 'failed', reason: firstMessage(errors) ?? error.body.message },
        });
      } else if (error instanceof ApiError && error.code === 'conflict') {
        await reloadAfterConflict(id, sent).catch((reloadError: unknown) =>
          set({ saveState: { kind: 'failed', reason: errorMessage(reloadError) } }),
        );
      } else {
        set({ saveState: { kind: 'failed', reason: errorMessage(error) } });
        if (retry) clearTimeout(retry);
        retry = setTimeout(() => void saveNow(), RETRY_MS);
      }
    } finally {
      if (mySession === session) {
        inFlight = false;
        if (saveAgain) {
          saveAgain = false;
          void saveNow();
        }
      }
    }
  };

  const replaceDoc = (history: History<PostmortemContent>) => {
    const { editorId: id, baseRevision } = get();
    if (id === null) return;
    // Synchronously, before anything async: a reload right after this keystroke must find it.
    writeDraft(storage(), id, baseRevision, history.present);
    set({ history, fieldErrors: validate(history.present) });
    scheduleSave();
  };

  return {
    editorId: null,
    history: null,
    baseRevision: 0,
    savedDoc: null,
    updatedAt: null,
    saveState: { kind: 'saved' },
    fieldErrors: {},
    loadError: null,

    openEditor: async (id) => {
      session++;
      clearTimers();
      inFlight = saveAgain = false;
      const mySession = session;
      set({ editorId: id, history: null, loadError: null, fieldErrors: {}, savedDoc: null });
      try {
        const stored = await getApi()['postmortems.get']({ id });
        if (mySession !== session) return;
        const content = contentOf(stored);
        const draft = readDraft(storage(), id, stored.revision);
        clearDrafts(storage(), id, stored.revision);
        if (draft && JSON.stringify(draft) !== JSON.stringify(content)) {
          applyStored(stored, content, record(createHistory(content), draft, { at: Date.now() }));
          get().pushToast({ message: 'Restored the changes that had not been saved yet.' });
          void saveNow();
        } else {
          clearDrafts(storage(), id);
          applyStored(stored, content, createHistory(content));
        }
      } catch (error) {
        if (mySession === session) set({ loadError: errorMessage(error) });
      }
    },

    closeEditor: () => {
      // Leaving with edits pending: send them now; the draft stays until the save succeeds.
      if (debounce) void saveNow();
      session++;
      clearTimers();
      inFlight = saveAgain = false;
      set({ editorId: null, history: null, savedDoc: null, fieldErrors: {}, loadError: null });
    },

    edit: (recipe, key) => {
      const history = get().history;
      if (!history) return;
      const next = recipe(history.present);
      if (next === history.present) return;
      replaceDoc(
        record(history, next, key === undefined ? { at: Date.now() } : { key, at: Date.now() }),
      );
    },

    undo: () => {
      const history = get().history;
      if (history && history.past.length > 0) replaceDoc(undo(history));
    },

    redo: () => {
      const history = get().history;
      if (history && history.future.length > 0) replaceDoc(redo(history));
    },

    flushSave: () => {
      if (debounce || retry) {
        if (retry) clearTimeout(retry);
        retry = null;
        void saveNow();
      }
    },

    noticeStoredRevision: (id, revision) => {
      const state: AppState = get();
      if (state.editorId !== id || revision <= state.baseRevision) return;
      const pending = debounce !== null || inFlight || doc() !== state.savedDoc;
      if (pending) return;
      const mySession = session;
      void getApi()
        ['postmortems.get']({ id })
        .then((stored) => {
          if (mySession !== session || doc() !== get().savedDoc) return;
          if (stored.revision <= get().baseRevision) return;
          clearDrafts(storage(), id);
          const content = contentOf(stored);
          applyStored(stored, content, reset(content));
          get().pushToast({ message: 'Updated with changes saved from another window.' });
        })
        .catch(() => undefined);
    },
  };
};
