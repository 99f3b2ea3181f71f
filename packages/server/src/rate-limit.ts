// Per-client token bucket, in memory: each server process limits on its own, which is enough to stop one client
// from flooding the public endpoint. Idle full buckets are dropped so memory stays bounded. Several processes share
// one limit through Redis instead (redis-rate-limit.ts).

/** 0 when the request may pass, else whole seconds until it would; a promise when the count lives elsewhere. */
export interface RateLimit {
  take(key: string): number | Promise<number>;
}

export interface RateLimitOptions {
  /** Requests a client may send in a burst. */
  burst: number;
  /** Sustained requests per second per client. */
  perSecond: number;
  /** Upper bound on tracked clients; the oldest idle ones are dropped first. */
  maxClients?: number;
}

export const DEFAULT_RATE_LIMIT: RateLimitOptions = { burst: 60, perSecond: 10, maxClients: 100_000 };

interface Bucket {
  tokens: number;
  at: number;
}

export class RateLimiter implements RateLimit {
  readonly #opts: Required<RateLimitOptions>;
  readonly #buckets = new Map<string, Bucket>();

  constructor(options: RateLimitOptions) {
    this.#opts = { maxClients: 100_000, ...options };
  }

  /** Clients currently tracked. */
  get size(): number {
    return this.#buckets.size;
  }

  /** 0 when the request may pass, else whole seconds until it would. */
  take(key: string, now = Date.now()): number {
    const { burst, perSecond, maxClients } = this.#opts;
    let b = this.#buckets.get(key);
    if (b) {
      b.tokens = Math.min(burst, b.tokens + ((now - b.at) / 1000) * perSecond);
      b.at = now;
    } else {
      if (this.#buckets.size >= maxClients) this.#sweep(now);
      b = { tokens: burst, at: now };
      this.#buckets.set(key, b);
    }
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - b.tokens) / perSecond));
  }

  #sweep(now: number): void {
    const { burst, perSecond, maxClients } = this.#opts;
    for (const [key, b] of this.#buckets) {
      if (b.tokens + ((now - b.at) / 1000) * perSecond >= burst) this.#buckets.delete(key);
    }
    // Still full of busy clients: forget the longest-known ones (Map keeps insertion order).
    for (const key of this.#buckets.keys()) {
      if (this.#buckets.size < maxClients) break;
      this.#buckets.delete(key);
    }
  }
}
