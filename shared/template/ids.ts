/** Web Crypto's one call used here; shared/ is compiled without DOM or Node types, both runtimes have it. */
interface RandomUuidSource {
  readonly crypto: { randomUUID(): string };
}

/** A fresh id for a list item; a template built twice must never share ids between the copies. */
export function newId(): string {
  return (globalThis as unknown as RandomUuidSource).crypto.randomUUID();
}
