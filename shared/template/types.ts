import type { PostmortemContent } from '../domain';

/** A scenario the facilitator can start a postmortem from. */
export interface PostmortemTemplate {
  /** Stable: stored with a postmortem and used in URLs and tests; never rename one. */
  id: string;
  title: string;
  description: string;
  /** Builds a new document with fresh ids on every call. */
  build(): PostmortemContent;
}
