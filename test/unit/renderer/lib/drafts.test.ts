import { describe, expect, it } from 'vitest';
import { blankPostmortem } from '../../../../shared/domain';
import {
  clearDrafts,
  draftKey,
  readDraft,
  writeDraft,
  type DraftStorage,
} from '../../../../renderer/src/lib/drafts';

// The Web Storage interface over a Map: the same contract localStorage offers in the window.
class MemoryStorage implements DraftStorage {
  private readonly items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

describe('drafts', () => {
  it('keeps a draft per postmortem and base revision', () => {
    const storage = new MemoryStorage();
    const doc = blankPostmortem('Draft title');
    writeDraft(storage, 'pm1', 3, doc);
    expect(readDraft(storage, 'pm1', 3)).toEqual(doc);
    expect(readDraft(storage, 'pm1', 4)).toBeNull();
    expect(readDraft(storage, 'pm2', 3)).toBeNull();
  });

  it('clears all drafts of one postmortem except the one to keep', () => {
    const storage = new MemoryStorage();
    writeDraft(storage, 'pm1', 1, blankPostmortem());
    writeDraft(storage, 'pm1', 2, blankPostmortem());
    writeDraft(storage, 'pm10', 1, blankPostmortem());
    clearDrafts(storage, 'pm1', 2);
    expect(readDraft(storage, 'pm1', 1)).toBeNull();
    expect(readDraft(storage, 'pm1', 2)).not.toBeNull();
    expect(readDraft(storage, 'pm10', 1)).not.toBeNull();
  });

  it('ignores a draft that is not a postmortem', () => {
    const storage = new MemoryStorage();
    storage.setItem(draftKey('pm1', 1), '{"title":"x"}');
    storage.setItem(draftKey('pm1', 2), 'not json');
    expect(readDraft(storage, 'pm1', 1)).toBeNull();
    expect(readDraft(storage, 'pm1', 2)).toBeNull();
  });
});
