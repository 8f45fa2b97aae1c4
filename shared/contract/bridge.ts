import type { Channel, EventName, InputOf, PayloadOf, ResultOf } from './index';
import type { Outcome } from './errors';

/**
 * What the Electron preload exposes as `window.api`: one function per call of the contract, each
 * resolving to the call's Outcome (never throwing for an expected failure), plus `on` for pushed
 * events. Nothing of Electron's (ipcRenderer, its event objects) is reachable through it.
 */
export type Bridge = {
  readonly [C in Channel]: (input: InputOf<C>) => Promise<Outcome<ResultOf<C>>>;
} & {
  readonly on: <E extends EventName>(
    name: E,
    listener: (payload: PayloadOf<E>) => void,
  ) => () => void;
};

/**
 * What the preload exposes as `window.desktopFiles`: the path on disk of a file dropped on the
 * window. shared/ is compiled without the DOM, so the two sides that have one pass the DOM's File.
 */
export interface DesktopFiles<DroppedFile> {
  readonly pathOf: (file: DroppedFile) => string | null;
}

/** A channel named "on" would be shadowed by the subscription function on the bridge. */
type NoChannelNamedOn = 'on' extends Channel ? never : true;
export const bridgeHasNoChannelNamedOn: NoChannelNamedOn = true;
