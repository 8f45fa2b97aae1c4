import { z } from 'zod';
import { rootCauseLayer } from './enums';
import { idSchema, longText, shortText } from './fields';

/**
 * The causal analysis: one tree of causes under the incident (the root, not stored: the
 * postmortem itself), stored as items with a parent. A five-whys chain is a branch of that tree:
 * its first node (kind 'problem') holds the problem statement, each why below it is a node whose
 * text is the answer. A node is a root cause when it is linked to an entry of the root-cause list
 * (link 'node_cause'); its evidence are links to pins, timeline events and cited drift findings.
 */
export const causeNodeKind = z.enum(['cause', 'problem']);

export const causeNodeSchema = z.object({
  id: idSchema,
  /** The node it answers "why?" for; null: directly under the incident. */
  parentId: idSchema.nullable(),
  /** 'problem': the problem statement a five-whys chain starts from. Fixed at insert. */
  kind: causeNodeKind,
  text: longText('A cause'),
  /** One of the seven layers; may stay empty while the room is still drafting. */
  layer: rootCauseLayer.schema.nullable(),
});

/**
 * A drift finding cited as evidence: which file and which column, with the words said about it
 * when it was cited. Kept as written, without a foreign key, so the citation survives a new
 * comparison window or the removal of the file.
 */
export const citedFindingSchema = z.object({
  id: idSchema,
  evidenceId: idSchema,
  columnName: shortText('A column name'),
  label: longText('A finding'),
});

export type CauseNodeKind = z.output<typeof causeNodeKind>;
export type CauseNode = z.output<typeof causeNodeSchema>;
export type CitedFinding = z.output<typeof citedFindingSchema>;
