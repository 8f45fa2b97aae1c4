import {
  ApiError,
  channels,
  type Api,
  type Channel,
  type EventName,
  type InputOf,
  type PayloadOf,
  type Transport,
} from '../../../shared/contract';
import type { Bridge } from '../../../shared/contract/bridge';
import { createElectronTransport } from './electron-transport';
import { createHttpTransport } from './http-transport';
import { readToken } from './token';

let transport: Transport | null = null;
let api: Api | null = null;

/** Electron's preload puts `api` on the window; otherwise the page was served by the browser host. */
function detectTransport(): Transport {
  const bridge = (window as unknown as { api?: Bridge }).api;
  if (bridge) return createElectronTransport(bridge);
  const { token, cleanUrl } = readToken(window.location.href, window.sessionStorage);
  // The token should not linger in the address bar, history or a copied link.
  if (cleanUrl !== null) window.history.replaceState(window.history.state, '', cleanUrl);
  return createHttpTransport(token);
}

function currentTransport(): Transport {
  transport ??= detectTransport();
  return transport;
}

/** 'electron' or 'http'; the rest of the renderer should not need to know. */
export function transportKind(): Transport['kind'] {
  return currentTransport().kind;
}

/** One async function per contract call; a failure throws ApiError with the back end's message. */
export function getApi(): Api {
  if (api) return api;
  const t = currentTransport();
  const entries = channels.map((channel) => [
    channel,
    async (input: InputOf<Channel>) => {
      const outcome = await t.invoke(channel, input);
      if (!outcome.ok) throw new ApiError(outcome.error);
      return outcome.value;
    },
  ]);
  api = Object.fromEntries(entries) as Api;
  return api;
}

/** Subscribes to a back-end event; returns the unsubscribe function. */
export function onEvent<E extends EventName>(
  name: E,
  listener: (payload: PayloadOf<E>) => void,
): () => void {
  return currentTransport().on(name, listener);
}

export { ApiError };
