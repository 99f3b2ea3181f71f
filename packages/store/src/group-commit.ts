// Group commit: appends that arrive together share one transaction and one fsync. A batch is flushed when it
// reaches maxBatch items or maxDelayMs after its first item, whichever comes first; while maxInFlight batches are
// being committed the next one fills up, so under load batches grow by themselves and at low load nobody waits
// long. Each caller's promise settles only when its own batch has committed (or failed).

export interface GroupCommitOptions {
  maxBatch: number;
  /** 0 flushes on the next turn of the event loop (after the current I/O callbacks have queued their items). */
  maxDelayMs: number;
  /**
   * Batches handed to flush before the first of them has settled (default 1). More than one only helps a flush
   * that serialises its own transactions and then waits for the disk outside them (SQLite with WalSync).
   */
  maxInFlight?: number;
  /**
   * Whether a batch's failure may be down to some of its items (the database refused their data): such a batch is
   * committed again in halves, down to single items, so that only the items that fail alone are refused.
   */
  isolate?: (error: unknown) => boolean;
}

interface Pending<I, O> {
  item: I;
  resolve(value: O): void;
  reject(error: unknown): void;
}

export class GroupCommit<I, O> {
  readonly #flush: (items: I[]) => Promise<O[]>;
  readonly #options: GroupCommitOptions;
  #queue: Pending<I, O>[] = [];
  readonly #inFlight = new Set<Promise<void>>();
  #timer: NodeJS.Timeout | NodeJS.Immediate | null = null;

  constructor(flush: (items: I[]) => Promise<O[]>, options: GroupCommitOptions) {
    this.#flush = flush;
    this.#options = options;
  }

  push(item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.#queue.push({ item, resolve, reject });
      this.#schedule();
    });
  }

  /** Resolves once everything pushed so far has been committed or failed. */
  async drain(): Promise<void> {
    while (this.#inFlight.size > 0 || this.#queue.length > 0) {
      if (this.#inFlight.size === 0) this.#start();
      await Promise.all(this.#inFlight);
    }
  }

  #full(): boolean {
    return this.#inFlight.size >= (this.#options.maxInFlight ?? 1);
  }

  #schedule(): void {
    if (this.#full()) return;
    if (this.#queue.length >= this.#options.maxBatch) {
      this.#start();
      return;
    }
    if (this.#timer) return;
    this.#timer =
      this.#options.maxDelayMs > 0
        ? setTimeout(() => this.#start(), this.#options.maxDelayMs)
        : setImmediate(() => this.#start());
  }

  #start(): void {
    this.#clearTimer();
    if (this.#full() || this.#queue.length === 0) return;
    const batch = this.#queue.splice(0, this.#options.maxBatch);
    const commit: Promise<void> = this.#commit(batch).finally(() => {
      this.#inFlight.delete(commit);
      // Items that queued during the commit have already waited; flush them at once.
      if (this.#queue.length > 0) this.#start();
    });
    this.#inFlight.add(commit);
  }

  async #commit(batch: Pending<I, O>[]): Promise<void> {
    try {
      const results = await this.#flush(batch.map((p) => p.item));
      for (const [i, p] of batch.entries()) p.resolve(results[i] as O);
    } catch (error) {
      if (batch.length > 1 && this.#options.isolate?.(error)) {
        // In order, so the items still join the log in the order they arrived.
        const half = Math.ceil(batch.length / 2);
        await this.#commit(batch.slice(0, half));
        await this.#commit(batch.slice(half));
      } else {
        for (const p of batch) p.reject(error);
      }
    }
  }

  #clearTimer(): void {
    if (!this.#timer) return;
    clearTimeout(this.#timer as NodeJS.Timeout);
    clearImmediate(this.#timer as NodeJS.Immediate);
    this.#timer = null;
  }
}
