import type { EvidenceColumnType } from './column-type';

/**
 * What a column is to the model: an input (feature), its output (prediction), the truth it is
 * judged against (label), a row's name (identifier) or facts about the row that are neither
 * (metadata: model version, free-text notes). The time column is the time.
 */
export const columnRoles = ['feature', 'prediction', 'label', 'identifier', 'metadata'] as const;
export type ColumnRole = (typeof columnRoles)[number];

export const ROLE_LABELS: Record<ColumnRole | 'time', string> = {
  feature: 'Feature',
  prediction: 'Prediction',
  label: 'Label',
  identifier: 'Identifier',
  metadata: 'Metadata',
  time: 'Time',
};

export interface RoleHints {
  name: string;
  type: EvidenceColumnType;
  /** Text whose values are nearly all different and hold no spaces (request ids, hashes). */
  idLike?: boolean;
}

const words = (name: string) =>
  name
    .trim()
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

const PREDICTION_WORDS = new Set([
  'prediction',
  'predictions',
  'predicted',
  'pred',
  'yhat',
  'proba',
  'probability',
  'confidence',
  'output',
  'decision',
  'flagged',
]);
/** "score" alone or the model's own score (fraud_score, model_score); device_score is an input. */
const SCORE_OWNERS = new Set(['model', 'fraud', 'risk', 'anomaly', 'pred', 'prediction', 'output']);
const LABEL_WORDS = new Set(['label', 'target', 'truth', 'actual', 'outcome', 'chargeback']);
const LABEL_NAMES = new Set(['y', 'y_true', 'is_fraud', 'fraud', 'class', 'ground_truth']);
const ID_WORDS = new Set(['id', 'uuid', 'guid', 'key', 'hash']);
const METADATA_WORDS = new Set([
  'version',
  'note',
  'notes',
  'comment',
  'comments',
  'env',
  'source',
]);

/** The role a column most likely has, from its name and type (and whether its values look like ids). */
export function inferRole(column: RoleHints, timeColumn: string | null): ColumnRole | 'time' {
  if (column.name === timeColumn) return 'time';
  const w = words(column.name);
  const joined = w.join('_');
  const last = w[w.length - 1] ?? '';
  if (ID_WORDS.has(last) || (w.length === 1 && ID_WORDS.has(w[0] ?? ''))) return 'identifier';
  if (LABEL_NAMES.has(joined) || w.some((x) => LABEL_WORDS.has(x))) return 'label';
  if (w.some((x) => PREDICTION_WORDS.has(x)) || joined === 'y_pred') return 'prediction';
  if (last === 'score' && (w.length === 1 || SCORE_OWNERS.has(w[w.length - 2] ?? '')))
    return 'prediction';
  if (column.type === 'text' && column.idLike) return 'identifier';
  if (w.some((x) => METADATA_WORDS.has(x)) || column.type === 'instant') return 'metadata';
  // Other text stays a feature: a numeric input broken by a few text cells is read as text, and
  // its drift is what the room needs to see.
  return 'feature';
}
