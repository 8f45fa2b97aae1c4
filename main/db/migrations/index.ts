import { migration001 } from './001-documents';
import { migration002 } from './002-meeting';
import { migration003 } from './003-evidence';
import { migration004 } from './004-timeline-step';
import { migration005 } from './005-evidence-windows';
import { migration006 } from './006-meeting-screens';
import { migration007 } from './007-evidence-column-roles';
import { migration008 } from './008-items';
import { migration009 } from './009-cause-tree';
import { migration010 } from './010-search';
import { migration011 } from './011-follow-up-reviews';
import type { Migration } from './types';

export type { Migration } from './types';

/** Every migration in order. Adding one: a new file `NNN-name.ts` and one line here. */
export const migrations: readonly Migration[] = [
  migration001,
  migration002,
  migration003,
  migration004,
  migration005,
  migration006,
  migration007,
  migration008,
  migration009,
  migration010,
  migration011,
];

export const latestVersion = (list: readonly Migration[] = migrations): number =>
  list.at(-1)?.version ?? 0;
