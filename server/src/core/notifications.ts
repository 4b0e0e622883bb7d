import pg from "pg";

/** What a LISTEN subscription reports: each payload, and whether notifications can be relied on. */
export interface ChannelHandlers {
  onNotify(payload: string): void;
  /** The subscription is in place: from now on no notification is missed. */
  onListening(): void;
  /** The subscription is gone (connection lost or closed): notifications may be missed. */
  onLost(): void;
}

/** Subscribes to a channel; the returned function ends the subscription. */
export type Listen = (channel: string, handlers: ChannelHandlers) => () => Promise<void>;

const RECONNECT_MS = 1_000;

/**
 * LISTEN on PostgreSQL over one dedicated connection (not the pool's), reconnecting a second
 * after it is lost until unsubscribed. `channel` is an identifier of the code, never user input.
 */
export function listenOnPostgres(connectionString: string): Listen {
  return (channel, handlers) => {
    let client: pg.Client | undefined;
    let stopped = false;
    let retry: NodeJS.Timeout | undefined;
    const connect = async () => {
      const current = new pg.Client({ connectionString, keepAlive: true });
      client = current;
      const lost = () => {
        if (client !== current) return;
        client = undefined;
        handlers.onLost();
        current.end().catch(() => {});
        if (!stopped) retry = setTimeout(() => void connect(), RECONNECT_MS);
      };
      current.on("error", lost);
      current.on("end", lost);
      current.on("notification", (message) => {
        if (message.channel === channel) handlers.onNotify(message.payload ?? "");
      });
      try {
        await current.connect();
        await current.query(`LISTEN ${channel}`);
        if (client === current && !stopped) handlers.onListening();
      } catch {
        lost();
      }
    };
    void connect();
    return async () => {
      stopped = true;
      clearTimeout(retry);
      const current = client;
      client = undefined;
      handlers.onLost();
      await current?.end().catch(() => {});
    };
  };
}

/** LISTEN on an embedded PGlite: the same instance the pool uses, so nothing can be lost. */
export function listenOnPglite(pglite: {
  listen(channel: string, callback: (payload: string) => void): Promise<() => Promise<void>>;
}): Listen {
  return (channel, handlers) => {
    let stopped = false;
    const subscribed = pglite
      .listen(channel, (payload) => handlers.onNotify(payload))
      .then(
        (unlisten) => {
          if (!stopped) handlers.onListening();
          return unlisten;
        },
        () => undefined,
      );
    return async () => {
      stopped = true;
      handlers.onLost();
      await (await subscribed)?.().catch(() => {});
    };
  };
}
