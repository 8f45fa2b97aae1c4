/**
 * Column names come from a user's CSV header and never reach SQL: queries use the physical names
 * (c0, c1, ...) the import generated, checked here and quoted anyway.
 */
const PHYSICAL = /^c\d{1,5}$/;

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** The quoted physical column name; throws if the name is not one the import generates. */
export function physical(name: string): string {
  if (!PHYSICAL.test(name)) throw new Error(`Unexpected physical column name "${name}".`);
  return quoteIdent(name);
}

/** LIKE pattern matching `text` anywhere, with %, _ and \ escaped (use ESCAPE '\'). */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
