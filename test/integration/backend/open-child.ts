// Run by open-problems.test.ts in a child process (as another user, or holding a lock):
//   tsx open-child.ts open DATA_DIR BACKUP   prints the back end's health and a restore's outcome
//   tsx open-child.ts lock FILE          holds FILE locked until stdin closes
import Database from 'better-sqlite3';
import { dispatch } from '../../../main/api/dispatch';
import { createBackend } from '../../../main/backend';

const [mode, target, backup] = process.argv.slice(2) as [string, string, string | undefined];

if (mode === 'lock') {
  const db = new Database(target);
  db.pragma('locking_mode = EXCLUSIVE');
  db.exec('BEGIN EXCLUSIVE');
  process.stdout.write('locked\n');
  process.stdin.resume();
  process.stdin.on('end', () => {
    db.exec('COMMIT');
    db.close();
    process.exit(0);
  });
} else {
  const backend = await createBackend({ dataDir: target, log: () => {} });
  const restore = backup
    ? await dispatch(backend.handlers, 'app.restoreBackup', { file: backup }, () => {})
    : null;
  process.stdout.write(JSON.stringify({ health: backend.health, restore }));
  await backend.stop();
}
