import type Database from 'better-sqlite3';

// Brands say what a handle may do (Signal-Desktop's ReadableDB/WritableDB): a function that only
// reads asks for a ReadDb, so it can be given a read-only handle; a WriteDb is also a ReadDb.
declare const readable: unique symbol;
declare const writable: unique symbol;

export type ReadDb = Database.Database & { readonly [readable]: true };
export type WriteDb = ReadDb & { readonly [writable]: true };
