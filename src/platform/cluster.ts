import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { z } from 'zod';

/**
 * What one instance tells the others: drop cached pages and data carrying these tags, or reload
 * the site directory (hostnames, names, settings). Both are idempotent, so a message delivered
 * twice does no harm; a message lost while Redis was unreachable is covered by clearing
 * everything on reconnect.
 */
export type ClusterMessage = { kind: 'purge'; tags: string[] } | { kind: 'sites' } | { kind: 'all' };

const envelopeSchema = z.object({
  from: z.string().min(1).max(64),
  message: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('purge'), tags: z.array(z.string().max(200)).max(10_000) }),
    z.object({ kind: z.literal('sites') }),
    z.object({ kind: z.literal('all') }),
  ]),
});

export interface ClusterHandlers {
  /** A message published by another instance. */
  onMessage(message: ClusterMessage): void | Promise<void>;
  /** The link came back after a break: messages may have been missed, so drop every cache. */
  onResync(): void | Promise<void>;
  log?: (level: 'info' | 'warn', message: string) => void;
}

/** Fans cache invalidations out to every instance of the installation. */
export interface ClusterBus {
  /** 'single' without REDIS_URL (one instance, nothing to tell), 'redis' otherwise. */
  readonly mode: 'single' | 'redis';
  readonly instanceId: string;
  /** Sends to the other instances; never throws (a lost message is healed by the page TTL and resync). */
  publish(message: ClusterMessage): void;
  /** Resolves when the subscription is live (at once for 'single'). */
  ready(): Promise<void>;
  close(): Promise<void>;
}

/** Thrown at start when REDIS_URL is set but Redis does not answer. */
export class RedisUnavailableError extends Error {
  constructor(url: string, cause: unknown) {
    const reason = cause instanceof Error ? cause.message || cause.name : String(cause);
    super(`Cannot connect to Redis (${withoutPassword(url)}): ${reason}`);
    this.name = 'RedisUnavailableError';
  }
}

/** The URL without its credentials, for messages and logs. */
export function withoutPassword(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.username = '';
    parsed.password = '';
    return parsed.toString();
  } catch {
    return 'redis';
  }
}

/** The channel name; one Redis may serve several installations with different prefixes. */
export function clusterChannel(prefix: string): string {
  return `${prefix}:invalidate`;
}

/** One instance on its own: nothing to fan out. */
export function createSingleBus(): ClusterBus {
  return {
    mode: 'single',
    instanceId: randomUUID(),
    publish() {},
    ready: async () => {},
    close: async () => {},
  };
}

/**
 * Redis pub/sub: one connection publishes, one subscribes. Messages carry the sender's id so an
 * instance ignores its own. ioredis reconnects on its own; after a reconnect the instance clears
 * its caches, since invalidations sent meanwhile were not delivered.
 */
export function createRedisBus(url: string, prefix: string, handlers: ClusterHandlers): ClusterBus {
  const instanceId = randomUUID();
  const channel = clusterChannel(prefix);
  const log = handlers.log ?? (() => {});
  const options = { lazyConnect: true, maxRetriesPerRequest: 2, enableOfflineQueue: false };
  const publisher = new Redis(url, { ...options, connectionName: `${prefix}:publisher` });
  const subscriber = new Redis(url, {
    ...options,
    enableOfflineQueue: true,
    connectionName: `${prefix}:subscriber`,
  });
  let subscribedOnce = false;
  let closed = false;
  // Set when a publish failed: once the link is back, everyone is told to drop everything.
  let missedPublish = false;
  for (const connection of [publisher, subscriber]) {
    connection.on('error', (error: Error) => {
      if (!closed) log('warn', `redis: ${error.message}`);
    });
  }
  subscriber.on('message', (from: string, raw: string) => {
    if (from !== channel) return;
    let parsed: z.infer<typeof envelopeSchema>;
    try {
      parsed = envelopeSchema.parse(JSON.parse(raw));
    } catch {
      log('warn', 'redis: ignored a malformed invalidation message');
      return;
    }
    if (parsed.from === instanceId) return;
    void Promise.resolve(handlers.onMessage(parsed.message)).catch((error: Error) =>
      log('warn', `invalidation failed: ${error.message}`),
    );
  });
  subscriber.on('ready', () => {
    // ioredis re-subscribes by itself after a reconnect; the first 'ready' is the initial one.
    if (!subscribedOnce) return;
    log('info', 'redis: reconnected; clearing caches in case invalidations were missed');
    void Promise.resolve(handlers.onResync()).catch(() => {});
  });

  publisher.on('ready', () => {
    if (!missedPublish || closed) return;
    missedPublish = false;
    publisher.publish(channel, JSON.stringify({ from: instanceId, message: { kind: 'all' } })).catch(() => {
      missedPublish = true;
    });
  });

  const started = (async () => {
    try {
      await Promise.all([publisher.connect(), subscriber.connect()]);
      await subscriber.subscribe(channel);
    } catch (error) {
      closed = true;
      publisher.disconnect();
      subscriber.disconnect();
      throw new RedisUnavailableError(url, error);
    }
    subscribedOnce = true;
  })();
  // Start-up failure is reported by ready(); keep it from being an unhandled rejection meanwhile.
  started.catch(() => {});

  return {
    mode: 'redis',
    instanceId,
    publish(message) {
      if (closed) return;
      const payload = JSON.stringify({ from: instanceId, message });
      publisher.publish(channel, payload).catch((error: Error) => {
        missedPublish = true;
        log(
          'warn',
          `redis: invalidation not sent (${error.message}); the others are told to clear their caches on reconnect`,
        );
      });
    },
    ready: () => started,
    async close() {
      if (closed) return;
      closed = true;
      await Promise.allSettled([publisher.quit(), subscriber.quit()]);
      publisher.disconnect();
      subscriber.disconnect();
    },
  };
}
