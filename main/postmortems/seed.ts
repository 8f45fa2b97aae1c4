import { readMeta, writeMeta } from '../db/meta';
import type { WriteDb } from '../db/handles';
import type { PostmortemRepository } from './repository';
import { checkedContent, type TemplateCatalogue } from './templates';

const DEMO_SEEDED = 'demo_seeded';

/**
 * Adds the demo postmortem the first time a database is opened with a demo available, and records
 * it, so that deleting the demo does not bring it back on the next start.
 */
export function seedDemoOnce(
  db: WriteDb,
  repository: PostmortemRepository,
  catalogue: TemplateCatalogue,
): string | null {
  if (!catalogue.demoPostmortem || readMeta(db, DEMO_SEEDED) !== null) return null;
  const content = checkedContent(catalogue.demoPostmortem(), 'demo postmortem');
  return db
    .transaction(() => {
      const demo = repository.create(content);
      writeMeta(db, DEMO_SEEDED, demo.id);
      return demo.id;
    })
    .immediate();
}
