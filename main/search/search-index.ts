import type { PostmortemContent } from '../../shared/domain';
import { searchedFieldsSignature, textsOf } from '../../shared/search/texts';
import type { WriteDb } from '../db/handles';

interface Entry {
  id: number;
  key: string;
  body: string;
}

/**
 * Keeps the 'doc' rows of the search index equal to a postmortem's texts (migration 009 describes
 * the tables). Called inside the transaction that changes the postmortem, so search never sees a
 * state the document did not have. Writes only the texts that changed: one row per keystroke batch.
 */
export class SearchIndex {
  private prepared: ReturnType<SearchIndex['prepare']> | null = null;

  constructor(private readonly db: WriteDb) {}

  // On first use: a repository over an older schema (a migration test) never needs them.
  private prepare() {
    return {
      existing: this.db.prepare(
        "SELECT id, key, body FROM search_entries WHERE postmortem_id = ? AND kind = 'doc'",
      ),
      insert: this.db.prepare(
        "INSERT INTO search_entries (postmortem_id, kind, key, body) VALUES (?, 'doc', ?, ?)",
      ),
      update: this.db.prepare('UPDATE search_entries SET body = ? WHERE id = ?'),
      remove: this.db.prepare('DELETE FROM search_entries WHERE id = ?'),
    };
  }

  sync(postmortemId: string, content: PostmortemContent): void {
    const s = (this.prepared ??= this.prepare());
    const texts = textsOf(content);
    for (const row of s.existing.all(postmortemId) as Entry[]) {
      const body = texts.get(row.key);
      if (body === undefined) s.remove.run(row.id);
      else if (body !== row.body) s.update.run(body, row.id);
      texts.delete(row.key);
    }
    for (const [key, body] of texts) s.insert.run(postmortemId, key, body);
  }

  /**
   * When the registry's text fields differ from those the index was built with (a list added
   * since), indexes every postmortem again, once; `read` gives a postmortem's content.
   */
  ensureCurrent(read: (postmortemId: string) => PostmortemContent): boolean {
    const signature = searchedFieldsSignature();
    const stored = this.db
      .prepare("SELECT value FROM search_meta WHERE key = 'fields'")
      .pluck()
      .get() as string | undefined;
    if (stored === signature) return false;
    this.db
      .transaction(() => {
        const ids = this.db.prepare('SELECT id FROM postmortems').pluck().all() as string[];
        for (const id of ids) this.sync(id, read(id));
        this.db
          .prepare(
            "INSERT INTO search_meta (key, value) VALUES ('fields', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
          )
          .run(signature);
      })
      .immediate();
    return true;
  }
}
