import type { z } from 'zod';
import type { CallSpec } from '../../shared/contract';
import type { Handlers } from './dispatch';

/** The handlers of one domain's calls, e.g. `HandlerGroup<typeof postmortemCalls>`. */
export type HandlerGroup<Calls extends Record<string, CallSpec<z.ZodType, unknown>>> = Pick<
  Handlers,
  keyof Calls & keyof Handlers
>;
