import { AppError, type Channel, type InputOf, type ResultOf } from '../../shared/contract';
import { dispatch, type Handlers } from '../api/dispatch';

/** Calls the back end through its own contract, so the report reads what every window reads. */
export type ContractCaller = <C extends Channel>(
  channel: C,
  input: InputOf<C>,
) => Promise<ResultOf<C>>;

export function callerOver(handlers: () => Handlers): ContractCaller {
  return async (channel, input) => {
    const outcome = await dispatch(handlers(), channel, input, () => {});
    if (!outcome.ok) throw new AppError(outcome.error.code, outcome.error.message);
    return outcome.value as ResultOf<typeof channel>;
  };
}
