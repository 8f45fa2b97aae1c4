// Runs sandboxed before the page: a single CJS bundle whose only require is 'electron'.
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import {
  channels,
  isEventName,
  type Channel,
  type EventName,
  type InputOf,
  type Outcome,
  type PayloadOf,
  type ResultOf,
} from '../shared/contract';
import type { Bridge, DesktopFiles } from '../shared/contract/bridge';

function invoker<C extends Channel>(channel: C) {
  return (input: InputOf<C>) => ipcRenderer.invoke(channel, input) as Promise<Outcome<ResultOf<C>>>;
}

const calls = Object.fromEntries(channels.map((channel) => [channel, invoker(channel)])) as {
  [C in Channel]: ReturnType<typeof invoker<C>>;
};

const bridge = {
  ...calls,
  // Only contract events can be listened to, and the page never sees Electron's event object.
  on<E extends EventName>(name: E, listener: (payload: PayloadOf<E>) => void): () => void {
    if (!isEventName(name)) throw new Error(`There is no event named "${String(name)}".`);
    const wrapped = (_event: IpcRendererEvent, payload: PayloadOf<E>) => listener(payload);
    ipcRenderer.on(name, wrapped);
    return () => {
      ipcRenderer.removeListener(name, wrapped);
    };
  },
} satisfies Bridge;

contextBridge.exposeInMainWorld('api', bridge);

// Apart from the contract: a dropped File has no path since Electron 32, and only the preload can
// ask for it. The page gets a string, never access to the file system.
const desktopFiles = {
  pathOf: (file: File) => webUtils.getPathForFile(file) || null,
} satisfies DesktopFiles<File>;

contextBridge.exposeInMainWorld('desktopFiles', desktopFiles);
