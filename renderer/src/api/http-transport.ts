import type {
  Channel,
  EventName,
  InputOf,
  Outcome,
  PayloadOf,
  ResultOf,
  Transport,
} from '../../../shared/contract';

function unavailable(message: string): Outcome<never> {
  return { ok: false, error: { code: 'unavailable', message } };
}

/** The browser host's transport: POST /api/call/<channel>, events over Server-Sent Events. */
export function createHttpTransport(token: string | null): Transport {
  let source: EventSource | null = null;
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (token) headers['Authorization'] = `Bearer ${token}`;

  return {
    kind: 'http',
    async invoke<C extends Channel>(channel: C, input: InputOf<C>) {
      let response: Response;
      try {
        response = await fetch(`/api/call/${encodeURIComponent(channel)}`, {
          method: 'POST',
          headers,
          body: JSON.stringify(input ?? {}),
        });
      } catch {
        return unavailable('The app’s host is not running. Start it again with npm run serve.');
      }
      try {
        // Refusals (401, 413, …) are Outcomes too; the host answers every request with JSON.
        return (await response.json()) as Outcome<ResultOf<C>>;
      } catch {
        return unavailable(`The host answered ${response.status} without a readable result.`);
      }
    },
    on<E extends EventName>(name: E, listener: (payload: PayloadOf<E>) => void) {
      source ??= new EventSource(`/api/events?token=${encodeURIComponent(token ?? '')}`);
      const handler = (event: MessageEvent<string>) =>
        listener(JSON.parse(event.data) as PayloadOf<E>);
      source.addEventListener(name, handler);
      return () => source?.removeEventListener(name, handler);
    },
  };
}
