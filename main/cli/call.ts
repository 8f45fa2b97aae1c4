import type { Channel, ResultOf } from '../../shared/contract';
import { dispatch } from '../api/dispatch';
import type { Backend } from '../backend';

/** A failure worth one line on stderr (no stack trace). */
export class CliError extends Error {
  override name = 'CliError';
}

/** One call through the same dispatcher as the window: the same validation and messages. */
export async function call<C extends Channel>(
  backend: Backend,
  channel: C,
  input: unknown,
): Promise<ResultOf<C>> {
  const outcome = await dispatch(backend.handlers, channel, input, () => {});
  if (!outcome.ok) throw new CliError(outcome.error.message);
  return outcome.value as ResultOf<C>;
}
