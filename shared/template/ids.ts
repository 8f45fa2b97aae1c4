/** A fresh id for a list item; a template built twice must never share ids between the copies. */
export function newId(): string {
  return globalThis.crypto.randomUUID();
}
