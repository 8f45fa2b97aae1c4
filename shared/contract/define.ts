import type { z } from 'zod';

/** One call of the contract: the schema of its input, and (as a type only) its result. */
export interface CallSpec<I extends z.ZodType, R> {
  readonly input: I;
  /** Never read at run time: carries the result type for the client and the handler table. */
  readonly result: R;
}

/** `call<Result>()(inputSchema)`: the curried form lets the result type be named while the input is inferred. */
export function call<R>() {
  return <I extends z.ZodType>(input: I): CallSpec<I, R> => ({ input, result: undefined as R });
}

/** One event the back end pushes to every window: the schema of its payload. */
export interface EventSpec<P extends z.ZodType> {
  readonly payload: P;
}

export function event<P extends z.ZodType>(payload: P): EventSpec<P> {
  return { payload };
}
