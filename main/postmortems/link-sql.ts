import type { LinkSpec } from '../../shared/doc/registry';

/**
 * Inserts a link row. A pin is outside the document, so the reducer could not check it: the row
 * is written only when the pin is there and belongs to the same postmortem.
 */
export function linkInsertSql(spec: LinkSpec): string {
  const head = `INSERT OR IGNORE INTO ${spec.table} (postmortem_id, ${spec.from.column}, ${spec.to.column}) `;
  return spec.to.list === 'pins'
    ? `${head}SELECT ?, ?, ? WHERE EXISTS (SELECT 1 FROM pins WHERE id = ? AND postmortem_id = ?)`
    : `${head}VALUES (?, ?, ?)`;
}

export function linkInsertParams(
  spec: LinkSpec,
  postmortemId: string,
  from: string,
  to: string,
): string[] {
  return spec.to.list === 'pins'
    ? [postmortemId, from, to, to, postmortemId]
    : [postmortemId, from, to];
}
