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
  private readonly existing;
  private readonly insert;
  private readonly update;
  private readonly remove;

  constructor(private readonly db: WriteDb) {
    this.existing = db.prepare(
      "SELECT id, key, body FROM search_entries WHERE postmortem_id = ? AND kind = 'doc'",
    );
    this.insert = db.prepare(
      "INSERT INTO search_entries (postmortem_id, kind, key, body) VALUES (?, 'doc', ?, ?)",
    );
    this.update = db.prepare('UPDATE search_entries SET body = ? WHERE id = ?');
    this.remove = db.prepare('DELETE FROM search_entries WHERE id = ?');
  }

  sync(postmortemId: string, content: PostmortemContent): void {
    const texts = textsOf(content);
    for (const row of this.existing.all(postmortemId) as Entry[]) {
      const body = texts.get(row.key);
      if (body === undefined) this.remove.run(row.id);
      else if (body !== row.body) this.update.run(body, row.id);
      texts.delete(row.key);
    }
    for (const [key, body] of texts) this.insert.run(postmortemId, key, body);
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
