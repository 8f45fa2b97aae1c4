/** What marks a portable postmortem file, and what an importer accepts. */
export const BUNDLE_FORMAT = 'postmortem-studio/postmortem';
/**
 * Changes only when a reader of the previous version would misread a file. Tables added to the file
 * since version 1 (the follow-up reviews) are read when present and skipped when absent, and
 * readers copy only the tables they know, so files with and without them are both version 1.
 * What a file's rows mean is told by its `schema_version` (the data folder's migration level).
 */
export const BUNDLE_VERSION = 1;

export interface BundleLimits {
  /** The whole file. */
  maxFileBytes: number;
  /** One embedded evidence file. */
  maxEntryBytes: number;
}

export const DEFAULT_LIMITS: BundleLimits = {
  maxFileBytes: 4 * 1024 ** 3,
  maxEntryBytes: 2 * 1024 ** 3,
};

/** A refusal said in one line, naming the file and what to do. */
export class BundleError extends Error {
  override name = 'BundleError';
}

/** One table of the portable file and the SQL selecting its rows of the postmortem `:postmortem`. */
export interface BundlePart {
  table: string;
  select: string;
}
