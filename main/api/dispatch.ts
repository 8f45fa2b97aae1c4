import type { z } from 'zod';
import {
  AppError,
  contract,
  isChannel,
  type ApiIssue,
  type Channel,
  type Outcome,
  type ParsedInputOf,
  type ResultOf,
} from '../../shared/contract';

/** One handler per call of the contract; a missing or extra handler is a type error. */
export type Handlers = {
  [C in Channel]: (input: ParsedInputOf<C>) => ResultOf<C> | Promise<ResultOf<C>>;
};

export function formatIssues(error: z.ZodError): ApiIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
}

/**
 * The one entry point of both transports. The input comes from an untrusted window: it is validated
 * against the contract's schema here, before any handler sees it, and no failure escapes as a throw.
 */
export async function dispatch(
  handlers: Handlers,
  channel: string,
  rawInput: unknown,
  log: (message: string, error: unknown) => void = defaultLog,
): Promise<Outcome<unknown>> {
  if (!isChannel(channel)) {
    return {
      ok: false,
      error: { code: 'unknown_channel', message: `There is no call named "${channel}".` },
    };
  }
  const parsed = contract[channel].input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    const issues = formatIssues(parsed.error);
    const first = issues[0];
    const where = first && first.path ? `${first.path}: ` : '';
    return {
      ok: false,
      error: {
        code: 'invalid_input',
        message: `${where}${first?.message ?? 'The input is not valid.'}`,
        issues,
      },
    };
  }
  try {
    const handler = handlers[channel] as (input: unknown) => unknown;
    const value = await handler(parsed.data);
    return { ok: true, value };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: error.toBody() };
    log(`Call ${channel} failed`, error);
    return {
      ok: false,
      error: {
        code: 'internal',
        message: 'Something went wrong in the back end; nothing was changed. Try again.',
      },
    };
  }
}

function defaultLog(message: string, error: unknown): void {
  console.error(message, error);
}
