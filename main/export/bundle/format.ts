/** What marks a portable postmortem file, and what an importer accepts. */
export const BUNDLE_FORMAT = 'postmortem-studio/postmortem';
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
