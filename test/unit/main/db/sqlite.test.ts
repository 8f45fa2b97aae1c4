import { createRequire } from 'node:module';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { nativeBindingInUse, openSqlite, useNativeBinding } from '../../../../main/db/sqlite';

const ENV = 'POSTMORTEM_STUDIO_SQLITE_BINDING';
const nodeBuild = path.join(
  path.dirname(createRequire(import.meta.url).resolve('better-sqlite3/package.json')),
  'build',
  'Release',
  'better_sqlite3.node',
);

describe('the process-wide SQLite binding', () => {
  afterEach(() => {
    delete process.env[ENV];
  });

  it('is unset under Node, and connections use node_modules’ build', () => {
    expect(nativeBindingInUse()).toBeUndefined();
    const db = openSqlite(':memory:');
    expect(db.prepare('SELECT 1 AS one').get()).toEqual({ one: 1 });
    db.close();
  });

  it('once chosen, reaches every later connection (and, through the environment, workers)', () => {
    useNativeBinding(nodeBuild);
    expect(process.env[ENV]).toBe(nodeBuild);
    openSqlite(':memory:').close();
    useNativeBinding(path.join(path.dirname(nodeBuild), 'missing.node'));
    expect(() => openSqlite(':memory:')).toThrow(/missing\.node/);
  });

  it('is left alone when no binding is given', () => {
    useNativeBinding(undefined);
    expect(nativeBindingInUse()).toBeUndefined();
  });
});
