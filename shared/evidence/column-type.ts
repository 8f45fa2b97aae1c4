/**
 * A column's type as the import engine found it. Mirrors main/evidence/import/types.ts without
 * importing main/; a file of its own so columns.ts and roles.ts can both use it.
 */
export type EvidenceColumnType = 'integer' | 'real' | 'boolean' | 'instant' | 'category' | 'text';
