import type { Channel, InputOf, Transport } from '../../../shared/contract';
import type { Bridge } from '../../../shared/contract/bridge';

/** The Electron transport: the preload's `window.api`. */
export function createElectronTransport(bridge: Bridge): Transport {
  return {
    kind: 'electron',
    invoke: <C extends Channel>(channel: C, input: InputOf<C>) =>
      (bridge[channel] as (input: InputOf<C>) => ReturnType<Transport['invoke']>)(input),
    on: (name, listener) => bridge.on(name, listener),
  };
}
