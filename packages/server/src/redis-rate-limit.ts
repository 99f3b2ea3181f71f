import { createHash } from 'node:crypto';
import { loadDriver } from '@cookieproof/store';
import { type Logger, silentLogger } from './logger.ts';
import { type RateLimit, RateLimiter, type RateLimitOptions } from './rate-limit.ts';

// The per-client limit shared by every process that uses one Redis (REDIS_URL): the same token bucket as the
// in-memory RateLimiter, kept in one Redis hash per client and updated by one script call, atomically, on Redis's
// clock so that the hosts' clocks need not agree. The client library is loaded only when a URL is given.

// KEYS[1]: the bucket; ARGV: burst, tokens per second. Returns the whole seconds to wait, 0 when the request passes.
const SCRIPT = `
local burst = tonumber(ARGV[1])
local rate = tonumber(ARGV[2])
local t = redis.call('TIME')
local now = t[1] * 1000 + math.floor(t[2] / 1000)
local b = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(b[1]) or burst
local at = tonumber(b[2]) or now
tokens = math.min(burst, tokens + math.max(0, now - at) / 1000 * rate)
local wait = 0
if tokens >= 1 then tokens = tokens - 1 else wait = math.max(1, math.ceil((1 - tokens) / rate)) end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', now)
redis.call('PEXPIRE', KEYS[1], math.ceil(burst / rate * 1000) + 1000)
return wait
`;
const SHA = createHash('sha1').update(SCRIPT).digest('hex');

export interface RedisRateLimitOptions extends RateLimitOptions {
  url: string;
  /** Before every key (default "cookieproof:rate:"), so that several sites or tests can share one Redis. */
  keyPrefix?: string;
  /** Longest wait for Redis's answer before the request is counted in this process instead (default 500 ms). */
  timeoutMs?: number;
  logger?: Logger;
}

export interface SharedRateLimit extends RateLimit {
  close(): Promise<void>;
}

export async function redisRateLimiter(options: RedisRateLimitOptions): Promise<SharedRateLimit> {
  const { createClient } = await loadDriver(
    '@redis/client',
    'The shared rate limit (REDIS_URL)',
    () => import('@redis/client'),
  );
  const logger = options.logger ?? silentLogger;
  const prefix = options.keyPrefix ?? 'cookieproof:rate:';
  const timeout = options.timeoutMs ?? 500;
  const burst = String(options.burst);
  const perSecond = String(options.perSecond);
  // While Redis cannot be reached, each process limits on its own, as without REDIS_URL.
  const local = new RateLimiter(options);
  const client = createClient({
    url: options.url,
    // Commands fail at once while disconnected instead of queueing behind the reconnection.
    disableOfflineQueue: true,
    socket: { connectTimeout: 2000, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 5000) },
  });
  let shared = true;
  const fallBack = (error: unknown) => {
    if (shared) logger.warn('rate limit: Redis unreachable, limiting per process', { err: String(error) });
    shared = false;
  };
  client.on('error', fallBack);
  client.on('ready', () => {
    if (!shared) logger.info('rate limit: shared through Redis again');
    shared = true;
  });
  // The server starts whether or not Redis is there, and the client keeps reconnecting; but it waits up to the
  // connect timeout for it, so that the first requests after start are already counted in Redis.
  const connected = client.connect().then(() => {}, fallBack);
  await Promise.race([connected, new Promise((done) => setTimeout(done, 2000).unref())]);

  const run = (command: 'EVALSHA' | 'EVAL', key: string) =>
    client.sendCommand<number>([command, command === 'EVAL' ? SCRIPT : SHA, '1', prefix + key, burst, perSecond], {
      timeout,
    });

  return {
    take(key) {
      if (!client.isReady) return local.take(key);
      return run('EVALSHA', key)
        .catch((error: Error) => (error.message.startsWith('NOSCRIPT') ? run('EVAL', key) : Promise.reject(error)))
        .then(Number, (error: unknown) => {
          fallBack(error);
          return local.take(key);
        });
    },
    async close() {
      client.off('error', fallBack);
      if (client.isOpen) await client.close();
      else client.destroy();
    },
  };
}
